import { SesionCaja } from '../../../core/session/caja.model';
import { Cents } from '../../../shared/money';
import { dayStartMs } from './forecast';
import { ChartBucket, ChartData } from './history-buckets';
import { boliviaDay } from './history-filter';
import { HistoryRecord } from './history-index';
import { OPERADORAS, OperadoraNombre } from './operadora';

const HOUR_MS = 3_600_000;

export interface Suma {
  count: number;
  cents: Cents;
}

export interface OperadoraDia {
  operadora: OperadoraNombre;
  recargas: Suma;
  inyecciones: Suma;
}

export interface CajeroDia {
  /** null: rows that do not say who sold them. */
  idUsuario: number | null;
  recargas: Suma;
  /** The sessions of this cashier open at some time of the day, oldest first. */
  sesiones: SesionCaja[];
}

export interface ResumenDia {
  porOperadora: OperadoraDia[];
  total: { recargas: Suma; inyecciones: Suma };
  porCajero: CajeroDia[];
  /** Top-up cents per Bolivian hour (bucket `from`/`to` are hours 0-23) and operator. */
  porHora: ChartData | null;
}

const zero = (): { count: number; cents: number } => ({ count: 0, cents: 0 });

/**
 * The day's sums in one pass over each history (integer cents, so exact): per operator, per
 * cashier (the embedded session's user) and per hour; the sessions open at some time that
 * day (opened before it and still open included).
 */
export function resumenDia(
  recargas: readonly HistoryRecord[],
  inyecciones: readonly HistoryRecord[],
  sesiones: Iterable<SesionCaja>,
  day: number,
): ResumenDia {
  const recOp = OPERADORAS.map(zero);
  const inyOp = OPERADORAS.map(zero);
  const hours = Array.from({ length: 24 }, () => [0, 0, 0]);
  const cajeros = new Map<
    number | null,
    { count: number; cents: number; sesiones: SesionCaja[] }
  >();
  const cajero = (id: number | null) => {
    let c = cajeros.get(id);
    if (!c) cajeros.set(id, (c = { ...zero(), sesiones: [] }));
    return c;
  };
  const start = dayStartMs(day);

  for (const r of recargas) {
    const at = r.fechaHora.getTime();
    if (boliviaDay(at) !== day) continue;
    const o = OPERADORAS.indexOf(r.operadora);
    recOp[o].count++;
    recOp[o].cents += r.monto;
    hours[Math.floor((at - start) / HOUR_MS)][o] += r.monto;
    const c = cajero(r.idUsuario);
    c.count++;
    c.cents += r.monto;
  }
  for (const r of inyecciones) {
    if (boliviaDay(r.fechaHora.getTime()) !== day) continue;
    const o = OPERADORAS.indexOf(r.operadora);
    inyOp[o].count++;
    inyOp[o].cents += r.monto;
  }
  const end = start + 24 * HOUR_MS;
  for (const s of sesiones) {
    const closed = s.fechaCierre?.getTime() ?? Infinity;
    if (s.fechaApertura.getTime() < end && closed >= start) cajero(s.idUsuario).sesiones.push(s);
  }

  const suma = (s: { count: number; cents: number }): Suma => ({
    count: s.count,
    cents: s.cents as Cents,
  });
  const sum = (list: { count: number; cents: number }[]) =>
    suma(list.reduce((a, b) => ({ count: a.count + b.count, cents: a.cents + b.cents }), zero()));
  return {
    porOperadora: OPERADORAS.map((operadora, o) => ({
      operadora,
      recargas: suma(recOp[o]),
      inyecciones: suma(inyOp[o]),
    })),
    total: { recargas: sum(recOp), inyecciones: sum(inyOp) },
    porCajero: [...cajeros]
      .map(([idUsuario, c]) => ({
        idUsuario,
        recargas: suma(c),
        sesiones: c.sesiones.sort((a, b) => a.fechaApertura.getTime() - b.fechaApertura.getTime()),
      }))
      .sort(
        (a, b) => b.recargas.cents - a.recargas.cents || (a.idUsuario ?? 0) - (b.idUsuario ?? 0),
      ),
    porHora: hourlyChart(hours),
  };
}

/** Hours from the first to the last with sales, widened to 08:00-20:00 so the day reads. */
function hourlyChart(hours: number[][]): ChartData | null {
  const has = (h: number) => hours[h][0] + hours[h][1] + hours[h][2] > 0;
  const used = hours.map((_, h) => h).filter(has);
  if (used.length === 0) return null;
  const from = Math.min(8, used[0]);
  const to = Math.max(20, used[used.length - 1]);
  const buckets: ChartBucket[] = [];
  let max = 0;
  for (let h = from; h <= to; h++) {
    const total = hours[h][0] + hours[h][1] + hours[h][2];
    if (total > max) max = total;
    buckets.push({ from: h, to: h, cents: hours[h], total });
  }
  return { buckets, weekly: false, max, capped: false };
}
