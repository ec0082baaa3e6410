import type { HistoryColumns } from './columns';

const decoder = new TextDecoder();
/** Longer than any phone number: such a value is decoded, not spread into arguments. */
const SHORT = 64;

/**
 * Row i's number as sent. ASCII bytes (digits, in practice) become text by char codes: a row's
 * 8 bytes cost next to nothing, where decoding every number at once when the rows land (one
 * ~800 kB string at 100,000 rows) took ~4 ms of the task that shows them. Anything else is
 * decoded as UTF-8.
 */
export function numeroAt(c: HistoryColumns, i: number): string {
  const start = i === 0 ? 0 : c.numeroEnd[i - 1];
  const end = c.numeroEnd[i];
  const bytes = c.numeroBytes.subarray(start, end);
  if (bytes.length > SHORT || bytes.some(notAscii)) return decoder.decode(bytes);
  return String.fromCharCode.apply(null, bytes as unknown as number[]);
}

const notAscii = (b: number) => b >= 0x80;
