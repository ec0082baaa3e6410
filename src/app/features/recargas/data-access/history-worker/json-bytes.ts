import { parseWireMoney } from '../../../../shared/money';

/*
 * JSON values read straight from UTF-8 bytes, by index (no text of the whole is made): what
 * RowScanner needs of a history row. Anything malformed throws a SyntaxError.
 */

export const OPEN_BRACE = 0x7b;
export const CLOSE_BRACE = 0x7d;
export const OPEN_BRACKET = 0x5b;
export const CLOSE_BRACKET = 0x5d;
export const QUOTE = 0x22;
export const BACKSLASH = 0x5c;
export const COMMA = 0x2c;
export const COLON = 0x3a;

const decoder = new TextDecoder();

export const bad = () => new SyntaxError('Fila de historial no válida');

/** A string's UTF-8 bytes as sent (a view), or its text when it holds escapes; '' if no string. */
export function stringBytes(b: Uint8Array, v0: number, v1: number): Uint8Array | string {
  if (b[v0] !== QUOTE) return '';
  for (let i = v0 + 1; i < v1 - 1; i++) if (b[i] === BACKSLASH) return string(b, v0, v1) ?? '';
  return b.subarray(v0 + 1, v1 - 1);
}

export const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** Digits b[p, p + n) as a number, or -1 when any is no digit (or there are none). */
export function digits(b: Uint8Array, p: number, n: number): number {
  if (n <= 0) return -1;
  let v = 0;
  for (let i = p; i < p + n; i++) {
    if (!isDigit(b[i])) return -1;
    v = v * 10 + b[i] - 0x30;
  }
  return v;
}

/**
 * `"2026-11-25T15:00:00.000Z"` (the service's form) read from the bytes; anything else is left
 * to Date.parse, which answers the same for this form.
 */
export function isoTime(b: Uint8Array, v0: number, v1: number): number {
  const p = v0 + 1;
  const n = v1 - 1 - p;
  const shaped =
    (n === 20 || n === 24) &&
    b[p + 4] === 0x2d &&
    b[p + 7] === 0x2d &&
    b[p + 10] === 0x54 &&
    b[p + 13] === 0x3a &&
    b[p + 16] === 0x3a &&
    b[p + n - 1] === 0x5a &&
    (n === 20 || b[p + 19] === 0x2e);
  if (shaped) {
    const y = digits(b, p, 4);
    const mo = digits(b, p + 5, 2);
    const d = digits(b, p + 8, 2);
    const h = digits(b, p + 11, 2);
    const mi = digits(b, p + 14, 2);
    const s = digits(b, p + 17, 2);
    const ms = n === 24 ? digits(b, p + 20, 3) : 0;
    const valid = y >= 0 && mo >= 1 && mo <= 12 && d >= 1 && h >= 0 && h < 24 && ms >= 0;
    if (valid && mi >= 0 && mi < 60 && s >= 0 && s < 60) {
      const t = Date.UTC(y, mo - 1, d, h, mi, s, ms);
      // Date.UTC rolls 31/02 over to March; Date.parse refuses it.
      if (new Date(t).getUTCDate() === d) return t;
    }
  }
  return Date.parse(string(b, v0, v1) ?? '');
}

/**
 * A wire amount to cents: `"1500.10"` (the service's reads) from the bytes; any other form
 * (a JSON number, spaces, more decimals) through parseWireMoney, as the mapper reads it.
 */
export function cents(b: Uint8Array, v0: number, v1: number): number {
  if (b[v0] !== QUOTE) return parseWireMoney(number(b, v0, v1) as number);
  const end = v1 - 1;
  const dot = b.indexOf(0x2e, v0 + 1);
  const stop = dot < 0 || dot > end ? end : dot;
  const units = stop - v0 - 1 <= 13 ? digits(b, v0 + 1, stop - v0 - 1) : -1;
  if (units >= 0) {
    if (stop === end) return units * 100;
    const decimals = end - stop - 1;
    const value = decimals <= 2 ? digits(b, stop + 1, decimals) : -1;
    if (value >= 0) return units * 100 + (decimals === 1 ? value * 10 : value);
  }
  return parseWireMoney(string(b, v0, v1) as string);
}

/**
 * The members of the object at b[p]: `visit(keyStart, keyEnd, valueStart, valueEnd)` for each
 * (key without its quotes); answers the index after the closing `}`.
 */
export function fields(
  b: Uint8Array,
  p: number,
  visit: (k0: number, k1: number, v0: number, v1: number) => void,
): number {
  if (b[p] !== OPEN_BRACE) throw bad();
  p = ws(b, p + 1);
  if (b[p] === CLOSE_BRACE) return p + 1;
  for (;;) {
    if (b[p] !== QUOTE) throw bad();
    const k1 = stringEnd(b, p);
    const k0 = p + 1;
    p = ws(b, k1 + 1);
    if (b[p] !== COLON) throw bad();
    const v0 = ws(b, p + 1);
    const v1 = valueEnd(b, v0);
    visit(k0, k1, v0, v1);
    p = ws(b, v1);
    if (b[p] === COMMA) p = ws(b, p + 1);
    else if (b[p] === CLOSE_BRACE) return p + 1;
    else throw bad();
  }
}

/** Index of the closing quote of the string starting at b[p] (its opening quote). */
export function stringEnd(b: Uint8Array, p: number): number {
  for (let i = p + 1; i < b.length; i++) {
    const c = b[i];
    if (c === BACKSLASH) i++;
    else if (c === QUOTE) return i;
  }
  throw bad();
}

/** Index after the JSON value starting at b[p]. */
export function valueEnd(b: Uint8Array, p: number): number {
  const c = b[p];
  if (c === QUOTE) return stringEnd(b, p) + 1;
  if (c === OPEN_BRACE || c === OPEN_BRACKET) {
    let depth = 0;
    for (let i = p; i < b.length; i++) {
      const x = b[i];
      if (x === QUOTE) i = stringEnd(b, i);
      else if (x === OPEN_BRACE || x === OPEN_BRACKET) depth++;
      else if (x === CLOSE_BRACE || x === CLOSE_BRACKET) {
        if (--depth === 0) return i + 1;
      }
    }
    throw bad();
  }
  let i = p;
  while (i < b.length) {
    const x = b[i];
    if (x === COMMA || x === CLOSE_BRACE || x === CLOSE_BRACKET || isWs(x)) break;
    i++;
  }
  if (i === p) throw bad();
  return i;
}

/** Whether b[k0, k1) are the bytes of `name`. */
export function is(b: Uint8Array, k0: number, k1: number, name: Uint8Array): boolean {
  if (k1 - k0 !== name.length) return false;
  for (let i = 0; i < name.length; i++) if (b[k0 + i] !== name[i]) return false;
  return true;
}

/** The JSON string b[v0, v1) (quotes included) as text, or null when the value is no string. */
export function string(b: Uint8Array, v0: number, v1: number): string | null {
  if (b[v0] !== QUOTE) return null;
  let plain = true;
  for (let i = v0 + 1; i < v1 - 1; i++) {
    if (b[i] === BACKSLASH || b[i] >= 0x80) {
      plain = false;
      break;
    }
  }
  if (!plain) return JSON.parse(decoder.decode(b.subarray(v0, v1))) as string;
  return String.fromCharCode.apply(null, b.subarray(v0 + 1, v1 - 1) as unknown as number[]);
}

/** The JSON number b[v0, v1), or null for anything else (null, a string, an object). */
export function number(b: Uint8Array, v0: number, v1: number): number | null {
  const c = b[v0];
  if (c !== 0x2d && !isDigit(c)) return null;
  const whole = v1 - v0 <= 15 ? digits(b, v0, v1 - v0) : -1;
  if (whole >= 0) return whole;
  const n = Number(String.fromCharCode.apply(null, b.subarray(v0, v1) as unknown as number[]));
  if (Number.isNaN(n)) throw bad();
  return n;
}

export function isWs(x: number): boolean {
  return x === 0x20 || x === 0x0a || x === 0x0d || x === 0x09;
}

export function ws(b: Uint8Array, p: number): number {
  while (p < b.length && isWs(b[p])) p++;
  return p;
}
