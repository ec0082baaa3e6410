import { Cents } from '../../../shared/money';
import { OperadoraNombre } from './operadora';
import { RecargaCliente } from './recargas.model';
import { ApiError } from '../../../core/http/api-error';
import {
  REPEAT_WINDOW_MS,
  describeVerdict,
  lastOperadoraFor,
  poolLimit,
  quickAllowed,
  recargaReadBack,
  toNuevaRecarga,
} from './topup-rules';

const now = Date.parse('2026-11-25T15:00:00Z');
const row = (over: Partial<RecargaCliente>): RecargaCliente => ({
  id: 1,
  operadora: OperadoraNombre.Tigo,
  numeroCliente: '76543210',
  monto: 1000 as Cents,
  fechaHora: new Date(now - 3 * 60_000),
  idSesion: 1,
  idUsuario: 3,
  ...over,
});
const nueva = {
  operadora: OperadoraNombre.Tigo,
  numeroCliente: '76543210',
  monto: 1000 as Cents,
  idSesion: 1,
};

describe('top-up rules', () => {
  it('limits the amount to the pool, naming it in es-BO money', () => {
    expect(poolLimit(OperadoraNombre.Viva, 30000 as Cents, true)).toEqual({
      limit: 30000 as Cents,
      message: 'Saldo insuficiente de Viva: disponible Bs 300,00.',
    });
    expect(poolLimit(OperadoraNombre.Viva, null, true)?.message).toBe(
      'Viva no está registrada: inyecta saldo primero.',
    );
    expect(poolLimit(null, 1 as Cents, true)).toBeNull();
    expect(poolLimit(OperadoraNombre.Viva, null, false)).toBeNull();
  });

  it('offers quick amounts only within the pool of the chosen operator', () => {
    expect(quickAllowed(5000 as Cents, OperadoraNombre.Viva, 4500 as Cents)).toBeFalse();
    expect(quickAllowed(3000 as Cents, OperadoraNombre.Viva, 4500 as Cents)).toBeTrue();
    expect(quickAllowed(1000 as Cents, OperadoraNombre.Viva, null)).toBeFalse();
    expect(quickAllowed(10000 as Cents, null, null)).toBeTrue();
  });

  it('suggests the operator of the latest top-up to the number', () => {
    const rows = [row({ id: 3, operadora: OperadoraNombre.Entel }), row({ id: 2 })];
    expect(lastOperadoraFor(rows, '76543210')).toBe(OperadoraNombre.Entel);
    expect(lastOperadoraFor(rows, '71111111')).toBeNull();
    expect(lastOperadoraFor(null, '76543210')).toBeNull();
  });

  it('reads back operator, grouped number and amount', () => {
    const data = recargaReadBack(nueva, [], now);
    expect(data.lines.map((l) => l.value)).toEqual(['Tigo', '7654 3210', 'Bs 10,00']);
    expect(data.warnings).toEqual([]);
  });

  it('warns of the same number and amount in this session within 10 minutes only', () => {
    expect(recargaReadBack(nueva, [row({})], now).warnings[0]).toContain('hace 3 min');
    const old = row({ fechaHora: new Date(now - REPEAT_WINDOW_MS - 1) });
    expect(recargaReadBack(nueva, [old], now).warnings).toEqual([]);
    expect(recargaReadBack(nueva, [row({ monto: 1500 as Cents })], now).warnings).toEqual([]);
    expect(recargaReadBack(nueva, [row({ idSesion: 2 })], now).warnings).toEqual([]);
  });

  it('turns the typed form into the top-up to send, or nothing', () => {
    expect(
      toNuevaRecarga(
        { numero: '+591 7654-3210', operadora: OperadoraNombre.Tigo, monto: '10,50' },
        1,
      ),
    ).toEqual({
      operadora: OperadoraNombre.Tigo,
      numeroCliente: '76543210',
      monto: 1050 as Cents,
      idSesion: 1,
    });
    expect(
      toNuevaRecarga({ numero: '7654321', operadora: OperadoraNombre.Tigo, monto: '10' }, 1),
    ).toBeNull();
    expect(toNuevaRecarga({ numero: '76543210', operadora: null, monto: '10' }, 1)).toBeNull();
    expect(
      toNuevaRecarga(
        { numero: '76543210', operadora: OperadoraNombre.Tigo, monto: '10' },
        undefined,
      ),
    ).toBeNull();
  });

  it('tells the cashier each verdict in Spanish', () => {
    const record = row({ id: 42 });
    expect(describeVerdict({ kind: 'applied', record, reconciled: false }, nueva).status).toBe(
      'Recarga realizada: Tigo 7654 3210 por Bs 10,00 (transacción #42).',
    );
    expect(describeVerdict({ kind: 'applied', record, reconciled: true }, nueva).status).toContain(
      'Recarga confirmada',
    );
    const error = new ApiError(0, ['x'], null, 'network');
    expect(describeVerdict({ kind: 'not-applied', error }, nueva).errors[0]).toContain(
      'La recarga no se aplicó',
    );
    expect(
      describeVerdict({ kind: 'refused', error: new ApiError(400, ['Saldo insuficiente']) }, nueva)
        .errors,
    ).toEqual(['Saldo insuficiente']);
    expect(describeVerdict({ kind: 'unknown', error }, nueva)).toEqual({
      status: null,
      errors: [],
    });
  });
});
