import { RecargaCliente, NuevaRecarga, InyeccionOperadora, NuevaInyeccion } from './recargas.model';

/** Server clocks drift: a lost operation is looked for from this long before its submit. */
export const CLOCK_SKEW_MS = 2 * 60_000;

/** What was sent and what was already known when it was sent. */
export interface PendingOperation<N> {
  nueva: N;
  submittedAt: Date;
  /** Ids of this session's rows already known at submit time: those are not the lost one. */
  knownIds: ReadonlySet<number>;
}

function afterSubmit(fecha: Date, id: number, pending: PendingOperation<unknown>): boolean {
  return (
    fecha.getTime() >= pending.submittedAt.getTime() - CLOCK_SKEW_MS && !pending.knownIds.has(id)
  );
}

/**
 * The lost top-up in a freshly read history: same session, operator, number and amount,
 * created after the submit and not one already known. The oldest match wins.
 */
export function findRecarga(
  rows: readonly RecargaCliente[],
  pending: PendingOperation<NuevaRecarga>,
): RecargaCliente | null {
  const n = pending.nueva;
  const matches = rows.filter(
    (r) =>
      r.idSesion === n.idSesion &&
      r.operadora === n.operadora &&
      r.numeroCliente === n.numeroCliente &&
      r.monto === n.monto &&
      afterSubmit(r.fechaHora, r.id, pending),
  );
  return matches.reduce<RecargaCliente | null>(
    (oldest, r) => (oldest === null || r.id < oldest.id ? r : oldest),
    null,
  );
}

export function findInyeccion(
  rows: readonly InyeccionOperadora[],
  pending: PendingOperation<NuevaInyeccion>,
): InyeccionOperadora | null {
  const n = pending.nueva;
  const matches = rows.filter(
    (r) =>
      r.idSesion === n.idSesion &&
      r.operadora === n.operadora &&
      r.monto === n.monto &&
      afterSubmit(r.fechaHora, r.id, pending),
  );
  return matches.reduce<InyeccionOperadora | null>(
    (oldest, r) => (oldest === null || r.id < oldest.id ? r : oldest),
    null,
  );
}
