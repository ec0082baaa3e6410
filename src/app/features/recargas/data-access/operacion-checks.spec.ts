import { FormControl } from '@angular/forms';
import { BAD_INPUTS } from '../../../../testing/bad-inputs';
import { Cents, parseTypedAmount, toWireNumber } from '../../../shared/money';
import { normalizePhone } from '../../../shared/phone';
import { amountValidator, firstError, phoneValidator } from '../../../shared/validators';
import { MIN_RECARGA, checkInyeccion, checkRecarga } from './operacion-checks';
import { OperadoraNombre } from './operadora';
import { toRecargaRequest } from './recargas.mapper';

const TIGO_POOL = 150000 as Cents;

describe('bad or odd inputs of the top-up (test data table)', () => {
  it('holds at least 30 cases over the three fields', () => {
    expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(BAD_INPUTS.map((b) => b.field))).toEqual(
      new Set(['numero', 'monto', 'operadora']),
    );
  });

  for (const row of BAD_INPUTS) {
    it(`${row.field} ${JSON.stringify(row.input)} -> ${JSON.stringify(row.expected)}`, () => {
      const base = {
        operadora: OperadoraNombre.Tigo,
        numeroCliente: '76543210',
        monto: 1000 as Cents,
        idSesion: 1,
      };
      if (row.field === 'numero') {
        const error = firstError(
          new FormControl(row.input, { nonNullable: true, validators: phoneValidator }),
        );
        if ('refused' in row.expected) {
          expect(error).toBe(row.expected.refused);
          // Even if a caller skipped the form, the guard would not send it.
          expect(checkRecarga({ ...base, numeroCliente: row.input })).not.toEqual([]);
        } else {
          expect(error).toBeNull();
          const check = normalizePhone(row.input);
          expect(check.ok && check.numero).toBe(row.expected.accepted as string);
        }
      } else if (row.field === 'monto') {
        const validator = amountValidator(MIN_RECARGA, () => ({
          limit: TIGO_POOL,
          message: 'Saldo insuficiente de Tigo: disponible Bs 1.500,00.',
        }));
        const error = firstError(
          new FormControl(row.input, { nonNullable: true, validators: validator }),
        );
        if ('refused' in row.expected) {
          expect(error).toBe(row.expected.refused);
        } else {
          expect(error).toBeNull();
          const monto = parseTypedAmount(row.input) as Cents;
          expect(toRecargaRequest({ ...base, monto }).monto).toBe(row.expected.accepted as number);
        }
      } else {
        const reasons = checkRecarga({ ...base, operadora: row.input as OperadoraNombre });
        if ('refused' in row.expected) expect(reasons).toEqual([row.expected.refused]);
        else expect(reasons).toEqual([]);
      }
    });
  }

  it('refuses fractional cents, unsafe amounts and a missing session in the guard', () => {
    const base = {
      operadora: OperadoraNombre.Tigo,
      numeroCliente: '76543210',
      monto: 1000 as Cents,
      idSesion: 1,
    };
    expect(checkRecarga({ ...base, monto: 1055.5 as Cents })).toEqual(['El monto no es válido.']);
    expect(checkRecarga({ ...base, monto: Number.MAX_VALUE as Cents })).toEqual([
      'El monto no es válido.',
    ]);
    expect(checkRecarga({ ...base, idSesion: 0 })).toEqual(['No hay una caja abierta.']);
    expect(
      checkInyeccion({ operadora: OperadoraNombre.Viva, monto: 99 as Cents, idSesion: 1 }),
    ).toEqual(['El monto mínimo es Bs 1,00.']);
    expect(toWireNumber(1056 as Cents)).toBe(10.56);
  });
});
