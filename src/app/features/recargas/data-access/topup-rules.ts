import { formatBoDate } from '../../../shared/bo-date';
import { Cents, formatBs, parseTypedAmount } from '../../../shared/money';
import { groupPhone, normalizePhone } from '../../../shared/phone';
import type { ConfirmData } from './read-back';
import { OperadoraNombre } from './operadora';
import type { FlowWords } from './flow-texts';
import type { LedgerOp } from './ledger/ledger.model';
import { NuevaRecarga } from './recargas.model';

export const QUICK_AMOUNTS = [10, 15, 20, 30, 50, 100].map((bs) => (bs * 100) as Cents);
/** Same number and amount within this window: the read-back dialog warns of a repeat. */
export const REPEAT_WINDOW_MS = 10 * 60_000;

/** The amount's upper limit for an operator: its pool, or nothing when it has no row. */
export function poolLimit(
  operadora: OperadoraNombre | null,
  saldo: Cents | null,
  loaded: boolean,
): { limit: Cents; message: string } | null {
  if (!operadora || !loaded) return null;
  if (saldo === null)
    return {
      limit: 0 as Cents,
      message: `${operadora} no está registrada: inyecta saldo primero.`,
    };
  return {
    limit: saldo,
    message: `Saldo insuficiente de ${operadora}: disponible ${formatBs(saldo)}.`,
  };
}

/** A quick amount is offered only within the chosen operator's pool. */
export function quickAllowed(
  amount: Cents,
  operadora: OperadoraNombre | null,
  saldo: Cents | null,
): boolean {
  return operadora === null || (saldo !== null && amount <= saldo);
}

/**
 * The read-back of a top-up: a warning when the same number got the same amount minutes ago
 * in this session (`sales`: the ledger's operations of the session on this device), and a second, explicit confirmation when an identical top-up judged "not applied" may still
 * be committed by the service (`watched`).
 */
export function recargaReadBack(
  n: NuevaRecarga,
  sales: readonly LedgerOp[],
  watched: readonly LedgerOp[],
  now: number,
): ConfirmData {
  const risky = watched.find(
    (o) => o.tipo === 'recarga' && o.numero === n.numeroCliente && o.monto === n.monto,
  );
  // When it was sent by this device's clock, as `now` is: the service's own time of the row
  // may be minutes off the device's.
  const repeat = sales.find(
    (o) =>
      o.tipo === 'recarga' &&
      o.estado === 'applied' &&
      o.sesionId === n.idSesion &&
      o.numero === n.numeroCliente &&
      o.monto === n.monto &&
      o.sentAt >= now - REPEAT_WINDOW_MS,
  );
  const minutes = repeat ? Math.max(1, Math.round((now - repeat.sentAt) / 60_000)) : 0;
  return {
    title: 'Confirmar recarga',
    lines: [
      { label: 'Operadora', value: n.operadora },
      { label: 'Número', value: groupPhone(n.numeroCliente), big: true },
      { label: 'Monto', value: formatBs(n.monto) },
    ],
    warnings: repeat
      ? [
          `Atención: este número ya recibió ${formatBs(n.monto)} en esta caja hace ${minutes} min. ¿Es una recarga nueva?`,
        ]
      : [],
    risk: risky
      ? `Una recarga idéntica (${groupPhone(n.numeroCliente)}, ${formatBs(n.monto)}) se dio por no aplicada y el servidor todavía podría registrarla hasta las ${formatBoDate(new Date(risky.watchUntil ?? now), 'hora')}. Si envías esta, el cliente podría recibir dos recargas.`
      : null,
  };
}

/** The form's text as the top-up to send, or null while anything is missing or invalid. */
/** The same top-up: number, operator, amount and session. */
export function sameRecarga(a: NuevaRecarga, b: NuevaRecarga): boolean {
  return (
    a.numeroCliente === b.numeroCliente &&
    a.operadora === b.operadora &&
    a.monto === b.monto &&
    a.idSesion === b.idSesion
  );
}

export function toNuevaRecarga(
  raw: { numero: string; operadora: OperadoraNombre | null; monto: string },
  idSesion: number | undefined,
): NuevaRecarga | null {
  const numero = normalizePhone(raw.numero);
  const monto = parseTypedAmount(raw.monto);
  if (!numero.ok || monto === null || !raw.operadora || idSesion === undefined) return null;
  return { operadora: raw.operadora, numeroCliente: numero.numero, monto, idSesion };
}

export const RECARGA_WORDS: FlowWords<NuevaRecarga> = {
  what: (n) => `${n.operadora} ${groupPhone(n.numeroCliente)} por ${formatBs(n.monto)}`,
  done: 'Recarga realizada',
  confirmed: 'Recarga confirmada',
  notApplied: 'La recarga no se aplicó',
  retry: 'No se cobró; puedes intentarla de nuevo.',
};

/**
 * Why a top-up may not leave now, or null when it may: nothing valid to send, no connection,
 * or a top-up of unknown outcome to the same number (it could be applied: check it first).
 */
export function refusalBeforeSending(
  nueva: NuevaRecarga | null,
  ctx: { operadora: OperadoraNombre | null; offline: boolean; blocked: ReadonlySet<string> },
): string[] | null {
  if (!nueva) return ctx.operadora ? [] : ['Elige la operadora (teclas 1, 2 o 3).'];
  if (ctx.offline)
    return ['Sin conexión: la recarga no se envió. Espera a que vuelva la conexión.'];
  if (ctx.blocked.has(nueva.numeroCliente))
    return [
      `Hay una recarga a ${groupPhone(nueva.numeroCliente)} en estado desconocido: compruébala antes de volver a recargar ese número.`,
    ];
  return null;
}

/** The top-up a ledger entry stands for. */
export function nuevaOf(op: LedgerOp): NuevaRecarga {
  return {
    operadora: op.operadora,
    numeroCliente: op.numero,
    monto: op.monto,
    idSesion: op.sesionId,
  };
}
