import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { Cents, formatBs, parseTypedAmount } from './money';
import { PHONE_MESSAGES, normalizePhone } from './phone';

/** A Bolivian mobile number as typed or pasted (spaces, dashes, +591 accepted). */
export const phoneValidator: ValidatorFn = (
  control: AbstractControl<string>,
): ValidationErrors | null => {
  const check = normalizePhone(control.value ?? '');
  return check.ok ? null : { phone: PHONE_MESSAGES[check.reason] };
};

/** An amount as typed: comma or dot, at most 2 decimals, at least `min`, at most `max()`. */
export function amountValidator(
  min: Cents,
  max: () => { limit: Cents; message: string } | null = () => null,
): ValidatorFn {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    const text = (control.value ?? '').trim();
    if (text === '') return { amount: 'Escribe el monto.' };
    const value = parseTypedAmount(text);
    if (value === null) {
      if (/^\d+[.,]\d{3,}$/.test(text))
        return { amount: 'El monto admite como máximo 2 decimales.' };
      if (/^-/.test(text)) return { amount: 'El monto debe ser positivo.' };
      return { amount: 'Escribe un monto válido, por ejemplo 10 o 10,50.' };
    }
    if (value < min) return { amount: `El monto mínimo es ${formatBs(min)}.` };
    const upper = max();
    if (upper && value > upper.limit) return { amount: upper.message };
    return null;
  };
}

/**
 * The error a field shows: its first message once the cashier has left it (touched) or the form
 * was submitted, Material's rule; before that, typing is not scolded.
 */
export function shownError(control: AbstractControl, form: { submitted: boolean }): string | null {
  return control.invalid && (control.touched || form.submitted) ? firstError(control) : null;
}

/** The one message of a control, for the field-errors line. */
export function firstError(control: AbstractControl): string | null {
  const errors = control.errors;
  if (!errors) return null;
  const value = Object.values(errors)[0] as unknown;
  return typeof value === 'string' ? value : null;
}
