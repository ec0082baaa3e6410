/**
 * RFC 4180 CSV: CRLF line ends, a field quoted when it holds a comma, a quote, CR or LF, and
 * quotes inside doubled. Starts with a UTF-8 byte order mark so that Excel reads `ñ` and `á`.
 *
 * Text cells cannot carry a formula (OWASP "CSV injection"): a text starting with `=`, `+`,
 * `-`, `@`, a tab, a carriage return, a line feed or a NUL (ASVS 1.2.10) gets a leading `'`, so
 * a spreadsheet shows it as text instead of running it. The service stores any `numero_cliente`, so this is not theoretical.
 * Numbers are written as they are: a JS number, or a decimal string marked by `csvDecimal`.
 */
export const CSV_BOM = '\uFEFF';

/** A decimal written as a plain number (`1500.00`, `-5.00`): never prefixed. */
export interface CsvDecimal {
  readonly decimal: string;
}

export type CsvValue = string | number | CsvDecimal | null | undefined;

const DECIMAL = /^-?\d+(\.\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r\n\0]/;

/** Marks a decimal string as a number cell; anything that is not a plain decimal stays text. */
export function csvDecimal(text: string): CsvValue {
  return DECIMAL.test(text) ? { decimal: text } : text;
}

/** The OWASP guard for one text cell. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function cellText(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object') return value.decimal;
  return neutralizeFormula(value);
}

export function csvField(value: CsvValue): string {
  const text = cellText(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(fields: readonly CsvValue[]): string {
  return fields.map(csvField).join(',');
}

/** A whole file: BOM, header row, one line per record, each line ended by CRLF. */
export function buildCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  const lines = [csvLine(header)];
  for (const row of rows) lines.push(csvLine(row));
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}

/** Saves text as a file through a temporary link (no server round trip). */
export function downloadText(
  filename: string,
  text: string,
  type = 'text/csv;charset=utf-8',
): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
