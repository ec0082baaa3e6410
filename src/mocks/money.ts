/**
 * Cents of a JSON amount as PostgreSQL's decimal(12,2) would store it. `round` is what a
 * record and the till keep (10.555 -> 10.56); `trunc` reproduces the operator pool update of
 * the real service, which loses the third decimal (10.555 -> 10.55). toFixed(6) first so the
 * binary value of 10.555 (10.55499...) is read as the decimal the client meant.
 */
export function decimalCents(amount: number, mode: 'round' | 'trunc'): number {
  const [units, fraction = ''] = Math.abs(amount).toFixed(6).split('.');
  const digits = fraction.padEnd(3, '0');
  let cents = Number(units) * 100 + Number(digits.slice(0, 2));
  if (mode === 'round' && Number(digits[2]) >= 5) cents += 1;
  return amount < 0 ? -cents : cents;
}

/** Cents to the decimal string a GET answers (`"1500.00"`, `"-0.50"`). */
export function money(cents: number): string {
  const abs = Math.abs(cents);
  const units = Math.trunc(abs / 100);
  return `${cents < 0 ? '-' : ''}${units}.${String(abs % 100).padStart(2, '0')}`;
}

/** Cents to the float the service computes with after reading a decimal column. */
export function moneyFloat(cents: number): number {
  return Number(money(cents));
}
