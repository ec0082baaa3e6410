/**
 * Bolivian mobile numbers: 8 digits starting with 6 or 7. What a cashier types or pastes may
 * carry spaces, dashes, dots, parentheses, a newline and a `+591` / `591` / `00591` prefix.
 */
export type PhoneCheck =
  | { ok: true; numero: string }
  | { ok: false; reason: 'empty' | 'chars' | 'length' | 'prefix'; digits: string };

export function normalizePhone(text: string): PhoneCheck {
  const compact = text.replace(/[\s\-.()]/g, '');
  if (compact === '') return { ok: false, reason: 'empty', digits: '' };
  const withoutPlus = compact.startsWith('+') ? compact.slice(1) : compact;
  if (!/^\d+$/.test(withoutPlus))
    return { ok: false, reason: 'chars', digits: withoutPlus.replace(/\D/g, '') };
  let digits = withoutPlus;
  // Country code only in front of a full number: "59176543210" (11) or "0059176543210" (13).
  if (digits.length === 13 && digits.startsWith('00591')) digits = digits.slice(5);
  else if (digits.length === 11 && digits.startsWith('591')) digits = digits.slice(3);
  else if (compact.startsWith('+')) return { ok: false, reason: 'length', digits };
  if (digits.length !== 8) return { ok: false, reason: 'length', digits };
  if (!/^[67]/.test(digits)) return { ok: false, reason: 'prefix', digits };
  return { ok: true, numero: digits };
}

export const PHONE_MESSAGES: Record<Exclude<PhoneCheck, { ok: true }>['reason'], string> = {
  empty: 'Escribe el número de celular.',
  chars: 'El número solo puede tener dígitos (se aceptan espacios, guiones y +591).',
  length: 'El número de celular debe tener 8 dígitos.',
  prefix: 'Un celular boliviano empieza con 6 o 7.',
};

/** `76543210` -> `7654 3210`, for reading a number back to the customer. */
export function groupPhone(numero: string): string {
  return numero.length === 8 ? `${numero.slice(0, 4)} ${numero.slice(4)}` : numero;
}
