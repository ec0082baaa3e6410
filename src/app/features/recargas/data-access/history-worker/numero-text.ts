import type { HistoryColumns } from './columns';

const decoder = new TextDecoder();
const latin1 = new TextDecoder('latin1');
const asciiTexts = new WeakMap<Uint8Array, string | null>();

/**
 * All numbers as one string when they are ASCII (offsets then match), else null. Numbers of
 * digits only (no search copy was needed) are ASCII without a look at their bytes.
 */
function asciiText(c: HistoryColumns): string | null {
  const bytes = c.numeroBytes;
  let text = asciiTexts.get(bytes);
  if (text === undefined) {
    text = c.searchBytes === null || bytes.every(isAsciiByte) ? latin1.decode(bytes) : null;
    asciiTexts.set(bytes, text);
  }
  return text;
}

const isAsciiByte = (b: number) => b < 0x80;

/** Row i's number as sent: a slice of one decoded string (ASCII digits in practice). */
export function numeroAt(c: HistoryColumns, i: number): string {
  const start = i === 0 ? 0 : c.numeroEnd[i - 1];
  const end = c.numeroEnd[i];
  const text = asciiText(c);
  return text !== null
    ? text.slice(start, end)
    : decoder.decode(c.numeroBytes.subarray(start, end));
}
