import { ledgerOp, recargaRow } from '../../../../testing/ledger';
import { Cents } from '../../../shared/money';
import { OperadoraNombre } from './operadora';
import { PendingOperation, findInyeccion, findOperation, findRecarga, maxId } from './reconcile';
import { InyeccionOperadora, NuevaRecarga } from './recargas.model';

const sentAt = new Date('2026-11-25T15:00:00Z');
const nueva: NuevaRecarga = {
  operadora: OperadoraNombre.Tigo,
  numeroCliente: '76543210',
  monto: 2000 as Cents,
  idSesion: 1,
};
const row = (id: number, over: Parameters<typeof recargaRow>[0] = {}) =>
  recargaRow({ id, fechaHora: new Date(sentAt.getTime() + 500), ...over });
const pending = (
  over: Partial<PendingOperation<NuevaRecarga>> = {},
): PendingOperation<NuevaRecarga> => ({
  nueva,
  baselineId: 9,
  reportedIds: new Set(),
  ...over,
});
const iny = (id: number, over: Partial<InyeccionOperadora> = {}): InyeccionOperadora => ({
  id,
  operadora: OperadoraNombre.Viva,
  monto: 10000 as Cents,
  fechaHora: sentAt,
  idSesion: 1,
  idUsuario: 3,
  ...over,
});

describe('reconcile a lost answer with a history read after it', () => {
  it('with a baseline: the identical row above it is the lost top-up, whatever the clocks say', () => {
    const skewed = row(12, { fechaHora: new Date(sentAt.getTime() - 60 * 60_000) });
    expect(findRecarga([skewed], pending())).toEqual({ kind: 'found', row: skewed });
  });

  it('with a baseline: an identical earlier top-up (at or below it) is not the lost one', () => {
    expect(findRecarga([row(9), row(4)], pending())).toEqual({ kind: 'absent' });
  });

  it('ignores rows that differ in session, operator, number or amount', () => {
    const rows = [
      row(10, { idSesion: 2 }),
      row(11, { operadora: OperadoraNombre.Entel }),
      row(12, { numeroCliente: '76543211' }),
      row(13, { monto: 2001 as Cents }),
    ];
    expect(findRecarga(rows, pending())).toEqual({ kind: 'absent' });
    expect(findRecarga(rows, pending({ baselineId: null }))).toEqual({ kind: 'absent' });
  });

  it('takes the oldest row above the baseline (one intent, one row)', () => {
    expect(findRecarga([row(15), row(13)], pending())).toEqual({ kind: 'found', row: row(13) });
  });

  it('never takes a row already reported to the cashier', () => {
    expect(findRecarga([row(10)], pending({ reportedIds: new Set([10]) }))).toEqual({
      kind: 'absent',
    });
  });

  it('without a baseline: found only as the one row of the session nobody accounts for', () => {
    const blind = pending({ baselineId: null });
    expect(findRecarga([row(12)], blind)).toEqual({ kind: 'found', row: row(12) });
    // Rows of other sessions are not this till's to account for.
    expect(findRecarga([row(12), row(13, { idSesion: 2 })], blind)).toEqual({
      kind: 'found',
      row: row(12),
    });
    // Rows already reported to the cashier are accounted for.
    expect(
      findRecarga([row(11), row(12)], pending({ baselineId: null, reportedIds: new Set([11]) })),
    ).toEqual({ kind: 'found', row: row(12) });
    expect(findRecarga([], blind)).toEqual({ kind: 'absent' });
    expect(findRecarga([row(12, { numeroCliente: '71112222' })], blind)).toEqual({
      kind: 'absent',
    });
  });

  it('without a baseline: any other unaccounted row of the session makes it ambiguous, never a guess', () => {
    const blind = pending({ baselineId: null });
    expect(findRecarga([row(11), row(12)], blind)).toEqual({ kind: 'ambiguous' });
    expect(findRecarga([row(11, { numeroCliente: '71112222' }), row(12)], blind)).toEqual({
      kind: 'ambiguous',
    });
    expect(
      findRecarga(
        [row(11), row(12)],
        pending({ baselineId: null, reportedIds: new Set([11, 12]) }),
      ),
    ).toEqual({ kind: 'absent' });
  });

  it('finds a lost injection the same way', () => {
    const p = {
      nueva: { operadora: OperadoraNombre.Viva, monto: 10000 as Cents, idSesion: 1 },
      baselineId: 3,
      reportedIds: new Set<number>(),
    };
    expect(findInyeccion([iny(4)], p)).toEqual({ kind: 'found', row: iny(4) });
    expect(findInyeccion([iny(4)], { ...p, baselineId: 4 })).toEqual({ kind: 'absent' });
    expect(findInyeccion([iny(5, { operadora: OperadoraNombre.Tigo })], p)).toEqual({
      kind: 'absent',
    });
    expect(findInyeccion([iny(4)], { ...p, baselineId: null })).toEqual({
      kind: 'found',
      row: iny(4),
    });
    expect(
      findInyeccion([iny(3, { monto: 500 as Cents }), iny(4)], { ...p, baselineId: null }),
    ).toEqual({ kind: 'ambiguous' });
  });

  it('reads the highest id of the known rows', () => {
    expect(maxId(null)).toBeNull();
    expect(maxId([])).toBe(0);
    expect(maxId([row(3), row(7), row(5)])).toBe(7);
  });
});

describe('findOperation: a ledger entry against the history', () => {
  const lost = ledgerOp({ estado: 'sending', rowId: null, baselineId: 41 });

  it('matches a top-up by session, operator, number and amount above its baseline', () => {
    expect(findOperation(lost, [row(41), row(42)], new Set())).toEqual({
      kind: 'found',
      row: row(42),
    });
    expect(findOperation(lost, [row(41)], new Set())).toEqual({ kind: 'absent' });
    expect(findOperation(lost, [row(42, { numeroCliente: '71112222' })], new Set())).toEqual({
      kind: 'absent',
    });
    expect(findOperation(lost, [row(42)], new Set([42]))).toEqual({ kind: 'absent' });
  });

  it('without a baseline in the ledger, does not guess', () => {
    const blind = { ...lost, baselineId: null };
    expect(findOperation(blind, [row(41)], new Set())).toEqual({ kind: 'found', row: row(41) });
    expect(findOperation(blind, [row(40, { monto: 1000 as Cents }), row(41)], new Set())).toEqual({
      kind: 'ambiguous',
    });
    expect(
      findOperation(blind, [row(40, { monto: 1000 as Cents }), row(41)], new Set([40])),
    ).toEqual({
      kind: 'found',
      row: row(41),
    });
    expect(findOperation(blind, [row(41)], new Set([41]))).toEqual({ kind: 'absent' });
  });

  it('matches an injection by session, operator and amount, whatever number it carries', () => {
    const op = ledgerOp({
      tipo: 'inyeccion',
      numero: '',
      operadora: OperadoraNombre.Viva,
      monto: 10000 as Cents,
      estado: 'unknown',
      rowId: null,
      baselineId: 3,
    });
    expect(findOperation(op, [iny(3), iny(4)], new Set())).toEqual({ kind: 'found', row: iny(4) });
    expect(findOperation(op, [iny(4, { idSesion: 2 })], new Set())).toEqual({ kind: 'absent' });
  });
});
