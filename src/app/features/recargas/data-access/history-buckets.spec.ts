import { Cents } from '../../../shared/money';
import { row } from './history-fixtures.spec';
import { chartBuckets } from './history-buckets';
import { HistoryFilter, isoToDay } from './history-filter';
import { buildIndex, queryIndex } from './history-index';
import { OperadoraNombre } from './operadora';

const ALL: HistoryFilter = { numero: '', operadora: null, desde: null, hasta: null, sesion: null };

describe('history chart buckets', () => {
  const rows = [
    row({
      id: 3,
      at: '2026-11-25T20:00:00Z',
      monto: 300 as Cents,
      operadora: OperadoraNombre.Viva,
    }),
    row({ id: 2, at: '2026-11-25T12:00:00Z', monto: 200 as Cents }),
    row({ id: 1, at: '2026-11-23T12:00:00Z', monto: 100 as Cents }),
  ];
  const result = (f: HistoryFilter) => queryIndex(buildIndex(rows), f);

  it('draws one bar per day of the range, empty days included', () => {
    const data = chartBuckets(result(ALL), ALL);
    expect(data?.weekly).toBeFalse();
    expect(data?.buckets.map((b) => b.cents)).toEqual([
      [100, 0, 0],
      [0, 0, 0],
      [200, 0, 300],
    ]);
    expect(data?.max).toBe(500);
    expect(data?.buckets[0].from).toBe(isoToDay('2026-11-23') as number);
  });

  it('spans the asked dates even where there are no rows', () => {
    const f = { ...ALL, desde: '2026-11-20', hasta: '2026-11-26' };
    expect(chartBuckets(result(f), f)?.buckets.length).toBe(7);
  });

  it('groups by week past two months and draws at most 60 bars, the latest', () => {
    const f = { ...ALL, desde: '2020-01-01', hasta: '2026-11-26' };
    const data = chartBuckets(result(f), f);
    expect(data?.weekly).toBeTrue();
    expect(data?.capped).toBeTrue();
    expect(data?.buckets.length).toBe(60);
    const last = data?.buckets[59];
    expect(last?.to).toBe(isoToDay('2026-11-26') as number);
    expect(last?.total).toBe(600);
  });

  it('draws nothing when nothing is shown', () => {
    const f = { ...ALL, desde: '2026-01-01', hasta: '2026-01-02' };
    expect(chartBuckets(result(f), f)).toBeNull();
  });
});
