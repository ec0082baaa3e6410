import { BOLIVIA_OFFSET_MS, formatBoDate } from '../../../shared/bo-date';
import { Cents } from '../../../shared/money';

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
/** The pace is the sales of the last two hours... */
export const PACE_WINDOW_MS = 2 * HOUR_MS;
/**
 * ...or of the day so far when shorter, but never less than this: two sales in the first
 * minute would otherwise read as thousands of bolivianos an hour.
 */
export const MIN_PACE_WINDOW_MS = 15 * MINUTE_MS;

export interface Sale {
  fechaHora: Date;
  monto: Cents;
}

/** A device clock this far behind the service still counts the service's newest sales. */
export const CLOCK_SKEW_MS = 10 * MINUTE_MS;

/**
 * Cents an hour sold over the window that ends now: the last two hours, or since the day's
 * selling began (`since`, see `paceStart`) when that is shorter. The window ends at the newest
 * sale when the service stamped it after this device's clock (up to CLOCK_SKEW_MS).
 */
export function salesPace(sales: readonly Sale[], now: number, since: number): number {
  let end = now;
  for (const s of sales) {
    const at = s.fechaHora.getTime();
    if (at > end && at <= now + CLOCK_SKEW_MS) end = at;
  }
  const window = Math.min(PACE_WINDOW_MS, Math.max(MIN_PACE_WINDOW_MS, end - since));
  const from = end - window;
  let cents = 0;
  for (const s of sales) {
    const at = s.fechaHora.getTime();
    if (at > from && at <= end) cents += s.monto;
  }
  return (cents * HOUR_MS) / window;
}

/**
 * When the day's selling began, for the pace: the first till opened today or the day's first
 * sale, whichever is earlier. A till kept open overnight sold nothing while the shop was shut,
 * so its opening (yesterday) does not stretch the window back to midnight. Midnight when the
 * day has neither.
 */
export function paceStart(
  dayStart: number,
  now: number,
  openings: readonly number[],
  sales: Iterable<Sale>,
): number {
  let first = Infinity;
  for (const t of openings) if (t >= dayStart && t < first) first = t;
  for (const s of sales) {
    const t = s.fechaHora.getTime();
    if (t >= dayStart && t < first) first = t;
  }
  return first === Infinity ? dayStart : Math.max(dayStart, Math.min(now, first));
}

export interface PoolForecast {
  /** Cents an hour. */
  pace: number;
  /** When the pool reaches zero at this pace; null when nothing is being sold. */
  runsOutAt: Date | null;
  belowThreshold: boolean;
  /** `se agota hoy a las 17:40`, `alcanza para hoy`, `alcanza para 3 h`, `sin saldo`. */
  text: string;
}

export interface ForecastInput {
  saldo: Cents;
  /** Cents an hour (salesPace). */
  pace: number;
  now: number;
  /** Today's closing time (the shop's setting), epoch ms. */
  closing: number;
  umbral?: Cents | null;
}

/**
 * How long a pool lasts at the day's pace. Before closing time the question is "does it last
 * until we close?": `se agota hoy a las 17:40` or `alcanza para hoy`. After closing time it
 * says how long it lasts: `alcanza para 3 h`.
 */
export function forecastPool(input: ForecastInput): PoolForecast {
  const { saldo, pace, now, closing } = input;
  const belowThreshold = input.umbral != null && saldo < input.umbral;
  const result = (runsOutAt: Date | null, text: string): PoolForecast => ({
    pace,
    runsOutAt,
    belowThreshold,
    text,
  });
  if (saldo <= 0) return result(new Date(now), 'sin saldo');
  if (pace <= 0) return result(null, 'alcanza para hoy');
  const msLeft = (saldo / pace) * HOUR_MS;
  const runsOutAt = new Date(now + msLeft);
  if (now < closing) {
    return runsOutAt.getTime() < closing
      ? result(runsOutAt, `se agota hoy a las ${formatBoDate(runsOutAt, 'hora')}`)
      : result(runsOutAt, 'alcanza para hoy');
  }
  return result(runsOutAt, `alcanza para ${duration(msLeft)}`);
}

/** Whole hours, or minutes under an hour (rounded down: a forecast should not promise). */
function duration(ms: number): string {
  if (ms >= HOUR_MS) return `${Math.floor(ms / HOUR_MS)} h`;
  return `${Math.max(1, Math.floor(ms / MINUTE_MS))} min`;
}

/** Bolivian midnight starting the day `day` (as boliviaDay counts days), epoch ms. */
export function dayStartMs(day: number): number {
  return day * 24 * HOUR_MS - BOLIVIA_OFFSET_MS;
}

/** `21:00` of the Bolivian day `day`, epoch ms. */
export function closingTime(day: number, hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return dayStartMs(day) + (h * 60 + m) * MINUTE_MS;
}
