import { Cents } from '../../../shared/money';
import { newestFirst, row } from './history-fixtures.spec';
import { HistoryFilter } from './history-filter';
import { buildIndex, queryIndex } from './history-index';
import { OperadoraNombre } from './operadora';

const ALL: HistoryFilter = { numero: '', operadora: null, desde: null, hasta: null, sesion: null };

describe('history index and query', () => {
  const rows = newestFirst([
    row({ id: 1, at: '2026-11-24T15:00:00Z', numeroCliente: '76543210', monto: 10 as Cents }),
    row({
      id: 2,
      at: '2026-11-25T03:59:59Z',
      numeroCliente: '71234567',
      monto: 20 as Cents,
      operadora: OperadoraNombre.Entel,
      idSesion: 2,
    }),
    row({
      id: 3,
      at: '2026-11-25T04:00:00Z',
      numeroCliente: '7654 3299',
      monto: 150_000 as Cents,
      operadora: OperadoraNombre.Viva,
      idSesion: 2,
      idUsuario: null,
    }),
    row({ id: 4, at: '2026-11-26T03:59:59Z', numeroCliente: '60000001', monto: 2550 as Cents }),
  ]);
  const index = buildIndex(rows);
  const ids = (f: Partial<HistoryFilter>) =>
    Array.from(queryIndex(index, { ...ALL, ...f }).matches, (i) => rows[i].id);

  it('keeps every row, newest first, without a filter', () => {
    expect(ids({})).toEqual([4, 3, 2, 1]);
  });

  it('finds any run of digits, spaces in the search or the stored number ignored', () => {
    expect(ids({ numero: '7654 32' })).toEqual([3, 1]);
    expect(ids({ numero: '432' })).toEqual([3, 1]);
    expect(ids({ numero: '3299' })).toEqual([3]);
    expect(ids({ numero: '0000 1' })).toEqual([4]);
    expect(ids({ numero: '99999' })).toEqual([]);
  });

  it('filters by operator and by session', () => {
    expect(ids({ operadora: OperadoraNombre.Entel })).toEqual([2]);
    expect(ids({ sesion: 2 })).toEqual([3, 2]);
    expect(ids({ sesion: 2, operadora: OperadoraNombre.Viva, numero: '76' })).toEqual([3]);
  });

  it('cuts dates at Bolivian midnight (04:00Z)', () => {
    expect(ids({ desde: '2026-11-25', hasta: '2026-11-25' })).toEqual([4, 3]);
    expect(ids({ hasta: '2026-11-24' })).toEqual([2, 1]);
    expect(ids({ desde: '2026-11-26' })).toEqual([]);
  });

  it('totals per operator and overall in exact cents', () => {
    const r = queryIndex(index, { ...ALL, operadora: null });
    expect(r.porOperadora).toEqual([
      { operadora: OperadoraNombre.Tigo, count: 2, cents: 2560 as Cents },
      { operadora: OperadoraNombre.Entel, count: 1, cents: 20 as Cents },
      { operadora: OperadoraNombre.Viva, count: 1, cents: 150_000 as Cents },
    ]);
    expect(r.total).toEqual({ count: 4, cents: 152_580 as Cents });
  });

  it('adds 0.10 and 0.20 to exactly 0.30', () => {
    const r = queryIndex(index, { ...ALL, hasta: '2026-11-24' });
    expect(r.total.cents).toBe(30 as Cents);
  });

  it('sums each day per operator for the chart', () => {
    const r = queryIndex(index, ALL);
    expect(r.daily?.firstDay).toBe(index.minDay);
    expect(Array.from(r.daily?.cents ?? [])).toEqual([10, 20, 0, 2550, 0, 150_000]);
  });

  it('knows whether any row names its cashier', () => {
    expect(index.hasUser).toBeTrue();
    expect(buildIndex([row({ id: 9, at: '2026-11-01T12:00:00Z', idUsuario: null })]).hasUser).toBe(
      false,
    );
  });

  it('answers an empty history with no rows and zero totals', () => {
    const r = queryIndex(buildIndex([]), ALL);
    expect(r.matches.length).toBe(0);
    expect(r.total).toEqual({ count: 0, cents: 0 as Cents });
    expect(r.daily).toBeNull();
  });
});
