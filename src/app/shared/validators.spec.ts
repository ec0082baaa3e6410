import { FormControl } from '@angular/forms';
import { Cents } from './money';
import { amountValidator, firstError, phoneValidator, shownError } from './validators';

describe('validators', () => {
  const phone = (v: string) =>
    firstError(new FormControl(v, { nonNullable: true, validators: phoneValidator }));
  const amount = (v: string, limit?: number) =>
    firstError(
      new FormControl(v, {
        nonNullable: true,
        validators: amountValidator(10 as Cents, () =>
          limit === undefined
            ? null
            : { limit: limit as Cents, message: `Saldo disponible: ${limit}` },
        ),
      }),
    );

  it('accepts a number with prefix and separators and refuses bad ones with Spanish messages', () => {
    expect(phone('+591 7654-3210')).toBeNull();
    expect(phone('7654321')).toBe('El número de celular debe tener 8 dígitos.');
    expect(phone('86543210')).toBe('Un celular boliviano empieza con 6 o 7.');
    expect(phone('7654abcd')).toContain('solo puede tener dígitos');
    expect(phone('')).toBe('Escribe el número de celular.');
  });

  it('explains each kind of bad amount', () => {
    expect(amount('10,50')).toBeNull();
    expect(amount('0,10')).toBeNull();
    expect(amount('')).toBe('Escribe el monto.');
    expect(amount('0')).toBe('El monto mínimo es Bs 0,10.');
    expect(amount('0.05')).toBe('El monto mínimo es Bs 0,10.');
    expect(amount('10.555')).toBe('El monto admite como máximo 2 decimales.');
    expect(amount('-5')).toBe('El monto debe ser positivo.');
    expect(amount('1e3')).toContain('monto válido');
    expect(amount('abc')).toContain('monto válido');
  });

  it('refuses an amount above the limit with the limit message', () => {
    expect(amount('300', 30000)).toBeNull();
    expect(amount('300,01', 30000)).toBe('Saldo disponible: 30000');
  });

  it('shows a field error only once the field was left or the form submitted', () => {
    const control = new FormControl('7654', { nonNullable: true, validators: phoneValidator });
    expect(shownError(control, { submitted: false })).toBeNull();
    expect(shownError(control, { submitted: true })).toBe(firstError(control));
    control.markAsTouched();
    expect(shownError(control, { submitted: false })).toMatch(/8 dígitos/);
    control.setValue('76543210');
    expect(shownError(control, { submitted: true })).toBeNull();
  });
});
