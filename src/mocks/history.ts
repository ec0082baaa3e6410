import { OperadoraNombre } from './operadoras';
import { InyeccionRow, RecargaRow, SesionRow } from './model';

/** Deterministic history for the seed and generate(): same seed number, same rows. */
export type Rng = () => number;

const DAY = 86_400_000;
/** Bolivia is UTC-4 all year: the shop's days start at 04:00Z whatever the browser's zone. */
const BOLIVIA_OFFSET = -4 * 3_600_000;

/** The start (Bolivian midnight) of the Bolivian day holding `ms`, in epoch ms. */
export function boliviaDayStart(ms: number): number {
  return Math.floor((ms + BOLIVIA_OFFSET) / DAY) * DAY - BOLIVIA_OFFSET;
}

/** mulberry32: tiny, fast and good enough for demo data. */
export function seededRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)];

// Weighted by repetition: most top-ups are round amounts, a few carry cents.
const RECARGA_CENTS = [
  1000, 1000, 1000, 1500, 1500, 2000, 2000, 2000, 3000, 3000, 5000, 5000,
].concat([10000, 1250, 2550, 3580, 750]);
const INYECCION_CENTS = [10000, 15000, 20000, 25000, 30000];
const OPERADORAS_PESADAS = [
  ...Array<OperadoraNombre>(5).fill(OperadoraNombre.Tigo),
  ...Array<OperadoraNombre>(3).fill(OperadoraNombre.Entel),
  OperadoraNombre.Viva,
];

/** Bolivian mobile numbers: 8 digits starting with 6 or 7; regular customers come back. */
export function numberBook(rng: Rng, size = 120): () => string {
  const fresh = () => `${rng() < 0.7 ? 7 : 6}${String(Math.floor(rng() * 1e7)).padStart(7, '0')}`;
  const regulars = Array.from({ length: size }, fresh);
  return () => (rng() < 0.5 ? pick(rng, regulars) : fresh());
}

export interface SessionPlan {
  id: number;
  idCaja: number;
  idUsuario: number;
  montoInicial: number;
  apertura: number;
  cierre: number;
  recargas: number;
  inyecciones: number;
  /** Counted minus expected cash, in cents (a till that does not square). */
  descuadre: number;
  /**
   * The drawer keeps its float (`montoInicial`): injections are paid only from the cash above
   * it, and the day's last one takes the rest, so the session closes with its opening cash and
   * the next one of the till opens there (the service's till keeps the theoretical amount).
   */
  fondo?: boolean;
}

export interface Ids {
  recarga: number;
  inyeccion: number;
}

/** A closed session whose rows and closing figures agree, as the real service would leave it. */
export function closedSession(rng: Rng, plan: SessionPlan, ids: Ids, numero: () => string) {
  const span = plan.cierre - plan.apertura;
  const times = (n: number) =>
    Array.from({ length: n }, () => plan.apertura + Math.floor(rng() * span)).sort((a, b) => a - b);
  const events = [
    ...times(plan.recargas).map((fecha) => ({ fecha, ingreso: true })),
    ...times(plan.inyecciones).map((fecha) => ({ fecha, ingreso: false })),
  ].sort((a, b) => a.fecha - b.fecha);

  const recargas: RecargaRow[] = [];
  const inyecciones: InyeccionRow[] = [];
  let cash = plan.montoInicial;
  const floor = plan.fondo ? plan.montoInicial : 0;
  for (const { fecha, ingreso } of events) {
    const base = { fecha, sesion: plan.id, user: plan.idUsuario };
    if (ingreso) {
      const monto = pick(rng, RECARGA_CENTS);
      cash += monto;
      const operadora = pick(rng, OPERADORAS_PESADAS);
      recargas.push({ ...base, id: ids.recarga++, operadora, numero: numero(), monto });
    } else {
      // Never more than the drawer holds (above its float), as the service would refuse it.
      const above = cash - floor;
      const monto = Math.max(100, Math.min(pick(rng, INYECCION_CENTS), above));
      const operadora = pick(rng, OPERADORAS_PESADAS);
      if (above < 100) continue; // nothing to pay with: no injection (the draws stay the same)
      cash -= monto;
      inyecciones.push({ ...base, id: ids.inyeccion++, operadora, monto });
    }
  }
  const takings = cash - plan.montoInicial;
  if (plan.fondo && takings >= 100) {
    // The day's takings fund the operator sold most, minutes before the close.
    const last = events.length ? events[events.length - 1].fecha : plan.apertura;
    const fecha = Math.min(plan.cierre - 1_000, Math.max(last + 1_000, plan.cierre - 5 * 60_000));
    inyecciones.push({
      fecha,
      sesion: plan.id,
      user: plan.idUsuario,
      id: ids.inyeccion++,
      operadora: mostSold(recargas),
      monto: takings,
    });
    cash = plan.montoInicial;
  } else if (plan.fondo && takings > 0 && inyecciones.length) {
    // Under Bs 1 left (the service's least injection): the day's last injection took it too.
    inyecciones[inyecciones.length - 1].monto += takings;
    cash = plan.montoInicial;
  }
  const sesion: SesionRow = {
    id: plan.id,
    idCaja: plan.idCaja,
    idUsuario: plan.idUsuario,
    montoInicial: plan.montoInicial,
    teorico: cash,
    real: cash + plan.descuadre,
    diferencia: plan.descuadre,
    abierta: false,
    apertura: plan.apertura,
    cierre: plan.cierre,
    userCreate: plan.idUsuario,
    userUpdate: plan.idUsuario,
    updatedAt: plan.cierre,
  };
  return { sesion, recargas, inyecciones };
}

/** The operator with the most sold (in cents) among the rows; Tigo when none. */
function mostSold(recargas: readonly RecargaRow[]): OperadoraNombre {
  const sums = new Map<OperadoraNombre, number>();
  for (const r of recargas) sums.set(r.operadora, (sums.get(r.operadora) ?? 0) + r.monto);
  let best: OperadoraNombre = OperadoraNombre.Tigo;
  for (const [operadora, cents] of sums) if (cents > (sums.get(best) ?? 0)) best = operadora;
  return best;
}
