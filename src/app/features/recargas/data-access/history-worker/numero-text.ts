import type { HistoryColumns } from './columns';

const decoder = new TextDecoder();
/** Longer than any phone number: such a value is decoded, not built a char at a time. */
const SHORT = 64;

/**
 * Row i's number as sent. ASCII bytes (digits, in practice) become text a char code at a time:
 * a row's 8 bytes cost next to nothing, where decoding every number at once when the rows land
 * (one ~800 kB string at 100,000 rows) took ~4 ms of the task that shows them. Anything else
 * is decoded as UTF-8.
 */
export function numeroAt(c: HistoryColumns, i: number): string {
  const start = i === 0 ? 0 : c.numeroEnd[i - 1];
  const end = c.numeroEnd[i];
  const bytes = c.numeroBytes;
  let text = '';
  if (end - start <= SHORT) {
    for (let k = start; k < end; k++) {
      const b = bytes[k];
      if (b >= 0x80) return decoder.decode(bytes.subarray(start, end));
      text += String.fromCharCode(b);
    }
    return text;
  }
  return decoder.decode(bytes.subarray(start, end));
}
