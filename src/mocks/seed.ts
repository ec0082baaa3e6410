import { OperadoraNombre } from './operadoras';
import { boliviaDayStart, closedSession, numberBook, seededRng, SessionPlan } from './history';
import { DbState, SesionRow } from './model';
import { CAJERO, SUPERVISOR } from './users';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
export const SEED_DAYS = 30;

/**
 * The demo data of ui-contract.md: Tigo 1500.00, Entel 800.00, Viva 300.00; Caja 01 holds
 * 500.00 and has the cashier's session open since today (no operation in it yet); the
 * history of the last 30 days and of today up to `now` hangs on closed sessions. Each till
 * keeps a float (500.00, 300.00): every session opens and closes with it (the day's takings
 * fund the operators), so each opens where the previous one of its till left the cash.
 * Deterministic except for `now`. Days are Bolivian (UTC-4), as the shop's.
 */
export function createSeedState(now: number = Date.now()): DbState {
  const today = boliviaDayStart(now);
  const seededAt = today - (SEED_DAYS + 1) * DAY;
  const rng = seededRng(20261125);
  const numero = numberBook(rng);

  const plans: SessionPlan[] = [];
  for (let day = SEED_DAYS; day >= 1; day--) {
    const start = today - day * DAY;
    const plan = (idCaja: number, idUsuario: number, from: number, to: number, n: number) => ({
      id: plans.length + 1,
      idCaja,
      idUsuario,
      montoInicial: idCaja === 1 ? 50_000 : 30_000,
      apertura: start + from * HOUR + Math.floor(rng() * 20 * 60_000),
      cierre: start + to * HOUR + Math.floor(rng() * 20 * 60_000),
      recargas: n,
      inyecciones: Math.floor(rng() * 2) + (idCaja === 1 ? 1 : 0),
      descuadre: rng() < 0.15 ? (rng() < 0.5 ? -50 : 100) : 0,
      fondo: true,
    });
    plans.push(plan(1, CAJERO.id, 8, 18, 8 + Math.floor(rng() * 5)));
    if (day % 3 === 0) plans.push(plan(2, SUPERVISOR.id, 9, 13, 4 + Math.floor(rng() * 3)));
  }
  plans.push(todayPlan(plans.length + 1, today, now));

  const ids = { recarga: 1, inyeccion: 1 };
  const state: DbState = {
    version: 1,
    seededAt,
    cajas: (
      [
        { id: 1, nombre: 'Caja 01', especialidad: 'MIXTA', saldo: 50_000 },
        { id: 2, nombre: 'Caja 02', especialidad: 'MIXTA', saldo: 30_000 },
      ] as const
    ).map((c) => ({ ...c, createdAt: seededAt, updatedAt: seededAt })),
    sesiones: [],
    operadoras: (
      [
        [OperadoraNombre.Tigo, 150_000],
        [OperadoraNombre.Entel, 80_000],
        [OperadoraNombre.Viva, 30_000],
      ] as const
    ).map(([nombre, saldo], i) => ({
      id: i + 1,
      nombre,
      saldo,
      createdAt: seededAt,
      updatedAt: seededAt,
    })),
    recargas: [],
    inyecciones: [],
  };
  for (const plan of plans) {
    const built = closedSession(rng, plan, ids, numero);
    state.sesiones.push(built.sesion);
    state.recargas.push(...built.recargas);
    state.inyecciones.push(...built.inyecciones);
  }
  state.sesiones.push(openSession(plans.length + 1, today, now));
  return state;
}

/**
 * Today up to the moment of the seed, so `Hoy` has rows at any hour: the supervisor covered
 * Caja 02 and closed it five minutes ago (the cashier's open session stays empty, and Caja 02
 * can be opened again). Fixed counts: no draw from the generator, so past rows stay the same.
 */
function todayPlan(id: number, today: number, now: number): SessionPlan {
  const cierre = Math.max(today, now - 5 * MINUTE);
  return {
    id,
    idCaja: 2,
    idUsuario: SUPERVISOR.id,
    montoInicial: 30_000,
    apertura: Math.max(today, Math.min(today + 7 * HOUR, cierre - HOUR)),
    cierre,
    recargas: 8,
    inyecciones: 1,
    descuadre: 0,
    fondo: true,
  };
}

/** Opened today, before now, with the till's 500.00 as its starting cash. */
function openSession(id: number, today: number, now: number): SesionRow {
  const apertura = Math.max(today, Math.min(today + 8 * HOUR, now - 60_000));
  return {
    id,
    idCaja: 1,
    idUsuario: CAJERO.id,
    montoInicial: 50_000,
    teorico: null,
    real: null,
    diferencia: null,
    abierta: true,
    apertura,
    cierre: null,
    userCreate: CAJERO.id,
    userUpdate: null,
    updatedAt: apertura,
  };
}
