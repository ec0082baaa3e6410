import { HistoryFilter, isoToDay } from './history-filter';
import { HistoryResult } from './history-index';

export interface ChartBucket {
  /** First and last Bolivian day of the bucket (one day, or a week for long ranges). */
  from: number;
  to: number;
  /** Cents per operator, in OPERADORAS order. */
  cents: readonly number[];
  total: number;
}

export interface ChartData {
  buckets: readonly ChartBucket[];
  weekly: boolean;
  max: number;
  /** True when the range was longer than what is drawn (the most recent part is drawn). */
  capped: boolean;
}

const MAX_DAILY = 62;
const MAX_BUCKETS = 60;

/**
 * Bars for the chart under the table: one per day of the filtered range, or one per week when
 * the range is longer than two months, at most 60 bars (the most recent ones). An open end of
 * the range is taken from the first or last day that has rows.
 */
export function chartBuckets(result: HistoryResult, f: HistoryFilter): ChartData | null {
  const daily = result.daily;
  if (!daily || result.total.count === 0) return null;
  const days = daily.cents.length / 3;
  const has = (d: number) => {
    const k = (d - daily.firstDay) * 3;
    return (
      k >= 0 &&
      k < daily.cents.length &&
      daily.cents[k] + daily.cents[k + 1] + daily.cents[k + 2] > 0
    );
  };
  let first = daily.firstDay;
  let last = daily.firstDay + days - 1;
  while (first < last && !has(first)) first++;
  while (last > first && !has(last)) last--;
  const from = f.desde ? (isoToDay(f.desde) ?? first) : first;
  const to = f.hasta ? (isoToDay(f.hasta) ?? last) : last;
  if (to < from) return null;

  const weekly = to - from + 1 > MAX_DAILY;
  const width = weekly ? 7 : 1;
  const count = Math.min(MAX_BUCKETS, Math.ceil((to - from + 1) / width));
  const buckets: ChartBucket[] = [];
  let max = 0;
  for (let b = count - 1; b >= 0; b--) {
    const end = to - b * width;
    const start = Math.max(from, end - width + 1);
    const cents = [0, 0, 0];
    for (let d = start; d <= end; d++) {
      const k = (d - daily.firstDay) * 3;
      if (k < 0 || k >= daily.cents.length) continue;
      for (let o = 0; o < 3; o++) cents[o] += daily.cents[k + o];
    }
    const total = cents[0] + cents[1] + cents[2];
    if (total > max) max = total;
    buckets.push({ from: start, to: end, cents, total });
  }
  const capped = Math.ceil((to - from + 1) / width) > count;
  return { buckets, weekly, max, capped };
}
