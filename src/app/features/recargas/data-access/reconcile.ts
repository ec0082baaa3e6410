import { LedgerOp, nuevaOf } from './ledger/ledger.model';
import { NuevaInyeccion, NuevaRecarga, InyeccionOperadora, RecargaCliente } from './recargas.model';

/** What was sent, and what was known when it was sent. */
export interface PendingOperation<N> {
  nueva: N;
  /**
   * The highest row id known at submit time (ids are serial): only a higher id can be the lost
   * operation. Null when this device knows no id yet: then the row is found only when it is the
   * one row of the session this device cannot account for (see reconcile below).
   */
  baselineId: number | null;
  /** Ids of rows this app already reported to the cashier: never the lost one. */
  reportedIds: ReadonlySet<number>;
}

export type Reconciliation<T> =
  { kind: 'found'; row: T } | { kind: 'absent' } | { kind: 'ambiguous' };

interface Row {
  id: number;
  fechaHora: Date;
  idSesion: number;
}

/**
 * Decides from a history read AFTER the failure whether the lost operation was applied. With
 * a baseline the answer is exact. Without one (a device that has seen no id yet) the row is
 * found only when it is the one row of the session this device cannot account for; any other
 * unaccounted row of the session (another device, an older identical sale) makes it
 * "ambiguous": the cashier gets "Estado desconocido" rather than a guess (a wrong "confirmed"
 * loses a sale, a wrong "not applied" doubles one). Never the clock.
 */
function reconcile<T extends Row>(
  rows: readonly T[],
  same: (r: T) => boolean,
  pending: PendingOperation<{ idSesion: number }>,
): Reconciliation<T> {
  const unaccounted = rows.filter(
    (r) => r.idSesion === pending.nueva.idSesion && !pending.reportedIds.has(r.id),
  );
  const candidates = unaccounted.filter(same);
  if (pending.baselineId !== null) {
    const after = candidates.filter((r) => r.id > pending.baselineId!);
    if (after.length === 0) return { kind: 'absent' };
    return { kind: 'found', row: after.reduce((a, b) => (b.id < a.id ? b : a)) };
  }
  if (candidates.length === 0) return { kind: 'absent' };
  return unaccounted.length === 1 ? { kind: 'found', row: candidates[0] } : { kind: 'ambiguous' };
}

export function findRecarga(
  rows: readonly RecargaCliente[],
  pending: PendingOperation<NuevaRecarga>,
): Reconciliation<RecargaCliente> {
  const n = pending.nueva;
  return reconcile(
    rows,
    (r) =>
      r.operadora === n.operadora && r.numeroCliente === n.numeroCliente && r.monto === n.monto,
    pending,
  );
}

export function findInyeccion(
  rows: readonly InyeccionOperadora[],
  pending: PendingOperation<NuevaInyeccion>,
): Reconciliation<InyeccionOperadora> {
  const n = pending.nueva;
  return reconcile(rows, (r) => r.operadora === n.operadora && r.monto === n.monto, pending);
}

/** The highest id among rows, or null when the rows are not known. */
export function maxId(rows: readonly { id: number }[] | null): number | null {
  if (rows === null) return null;
  let max = 0;
  for (const r of rows) if (r.id > max) max = r.id;
  return max;
}

/** Matches a ledger operation against history rows read after its loss. */
export function findOperation(
  op: LedgerOp,
  rows: readonly (RecargaCliente | InyeccionOperadora)[],
  reportedIds: ReadonlySet<number>,
): Reconciliation<RecargaCliente | InyeccionOperadora> {
  const { tipo, nueva } = nuevaOf(op);
  const pending = { nueva, baselineId: op.baselineId, reportedIds };
  return tipo === 'recarga'
    ? findRecarga(rows as readonly RecargaCliente[], pending as PendingOperation<NuevaRecarga>)
    : findInyeccion(
        rows as readonly InyeccionOperadora[],
        pending as PendingOperation<NuevaInyeccion>,
      );
}
