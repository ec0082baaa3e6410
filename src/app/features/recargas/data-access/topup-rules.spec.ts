import { Cents } from '../../../shared/money';
import { OperadoraNombre } from './operadora';
import { LedgerOp } from './ledger/ledger.model';
import { ledgerOp } from '../../../../testing/ledger';
import {
  RECARGA_WORDS,
  nuevaOf,
  poolLimit,
  quickAllowed,
  recargaReadBack,
  refusalBeforeSending,
  toNuevaRecarga,
} from './topup-rules';

const now = Date.parse('2026-11-25T15:00:00Z');
/** A top-up of this session on this device, applied 3 minutes ago by the device's clock. */
const sale = (over: Partial<LedgerOp> = {}): LedgerOp =>
  ledgerOp({ monto: 1000 as Cents, sentAt: now - 3 * 60_000, rowAt: now - 3 * 60_000, ...over });
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

  it('reads back operator, grouped number and amount', () => {
    const data = recargaReadBack(nueva, [], [], now);
    expect(data.lines.map((l) => l.value)).toEqual(['Tigo', '7654 3210', 'Bs 10,00']);
    expect(data.warnings).toEqual([]);
  });

  it('warns of the same number and amount in this session within 10 minutes only', () => {
    expect(recargaReadBack(nueva, [sale()], [], now).warnings).toEqual([
      'Atención: este número ya recibió Bs 10,00 en esta caja hace 3 min. ¿Es una recarga nueva?',
    ]);
    const edge = sale({ sentAt: now - 10 * 60_000 });
    expect(recargaReadBack(nueva, [edge], [], now).warnings[0]).toContain('hace 10 min');
    const old = sale({ sentAt: now - 10 * 60_000 - 1 });
    expect(recargaReadBack(nueva, [old], [], now).warnings).toEqual([]);
    expect(recargaReadBack(nueva, [sale({ monto: 1500 as Cents })], [], now).warnings).toEqual([]);
    expect(recargaReadBack(nueva, [sale({ sesionId: 2 })], [], now).warnings).toEqual([]);
    expect(recargaReadBack(nueva, [sale({ numero: '71112222' })], [], now).warnings).toEqual([]);
    // Only a top-up that was applied: one refused or of unknown outcome is no repeat.
    for (const estado of ['not-applied', 'unknown', 'sending'] as const)
      expect(recargaReadBack(nueva, [sale({ estado, rowId: null })], [], now).warnings).toEqual([]);
    // A repeat is not a risk: the earlier one was applied and reported.
    expect(recargaReadBack(nueva, [sale()], [], now).risk).toBeNull();
  });

  it("times the repeat by the device's clock, whatever the service's clock wrote on the row", () => {
    // The service's clock is 20 min ahead of the device's: its row time says "in the future".
    const ahead = sale({ rowAt: now + 17 * 60_000 });
    expect(recargaReadBack(nueva, [ahead], [], now).warnings[0]).toContain('hace 3 min');
    // 25 min behind: the row time says "28 min ago", the sale was 3 min ago.
    const behind = sale({ rowAt: now - 28 * 60_000 });
    expect(recargaReadBack(nueva, [behind], [], now).warnings[0]).toContain('hace 3 min');
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

  it('reads back a risk only for a watched identical top-up, naming when the watch ends', () => {
    const watched = ledgerOp({
      estado: 'not-applied',
      rowId: null,
      monto: 1000 as Cents,
      watchUntil: now + 7 * 60_000,
    });
    expect(recargaReadBack(nueva, [], [watched], now).risk).toBe(
      'Una recarga idéntica (7654 3210, Bs 10,00) se dio por no aplicada y el servidor todavía podría registrarla hasta las 11:07. Si envías esta, el cliente podría recibir dos recargas.',
    );
    expect(recargaReadBack({ ...nueva, monto: 1500 as Cents }, [], [watched], now).risk).toBeNull();
    expect(
      recargaReadBack({ ...nueva, numeroCliente: '71112222' }, [], [watched], now).risk,
    ).toBeNull();
    expect(recargaReadBack(nueva, [], [], now).risk).toBeNull();
  });

  it('refuses before sending: nothing valid, offline, or a number of unknown outcome', () => {
    const ctx = { operadora: OperadoraNombre.Tigo, offline: false, blocked: new Set<string>() };
    expect(refusalBeforeSending(nueva, ctx)).toBeNull();
    expect(refusalBeforeSending(null, { ...ctx, operadora: null })).toEqual([
      'Elige la operadora (teclas 1, 2 o 3).',
    ]);
    // The fields say what is wrong: no extra alert.
    expect(refusalBeforeSending(null, ctx)).toEqual([]);
    expect(refusalBeforeSending(nueva, { ...ctx, offline: true })).toEqual([
      'Sin conexión: la recarga no se envió. Espera a que vuelva la conexión.',
    ]);
    expect(refusalBeforeSending(nueva, { ...ctx, blocked: new Set(['76543210']) })).toEqual([
      'Hay una recarga a 7654 3210 en estado desconocido: compruébala antes de volver a recargar ese número.',
    ]);
    expect(refusalBeforeSending(nueva, { ...ctx, blocked: new Set(['71112222']) })).toBeNull();
  });

  it('names a top-up the way the cashier reads it', () => {
    expect(RECARGA_WORDS.what(nueva)).toBe('Tigo 7654 3210 por Bs 10,00');
    expect(nuevaOf(ledgerOp({ numero: '71112222', sesionId: 4 }))).toEqual({
      operadora: OperadoraNombre.Tigo,
      numeroCliente: '71112222',
      monto: 2000 as Cents,
      idSesion: 4,
    });
  });
});
