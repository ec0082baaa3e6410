import { Cents } from '../../../shared/money';
import { newestFirst, row } from './history-fixtures.spec';
import { HistoryFilter } from './history-filter';
import { IncrementalQuery, buildIndex, distinctUsers, queryIndex } from './history-index';
import { OperadoraNombre } from './operadora';

const ALL: HistoryFilter = { numero: '', operadora: null, desde: null, hasta: null, sesion: null };

describe('IncrementalQuery (a number typed key by key)', () => {
  const rows = newestFirst([
    row({ id: 1, at: '2026-11-24T15:00:00Z', numeroCliente: '76543210', monto: 1000 as Cents }),
    row({ id: 2, at: '2026-11-24T16:00:00Z', numeroCliente: '71234567', monto: 2000 as Cents }),
    row({
      id: 3,
      at: '2026-11-25T15:00:00Z',
      numeroCliente: '7654 3299',
      monto: 3000 as Cents,
      operadora: OperadoraNombre.Viva,
    }),
    row({ id: 4, at: '2026-11-26T15:00:00Z', numeroCliente: '60765401', monto: 500 as Cents }),
    row({ id: 5, at: '2026-11-26T16:00:00Z', numeroCliente: '69999999', monto: 700 as Cents }),
  ]);
  const index = buildIndex(rows);
  const ids = (matches: Uint32Array) => Array.from(matches, (i) => rows[i].id);

  it('finds what a full scan finds at every key, forwards and back', () => {
    const query = new IncrementalQuery();
    const typed = ['', '7', '76', '765', '7654', '765', '76', '7', '', '0', '07', '076', '0765'];
    const seen = typed.map((numero) => ids(query.run(index, { ...ALL, numero }).matches));
    expect(seen).toEqual([
      [5, 4, 3, 2, 1],
      [4, 3, 2, 1],
      [4, 3, 1],
      [4, 3, 1],
      [4, 3, 1],
      [4, 3, 1],
      [4, 3, 1],
      [4, 3, 2, 1],
      [5, 4, 3, 2, 1],
      [4, 1],
      [4],
      [4],
      [4],
    ]);
  });

  it('keeps totals in exact cents on a narrowed search', () => {
    const query = new IncrementalQuery();
    query.run(index, { ...ALL, numero: '7' });
    const r = query.run(index, { ...ALL, numero: '765 4' });
    expect(r.total).toEqual({ count: 3, cents: 4500 as Cents });
    expect(r.porOperadora.map((t) => t.count)).toEqual([2, 0, 1]);
  });

  it('does not narrow across a change of operator, dates or session', () => {
    const query = new IncrementalQuery();
    query.run(index, { ...ALL, numero: '7', operadora: OperadoraNombre.Viva });
    expect(ids(query.run(index, { ...ALL, numero: '76' }).matches)).toEqual([4, 3, 1]);
    expect(ids(query.run(index, { ...ALL, numero: '6', desde: '2026-11-26' }).matches)).toEqual([
      5, 4,
    ]);
    expect(ids(query.run(index, { ...ALL, numero: '65' }).matches)).toEqual([4, 3, 1]);
  });

  it('scans only the earlier matches when the search grows, and nothing when it is met again', () => {
    const query = new IncrementalQuery();
    const first = query.run(index, { ...ALL, numero: '0' });
    expect(ids(first.matches)).toEqual([4, 1]);
    // A row outside the earlier matches is never looked at: a narrowed scan cannot see row 2,
    // though a full one would (its number holds 67).
    const narrowed = queryIndex(index, { ...ALL, numero: '67' }, first.matches);
    expect(ids(narrowed.matches)).toEqual([]);
    expect(ids(queryIndex(index, { ...ALL, numero: '67' }).matches)).toEqual([2]);
    const again = query.run(index, { ...ALL, numero: '0' });
    expect(again).toBe(first);
  });

  it('starts afresh for a new index (a new download)', () => {
    const query = new IncrementalQuery();
    const before = query.run(index, { ...ALL, numero: '7' });
    const other = buildIndex([
      row({ id: 9, at: '2026-11-27T15:00:00Z', numeroCliente: '77777777' }),
    ]);
    const after = query.run(other, { ...ALL, numero: '7' });
    expect(after).not.toBe(before);
    expect(after.total.count).toBe(1);
  });
});

describe('distinctUsers', () => {
  it('lists each cashier once, in first-seen order, without the rows that name none', () => {
    expect(distinctUsers(Int32Array.from([3, 3, 3, -1, 5, 5, 3, 7, -1, 7]))).toEqual([3, 5, 7]);
    expect(distinctUsers(new Int32Array(0))).toEqual([]);
  });
});
