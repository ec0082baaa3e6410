import { toSpanish } from './api-error';

describe('toSpanish (the service validation messages, as a cashier reads them)', () => {
  const cases: [string, string][] = [
    ['operadora should not be empty', 'Falta la operadora.'],
    ['numero_cliente should not be empty', 'Falta el número de celular.'],
    ['monto should not be empty', 'Falta el monto.'],
    ['color should not be empty', 'Falta el campo «color».'],
    ['monto must not be less than 0.1', 'El monto: el mínimo es Bs 0,10.'],
    ['monto must not be less than 1', 'El monto: el mínimo es Bs 1,00.'],
    ['monto_final_real must not be less than 0', 'El monto contado: el mínimo es Bs 0,00.'],
    ['id_caja_sesion must not be less than 1', 'La sesión de caja: el mínimo es 1.'],
    ['nivel must not be less than 0.5', 'El campo «nivel»: el mínimo es 0,5.'],
    ['property foo should not exist', 'El campo «foo» no está permitido.'],
  ];
  for (const [english, spanish] of cases)
    it(`"${english}"`, () => expect(toSpanish(english)).toBe(spanish));

  it('passes the service own Spanish messages through unchanged', () => {
    const own = 'Saldo insuficiente para la operadora Tigo. Saldo actual: 5.00';
    expect(toSpanish(own)).toBe(own);
  });
});
