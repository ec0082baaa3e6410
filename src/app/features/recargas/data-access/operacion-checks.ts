import { Cents, formatBs } from '../../../shared/money';
import { isOperadora } from './operadora';
import { NuevaInyeccion, NuevaRecarga } from './recargas.model';

export const MIN_RECARGA = 10 as Cents;
export const MIN_INYECCION = 100 as Cents;

/**
 * Last check before money leaves: whatever the form or a tampered caller passes, nothing
 * outside the contract is sent (the service accepts any number text and 3-decimal amounts).
 * Returns the Spanish reasons, empty when the operation may be sent.
 */
export function checkRecarga(r: NuevaRecarga): string[] {
  const reasons: string[] = [];
  if (!isOperadora(r.operadora)) reasons.push('La operadora no es válida (Tigo, Entel o Viva).');
  if (!/^[67]\d{7}$/.test(r.numeroCliente)) reasons.push('El número de celular no es válido.');
  reasons.push(...checkMonto(r.monto, MIN_RECARGA));
  if (!Number.isInteger(r.idSesion) || r.idSesion <= 0) reasons.push('No hay una caja abierta.');
  return reasons;
}

export function checkInyeccion(i: NuevaInyeccion): string[] {
  const reasons: string[] = [];
  if (!isOperadora(i.operadora)) reasons.push('La operadora no es válida (Tigo, Entel o Viva).');
  reasons.push(...checkMonto(i.monto, MIN_INYECCION));
  if (!Number.isInteger(i.idSesion) || i.idSesion <= 0) reasons.push('No hay una caja abierta.');
  return reasons;
}

function checkMonto(monto: Cents, min: Cents): string[] {
  if (!Number.isSafeInteger(monto)) return ['El monto no es válido.'];
  return monto < min ? [`El monto mínimo es ${formatBs(min)}.`] : [];
}
