/**
 * Exact money. Amounts live in the app as integer cents (`Cents`), parsed once at the API
 * boundary from the service's decimal strings ("1500.00") or numbers (20, and the float noise
 * of a closed till such as 454.55999999999995). Sums are integer sums: 0.10 + 0.20 is 30 cents.
 */
export type Cents = number & { readonly __money: 'cents' };

export const ZERO = 0 as Cents;

/** A wire amount (decimal string or number) to cents, rounding the float noise to the cent. */
export function parseWireMoney(value: string | number): Cents {
  const n = typeof value === 'number' ? value : Number(value.trim());
  if (!Number.isFinite(n) || (typeof value === 'string' && value.trim() === '')) {
    throw new TypeError(`Importe no válido: ${String(value)}`);
  }
  // Multiply then round: 454.55999999999995 * 100 = 45455.99999999999 -> 45456.
  return Math.round(n * 100) as Cents;
}

export function parseWireMoneyOrNull(value: string | number | null | undefined): Cents | null {
  return value === null || value === undefined ? null : parseWireMoney(value);
}

/** Cents to the JSON number the service expects on writes: never more than 2 decimals. */
export function toWireNumber(amount: Cents): number {
  return Number((amount / 100).toFixed(2));
}

/** Cents to a plain decimal string with a dot (`1500.00`), for CSV and comparisons. */
export function toDecimalString(amount: Cents): string {
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * es-BO display: `Bs 1.500,00`. Written by hand so the text does not hang on the browser's
 * locale data: Intl gives `1.500,00` for `es-BO` in today's Chromium, but `es` and `es-ES`
 * skip the thousands dot below 10.000 (`1500,00`) and a browser without the locale falls back
 * to its own format, while receipts and the cierre must read the same everywhere.
 */
export function formatBs(amount: Cents, opts: { symbol?: boolean } = {}): string {
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  const units = String(Math.trunc(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const text = `${sign}${units},${String(abs % 100).padStart(2, '0')}`;
  return opts.symbol === false ? text : `Bs ${text}`;
}

/**
 * What a cashier types as an amount: `10`, `10,50`, `10.5`, ` 1.500,00 `, `1 500,00`? Accepts
 * one decimal separator (comma or dot) and at most 2 decimals, spaces only between groups of
 * thousands; refuses exponents, signs and letters.
 * Returns null when the text is not an amount.
 */
export function parseTypedAmount(text: string): Cents | null {
  let t = text.trim();
  if (t === '') return null;
  // A space may group thousands ("1 500,50"); anywhere else it parts two numbers ("10 50" is
  // not Bs 1.050,00).
  if (/\s/.test(t)) {
    const spaced = /^(\d{1,3}(?:\s\d{3})+)([.,]\d{1,2})?$/.exec(t);
    if (!spaced) return null;
    t = spaced[1].replace(/\s/g, '') + (spaced[2] ?? '');
  }
  // Thousands dots only with a decimal comma ("1.500,50"): a bare "1.500" or "10.555" is
  // ambiguous for money and is refused rather than read as a thousand.
  const withGroups = /^(\d{1,3}(?:\.\d{3})+),(\d{1,2})$/.exec(t);
  if (withGroups) {
    const units = withGroups[1].replace(/\./g, '');
    return toCents(units, withGroups[2]);
  }
  const plain = /^(\d+)(?:[.,](\d{0,2}))?$/.exec(t);
  if (!plain) return null;
  return toCents(plain[1], plain[2] ?? '');
}

/** The service stores decimal(12,2): at most 10 digits before the decimal point. */
function toCents(units: string, decimals: string): Cents | null {
  if (units.replace(/^0+(?=\d)/, '').length > 10) return null;
  return (Number(units) * 100 + Number(decimals.padEnd(2, '0'))) as Cents;
}
