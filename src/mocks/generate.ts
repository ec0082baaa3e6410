import { boliviaDayStart, closedSession, numberBook, seededRng } from './history';
import { DbState, nextId } from './model';
import { CAJERO, SUPERVISOR } from './users';

const DAY = 86_400_000;
const ROWS_PER_SESSION = 250;

export interface GenerateResult {
  recargas: number;
  inyecciones: number;
  sesiones: number;
}

/**
 * Appends N top-ups and M injections on new closed sessions spread over the past year, for
 * performance work (100,000 rows is a busy shop's year). Balances stay as they are: this is
 * past history.
 */
export function generateHistory(
  state: DbState,
  recargas: number,
  inyecciones = Math.round(recargas / 20),
  now = Date.now(),
): GenerateResult {
  const n = Math.max(0, Math.floor(recargas));
  const m = Math.max(0, Math.floor(inyecciones));
  const total = n + m;
  if (total === 0) return { recargas: 0, inyecciones: 0, sesiones: 0 };
  const sesiones = Math.ceil(total / ROWS_PER_SESSION);
  const rng = seededRng(state.sesiones.length * 7919 + state.recargas.length);
  const numero = numberBook(rng, 2000);
  const ids = { recarga: nextId(state.recargas), inyeccion: nextId(state.inyecciones) };
  const firstSesion = nextId(state.sesiones);
  const today = boliviaDayStart(now);
  const share = (count: number, k: number) =>
    Math.floor(((k + 1) * count) / sesiones) - Math.floor((k * count) / sesiones);

  for (let k = 0; k < sesiones; k++) {
    const day = today - (365 - Math.floor((k * 365) / sesiones)) * DAY;
    const idCaja = k % 2 === 0 ? 1 : 2;
    const built = closedSession(
      rng,
      {
        id: firstSesion + k,
        idCaja,
        idUsuario: idCaja === 1 ? CAJERO.id : SUPERVISOR.id,
        montoInicial: 50_000,
        apertura: day + 8 * 3_600_000,
        cierre: day + 20 * 3_600_000,
        recargas: share(n, k),
        inyecciones: share(m, k),
        descuadre: 0,
      },
      ids,
      numero,
    );
    state.sesiones.push(built.sesion);
    for (const row of built.recargas) state.recargas.push(row);
    for (const row of built.inyecciones) state.inyecciones.push(row);
  }
  return { recargas: n, inyecciones: m, sesiones };
}
