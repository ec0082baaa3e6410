import { Cents, formatBs, parseTypedAmount } from '../../../shared/money';
import { groupPhone, normalizePhone } from '../../../shared/phone';
import type { ConfirmData } from '../ui/confirm-dialog';
import { OperadoraNombre } from './operadora';
import type { Verdict } from './operaciones.store';
import { NuevaRecarga, RecargaCliente } from './recargas.model';

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

/** The operator last used for a number (rows newest first): a suggestion, never a choice. */
export function lastOperadoraFor(
  rows: readonly RecargaCliente[] | null,
  numero: string | null,
): OperadoraNombre | null {
  if (!numero || !rows) return null;
  return rows.find((r) => r.numeroCliente === numero)?.operadora ?? null;
}

/** The read-back of a top-up, warning when the same number got the same amount minutes ago. */
export function recargaReadBack(
  n: NuevaRecarga,
  rows: readonly RecargaCliente[] | null,
  now: number,
): ConfirmData {
  const repeat = (rows ?? []).find(
    (r) =>
      r.idSesion === n.idSesion &&
      r.numeroCliente === n.numeroCliente &&
      r.monto === n.monto &&
      r.fechaHora.getTime() >= now - REPEAT_WINDOW_MS,
  );
  const minutes = repeat ? Math.max(1, Math.round((now - repeat.fechaHora.getTime()) / 60_000)) : 0;
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
  };
}

/** The form's text as the top-up to send, or null while anything is missing or invalid. */
export function toNuevaRecarga(
  raw: { numero: string; operadora: OperadoraNombre | null; monto: string },
  idSesion: number | undefined,
): NuevaRecarga | null {
  const numero = normalizePhone(raw.numero);
  const monto = parseTypedAmount(raw.monto);
  if (!numero.ok || monto === null || !raw.operadora || idSesion === undefined) return null;
  return { operadora: raw.operadora, numeroCliente: numero.numero, monto, idSesion };
}

/** What the cashier is told of a verdict: a status line, or alert lines. */
export function describeVerdict(
  v: Verdict<RecargaCliente>,
  n: NuevaRecarga,
): { status: string | null; errors: string[] } {
  const what = `${n.operadora} ${groupPhone(n.numeroCliente)} por ${formatBs(n.monto)}`;
  switch (v.kind) {
    case 'applied':
      return {
        status: `${v.reconciled ? 'Recarga confirmada' : 'Recarga realizada'}: ${what} (transacción #${v.record.id}).`,
        errors: [],
      };
    case 'refused':
      return { status: null, errors: [...v.error.messages] };
    case 'not-applied':
      return {
        status: null,
        errors: [`La recarga no se aplicó: ${what}. No se cobró; puedes intentarla de nuevo.`],
      };
    case 'unknown':
      // The blocking "Estado desconocido" panel says it all.
      return { status: null, errors: [] };
  }
}
