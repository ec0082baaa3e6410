import { formatBs } from '../../../shared/money';
import { FlowWords } from './flow-texts';
import { LedgerOp } from './ledger/ledger.model';
import { ConfirmData } from './read-back';
import { NuevaInyeccion } from './recargas.model';

export const INYECCION_WORDS: FlowWords<NuevaInyeccion> = {
  what: (n) => `${n.operadora} por ${formatBs(n.monto)}`,
  done: 'Inyección registrada',
  confirmed: 'Inyección confirmada',
  notApplied: 'La inyección no se aplicó',
  retry: 'El efectivo no salió de la caja; puedes intentarla de nuevo.',
};

export function inyeccionReadBack(n: NuevaInyeccion, watched: readonly LedgerOp[]): ConfirmData {
  const risky = watched.some(
    (o) => o.tipo === 'inyeccion' && o.operadora === n.operadora && o.monto === n.monto,
  );
  return {
    title: 'Confirmar inyección',
    lines: [
      { label: 'Operadora', value: n.operadora },
      { label: 'Monto', value: formatBs(n.monto), big: true },
    ],
    warnings: [`El efectivo sale de la caja (EGRESO): ${formatBs(n.monto)} menos en el cajón.`],
    risk: risky
      ? `Una inyección idéntica (${n.operadora}, ${formatBs(n.monto)}) se dio por no aplicada y el servidor todavía podría registrarla. Si envías esta, el efectivo podría salir dos veces.`
      : null,
  };
}

/** The injection a ledger entry stands for. */
export function nuevaInyeccionOf(op: LedgerOp): NuevaInyeccion {
  return { operadora: op.operadora, monto: op.monto, idSesion: op.sesionId };
}

/** Why an injection may not leave now, or null when it may. */
export function inyeccionRefusal(ctx: {
  operadora: boolean;
  valid: boolean;
  offline: boolean;
}): string[] | null {
  if (!ctx.operadora) return ['Elige la operadora.'];
  if (!ctx.valid) return [];
  if (ctx.offline)
    return ['Sin conexión: la inyección no se envió. Espera a que vuelva la conexión.'];
  return null;
}
