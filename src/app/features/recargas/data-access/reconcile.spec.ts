import { Cents } from '../../../shared/money';
import { OperadoraNombre } from './operadora';
import { CLOCK_SKEW_MS, PendingOperation, findInyeccion, findRecarga, maxId } from './reconcile';
import { InyeccionOperadora, NuevaRecarga, RecargaCliente } from './recargas.model';

const submittedAt = new Date('2026-11-25T15:00:00Z');
const nueva: NuevaRecarga = {
  operadora: OperadoraNombre.Tigo,
  numeroCliente: '76543210',
  monto: 2000 as Cents,
  idSesion: 1,
};
const row = (over: Partial<RecargaCliente>): RecargaCliente => ({
  id: 10,
  operadora: OperadoraNombre.Tigo,
  numeroCliente: '76543210',
  monto: 2000 as Cents,
  fechaHora: new Date(submittedAt.getTime() + 500),
  idSesion: 1,
  idUsuario: 3,
  ...over,
});
const pending = (
  over: Partial<PendingOperation<NuevaRecarga>> = {},
): PendingOperation<NuevaRecarga> => ({
  nueva,
  submittedAt,
  baselineId: 9,
  reportedIds: new Set(),
  ...over,
});

describe('reconcile a lost answer with a history read after it', () => {
  it('with a baseline: the identical row above it is the lost top-up, whatever the clocks say', () => {
    const skewed = row({ id: 12, fechaHora: new Date(submittedAt.getTime() - 60 * 60_000) });
    expect(findRecarga([skewed], pending())).toEqual({ kind: 'found', row: skewed });
  });

  it('with a baseline: an identical earlier top-up (at or below it) is not the lost one', () => {
    expect(findRecarga([row({ id: 9 }), row({ id: 4 })], pending())).toEqual({ kind: 'absent' });
  });

  it('ignores rows that differ in session, operator, number or amount', () => {
    const rows = [
      row({ idSesion: 2 }),
      row({ operadora: OperadoraNombre.Entel }),
      row({ numeroCliente: '76543211' }),
      row({ monto: 2001 as Cents }),
    ];
    expect(findRecarga(rows, pending())).toEqual({ kind: 'absent' });
  });

  it('takes the oldest row above the baseline (one intent, one row)', () => {
    const r = findRecarga([row({ id: 15 }), row({ id: 13 })], pending());
    expect(r.kind === 'found' && r.row.id).toBe(13);
  });

  it('without a baseline: one recent identical row not yet reported is found', () => {
    expect(findRecarga([row({ id: 12 })], pending({ baselineId: null })).kind).toBe('found');
    expect(findRecarga([], pending({ baselineId: null })).kind).toBe('absent');
  });

  it('without a baseline: rows that cannot be told apart make it ambiguous, never a guess', () => {
    const old = row({ id: 8, fechaHora: new Date(submittedAt.getTime() - CLOCK_SKEW_MS - 1) });
    expect(findRecarga([old], pending({ baselineId: null })).kind).toBe('ambiguous');
    expect(
      findRecarga([row({ id: 11 }), row({ id: 12 })], pending({ baselineId: null })).kind,
    ).toBe('ambiguous');
    // Rows already reported to the cashier are not candidates.
    expect(
      findRecarga(
        [row({ id: 11 }), row({ id: 12 })],
        pending({ baselineId: null, reportedIds: new Set([11]) }),
      ).kind,
    ).toBe('found');
  });

  it('finds a lost injection the same way', () => {
    const iny: InyeccionOperadora = {
      id: 4,
      operadora: OperadoraNombre.Viva,
      monto: 10000 as Cents,
      fechaHora: submittedAt,
      idSesion: 1,
      idUsuario: 3,
    };
    const p = {
      nueva: { operadora: OperadoraNombre.Viva, monto: 10000 as Cents, idSesion: 1 },
      submittedAt,
      baselineId: 3,
      reportedIds: new Set<number>(),
    };
    expect(findInyeccion([iny], p)).toEqual({ kind: 'found', row: iny });
    expect(findInyeccion([iny], { ...p, baselineId: 4 })).toEqual({ kind: 'absent' });
  });

  it('reads the highest id of the known rows', () => {
    expect(maxId(null)).toBeNull();
    expect(maxId([])).toBe(0);
    expect(maxId([row({ id: 3 }), row({ id: 7 }), row({ id: 5 })])).toBe(7);
  });
});
