import { ledgerOp } from '../../../../../testing/ledger';
import { Cents } from '../../../../shared/money';
import { OperadoraNombre } from '../operadora';
import {
  inyeccionOf,
  isUnresolved,
  isWatched,
  lostAt,
  newLedgerOp,
  nextCheck,
  nuevaOf,
  recargaOf,
} from './ledger.model';

const T = Date.parse('2026-11-25T18:00:00Z');
const recarga = {
  tipo: 'recarga' as const,
  nueva: {
    operadora: OperadoraNombre.Entel,
    numeroCliente: '71112222',
    monto: 1050 as Cents,
    idSesion: 4,
  },
};
const inyeccion = {
  tipo: 'inyeccion' as const,
  nueva: { operadora: OperadoraNombre.Viva, monto: 10000 as Cents, idSesion: 4 },
};
/** Lost at T, judged not applied, watched for 10 minutes. */
const watched = (checks: number[]) =>
  ledgerOp({ estado: 'not-applied', rowId: null, watchUntil: T + 600_000, checks: [T, ...checks] });

describe('ledger model', () => {
  it('records an intent as "sending" with its baseline, before any verdict', () => {
    const op = newLedgerOp(recarga, 3, 120, T, 'abc');
    // A fresh intent is the fixture's top-up with what was sent and no service row yet.
    expect(op).toEqual(
      ledgerOp({
        key: 'abc',
        sesionId: 4,
        operadora: OperadoraNombre.Entel,
        numero: '71112222',
        monto: 1050 as Cents,
        baselineId: 120,
        sentAt: T,
        estado: 'sending',
        rowId: null,
        rowAt: null,
      }),
    );
    // Until a verdict it blocks its number, stands for no row and is not watched.
    expect(isUnresolved(op)).toBeTrue();
    expect(recargaOf(op)).toBeNull();
    expect(isWatched(op, T)).toBeFalse();
    expect(nextCheck(op)).toBeNull();
    const iny = newLedgerOp(inyeccion, 3, null, T, 'i1');
    expect(iny.tipo).toBe('inyeccion');
    expect(iny.numero).toBe('');
    expect(iny.baselineId).toBeNull();
  });

  it('gives back what was sent, for a recheck or a retry', () => {
    expect(nuevaOf(newLedgerOp(recarga, 3, 1, T, 'a'))).toEqual(recarga);
    expect(nuevaOf(newLedgerOp(inyeccion, 3, 1, T, 'b'))).toEqual(inyeccion);
  });

  it('stands for the service row only once applied', () => {
    expect(recargaOf(ledgerOp({ rowId: 41, rowAt: T + 1000 }))).toEqual({
      id: 41,
      operadora: OperadoraNombre.Tigo,
      numeroCliente: '76543210',
      monto: 2000 as Cents,
      fechaHora: new Date('2026-11-25T18:00:01Z'),
      idSesion: 1,
      idUsuario: 3,
    });
    expect(recargaOf(ledgerOp({ estado: 'not-applied', rowId: null }))).toBeNull();
    expect(recargaOf(ledgerOp({ estado: 'unknown', rowId: null }))).toBeNull();
    expect(recargaOf(ledgerOp({ tipo: 'inyeccion', numero: '' }))).toBeNull();
    expect(inyeccionOf(ledgerOp({ tipo: 'inyeccion', numero: '', rowId: 5 }))?.id).toBe(5);
    expect(inyeccionOf(ledgerOp({ rowId: 5 }))).toBeNull();
  });

  it('blocks while sending or unknown, never once decided', () => {
    expect(isUnresolved(ledgerOp({ estado: 'sending' }))).toBeTrue();
    expect(isUnresolved(ledgerOp({ estado: 'unknown' }))).toBeTrue();
    expect(isUnresolved(ledgerOp({ estado: 'applied' }))).toBeFalse();
    expect(isUnresolved(ledgerOp({ estado: 'not-applied' }))).toBeFalse();
  });

  it('watches a "not applied" until its end, and nothing else', () => {
    expect(isWatched(watched([]), T + 599_999)).toBeTrue();
    expect(isWatched(watched([]), T + 600_000)).toBeFalse();
    expect(isWatched(ledgerOp({ estado: 'unknown', watchUntil: T + 600_000 }), T)).toBeFalse();
    expect(isWatched(ledgerOp({ estado: 'not-applied', watchUntil: null }), T)).toBeFalse();
  });

  it('checks again 5 s, 30 s, 2 min and 10 min after the loss, then stops', () => {
    expect(lostAt(watched([]))).toBe(T);
    expect(nextCheck(watched([]))).toBe(T + 5_000);
    expect(nextCheck(watched([T + 5_000]))).toBe(T + 30_000);
    expect(nextCheck(watched([T + 5_000, T + 30_000]))).toBe(T + 120_000);
    expect(nextCheck(watched([T + 5_000, T + 30_000, T + 120_000]))).toBe(T + 600_000);
    expect(nextCheck(watched([T + 5_000, T + 30_000, T + 120_000, T + 600_000]))).toBeNull();
    // A check made late (after a reload) skips the ones it covers.
    expect(nextCheck(watched([T + 200_000]))).toBe(T + 600_000);
    expect(nextCheck(ledgerOp({ estado: 'applied' }))).toBeNull();
    expect(nextCheck(ledgerOp({ estado: 'unknown', watchUntil: null }))).toBeNull();
  });
});
