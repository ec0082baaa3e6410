import { Cents } from '../../../../shared/money';
import { OperadoraNombre } from '../operadora';
import {
  InyeccionOperadora,
  NuevaInyeccion,
  NuevaRecarga,
  RecargaCliente,
} from '../recargas.model';

export type OperacionTipo = 'recarga' | 'inyeccion';

/**
 * Where an operation of this till stands:
 * - sending: the POST left and no verdict was recorded (a reload or a closed tab mid-request
 *   leaves it here: after a reload it counts as unknown until checked);
 * - applied: the service has the row (its answer, or the history after a lost answer);
 * - not-applied: the answer was lost and the history did not show the row; provisional while
 *   `watchUntil` is ahead, since the service may still commit it;
 * - unknown: the history could not be read, or could not tell the row apart.
 */
export type LedgerEstado = 'sending' | 'applied' | 'not-applied' | 'unknown';

/**
 * One operation this device sent, as kept in IndexedDB: ids, number and amount only (no
 * name, no credential). Times are epoch milliseconds.
 */
export interface LedgerOp {
  /** Client-side id of the intent. */
  key: string;
  tipo: OperacionTipo;
  userId: number;
  sesionId: number;
  operadora: OperadoraNombre;
  /** The client's number; '' for an injection. */
  numero: string;
  monto: Cents;
  /** Highest service id of this kind known when it was sent: only a higher id can be it. */
  baselineId: number | null;
  sentAt: number;
  estado: LedgerEstado;
  /** The service's row once known. */
  rowId: number | null;
  rowAt: number | null;
  /** Applied after a lost answer (found in the history). */
  reconciled: boolean;
  /** Found after the cashier had been told "no se aplicó": to be announced until seen. */
  late: boolean;
  announced: boolean;
  /** When the history was read for it. */
  checks: number[];
  /** A not-applied verdict is watched until then. */
  watchUntil: number | null;
}

export type NuevaOperacion =
  { tipo: 'recarga'; nueva: NuevaRecarga } | { tipo: 'inyeccion'; nueva: NuevaInyeccion };

/** Checks of a not-applied verdict, after the loss: the service may commit late. */
export const WATCH_CHECKS_MS = [5_000, 30_000, 2 * 60_000, 10 * 60_000] as const;
/** How long a not-applied verdict is watched. */
export const WATCH_SPAN_MS = WATCH_CHECKS_MS[WATCH_CHECKS_MS.length - 1];
/** Sessions older than this are pruned from the device. */
export const LEDGER_KEEP_MS = 35 * 24 * 60 * 60_000;

export function newLedgerOp(
  op: NuevaOperacion,
  userId: number,
  baselineId: number | null,
  now: number,
  key: string,
): LedgerOp {
  return {
    key,
    tipo: op.tipo,
    userId,
    sesionId: op.nueva.idSesion,
    operadora: op.nueva.operadora,
    numero: op.tipo === 'recarga' ? op.nueva.numeroCliente : '',
    monto: op.nueva.monto,
    baselineId,
    sentAt: now,
    estado: 'sending',
    rowId: null,
    rowAt: null,
    reconciled: false,
    late: false,
    announced: false,
    checks: [],
    watchUntil: null,
  };
}

export function nuevaOf(op: LedgerOp): NuevaOperacion {
  const base = { operadora: op.operadora, monto: op.monto, idSesion: op.sesionId };
  return op.tipo === 'recarga'
    ? { tipo: 'recarga', nueva: { ...base, numeroCliente: op.numero } }
    : { tipo: 'inyeccion', nueva: base };
}

/** The service row an applied top-up stands for (what the recent list and receipts show). */
export function recargaOf(op: LedgerOp): RecargaCliente | null {
  if (op.tipo !== 'recarga' || op.estado !== 'applied' || op.rowId === null) return null;
  return {
    id: op.rowId,
    operadora: op.operadora,
    numeroCliente: op.numero,
    monto: op.monto,
    fechaHora: new Date(op.rowAt ?? op.sentAt),
    idSesion: op.sesionId,
    idUsuario: op.userId,
  };
}

export function inyeccionOf(op: LedgerOp): InyeccionOperadora | null {
  if (op.tipo !== 'inyeccion' || op.estado !== 'applied' || op.rowId === null) return null;
  return {
    id: op.rowId,
    operadora: op.operadora,
    monto: op.monto,
    fechaHora: new Date(op.rowAt ?? op.sentAt),
    idSesion: op.sesionId,
    idUsuario: op.userId,
  };
}

/** Not applied, and the service may still commit it. */
export function isWatched(op: LedgerOp, now: number): boolean {
  return op.estado === 'not-applied' && op.watchUntil !== null && op.watchUntil > now;
}

/** Blocks its number (or every injection) until a check resolves it. */
export function isUnresolved(op: LedgerOp): boolean {
  return op.estado === 'unknown' || op.estado === 'sending';
}

/** When the loss happened, from the end of the watch. */
export function lostAt(op: LedgerOp): number {
  return (op.watchUntil ?? op.sentAt) - WATCH_SPAN_MS;
}

/** The next time a check of this not-applied operation is due, or null when the watch is over. */
export function nextCheck(op: LedgerOp): number | null {
  if (op.estado !== 'not-applied' || op.watchUntil === null) return null;
  const lost = lostAt(op);
  const last = op.checks.length ? Math.max(...op.checks) : 0;
  const due = WATCH_CHECKS_MS.map((o) => lost + o).find((t) => t > last);
  return due ?? null;
}

export const isTipo =
  (tipo: OperacionTipo) =>
  (op: LedgerOp): boolean =>
    op.tipo === tipo;

/** Same session, kind, operator, number and amount: one row could be either's. */
export function sameOperation(a: LedgerOp, b: LedgerOp): boolean {
  return (
    a.sesionId === b.sesionId &&
    a.tipo === b.tipo &&
    a.operadora === b.operadora &&
    a.numero === b.numero &&
    a.monto === b.monto
  );
}
