import { Cents } from '../../../shared/money';
import { newestFirst, row } from './history-fixtures.spec';
import { buildIndex } from './history-index';
import {
  DEFAULT_SORT,
  HistorySort,
  nextSort,
  parseSort,
  sortMatches,
  sortToParam,
} from './history-sort';
import { OperadoraNombre } from './operadora';

describe('history sort', () => {
  const rows = newestFirst([
    row({ id: 1, at: '2026-11-20T12:00:00Z', monto: 5000 as Cents, numeroCliente: '71111111' }),
    row({ id: 2, at: '2026-11-21T12:00:00Z', monto: 1000 as Cents, numeroCliente: '79999999' }),
    row({
      id: 3,
      at: '2026-11-22T12:00:00Z',
      monto: 5000 as Cents,
      numeroCliente: '60000000',
      operadora: OperadoraNombre.Viva,
      idSesion: 7,
    }),
    row({ id: 4, at: '2026-11-23T12:00:00Z', monto: 250 as Cents, numeroCliente: '75555555' }),
  ]);
  const index = buildIndex(rows);
  const all = Uint32Array.from(rows.keys());
  const ids = (sort: HistorySort, matches = all) =>
    Array.from(sortMatches(index, matches, sort), (i) => rows[i].id);

  it('keeps the stored order (newest first) by default, without copying', () => {
    expect(sortMatches(index, all, DEFAULT_SORT)).toBe(all);
    expect(ids({ key: 'fecha', dir: 'asc' })).toEqual([1, 2, 3, 4]);
  });

  it('sorts amounts both ways, ties newest first', () => {
    expect(ids({ key: 'monto', dir: 'asc' })).toEqual([4, 2, 3, 1]);
    expect(ids({ key: 'monto', dir: 'desc' })).toEqual([3, 1, 2, 4]);
  });

  it('sorts numbers as text and sessions and operators as numbers', () => {
    expect(ids({ key: 'numero', dir: 'asc' })).toEqual([3, 1, 4, 2]);
    expect(ids({ key: 'numero', dir: 'desc' })).toEqual([2, 4, 1, 3]);
    expect(ids({ key: 'sesion', dir: 'desc' })).toEqual([3, 4, 2, 1]);
    expect(ids({ key: 'operadora', dir: 'desc' })).toEqual([3, 4, 2, 1]);
  });

  it('sorts numbers of mixed widths as text', () => {
    const mixed = newestFirst([
      row({ id: 1, at: '2026-11-20T12:00:00Z', numeroCliente: '9' }),
      row({ id: 2, at: '2026-11-21T12:00:00Z', numeroCliente: '100' }),
      row({ id: 3, at: '2026-11-22T12:00:00Z', numeroCliente: '10' }),
      row({ id: 4, at: '2026-11-23T12:00:00Z', numeroCliente: '10' }),
    ]);
    const order = sortMatches(buildIndex(mixed), Uint32Array.from(mixed.keys()), {
      key: 'numero',
      dir: 'asc',
    });
    expect(Array.from(order, (i) => mixed[i].id)).toEqual([4, 3, 2, 1]);
  });

  it('sorts only the matches it is given', () => {
    const some = Uint32Array.from([0, 2]);
    expect(ids({ key: 'monto', dir: 'desc' }, some)).toEqual([2, 4]);
  });

  it('reads and writes the orden parameter', () => {
    expect(parseSort(undefined)).toEqual(DEFAULT_SORT);
    expect(parseSort('monto')).toEqual({ key: 'monto', dir: 'asc' });
    expect(parseSort('-sesion')).toEqual({ key: 'sesion', dir: 'desc' });
    expect(parseSort('-precio')).toEqual(DEFAULT_SORT);
    expect(sortToParam(DEFAULT_SORT)).toBeNull();
    expect(sortToParam({ key: 'fecha', dir: 'asc' })).toBe('fecha');
    expect(sortToParam({ key: 'monto', dir: 'desc' })).toBe('-monto');
  });

  it('flips the same column and starts another ascending (dates newest first)', () => {
    expect(nextSort(DEFAULT_SORT, 'fecha')).toEqual({ key: 'fecha', dir: 'asc' });
    expect(nextSort(DEFAULT_SORT, 'monto')).toEqual({ key: 'monto', dir: 'asc' });
    expect(nextSort({ key: 'monto', dir: 'asc' }, 'monto')).toEqual({ key: 'monto', dir: 'desc' });
    expect(nextSort({ key: 'monto', dir: 'asc' }, 'fecha')).toEqual(DEFAULT_SORT);
  });
});
