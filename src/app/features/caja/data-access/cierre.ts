import { Cents } from '../../../shared/money';
import { InyeccionOperadora, RecargaCliente } from '../../recargas/data-access/recargas.model';
import { ResumenSesion } from '../../recargas/data-access/resumen-sesion';

export { resumirSesion } from '../../recargas/data-access/resumen-sesion';
export type { OperadoraResumen, ResumenSesion } from '../../recargas/data-access/resumen-sesion';

export interface CuadreCaja {
  inicial: Cents;
  ingresos: Cents;
  egresos: Cents;
  /** What the till's running total holds beyond this session's operations (other movements). */
  otros: Cents;
  esperado: Cents;
}

/**
 * The cash the drawer should hold: initial + top-ups - injections, plus other movements when
 * the service's till balance says so (its balance is a running total of the till).
 */
export function cuadrar(
  inicial: Cents,
  resumen: ResumenSesion,
  saldoCaja: Cents | null,
): CuadreCaja {
  const calculado = (inicial + resumen.montoRecargas - resumen.montoInyecciones) as Cents;
  const esperado = saldoCaja ?? calculado;
  return {
    inicial,
    ingresos: resumen.montoRecargas,
    egresos: resumen.montoInyecciones,
    otros: (esperado - calculado) as Cents,
    esperado,
  };
}

/** A row on one side only: the service's history, or this device's ledger. */
export interface Discrepancia {
  tipo: 'recarga' | 'inyeccion';
  /** `servicio`: the service has it and the ledger does not (a late commit, another device). */
  origen: 'servicio' | 'equipo';
  id: number;
  operadora: RecargaCliente['operadora'];
  numeroCliente: string | null;
  monto: Cents;
  fechaHora: Date;
}

interface Rows {
  recargas: readonly RecargaCliente[];
  inyecciones: readonly InyeccionOperadora[];
}

/** Where the service's rows of a session and this device's ledger disagree, oldest first. */
export function discrepancias(idSesion: number, servicio: Rows, equipo: Rows): Discrepancia[] {
  const out: Discrepancia[] = [];
  const side = <T extends RecargaCliente | InyeccionOperadora>(
    tipo: Discrepancia['tipo'],
    mine: readonly T[],
    theirs: readonly T[],
    origen: Discrepancia['origen'],
  ) => {
    const ids = new Set(theirs.map((r) => r.id));
    for (const r of mine)
      if (r.idSesion === idSesion && !ids.has(r.id))
        out.push({
          tipo,
          origen,
          id: r.id,
          operadora: r.operadora,
          numeroCliente: 'numeroCliente' in r ? r.numeroCliente : null,
          monto: r.monto,
          fechaHora: r.fechaHora,
        });
  };
  side('recarga', servicio.recargas, equipo.recargas, 'servicio');
  side('inyeccion', servicio.inyecciones, equipo.inyecciones, 'servicio');
  side('recarga', equipo.recargas, servicio.recargas, 'equipo');
  side('inyeccion', equipo.inyecciones, servicio.inyecciones, 'equipo');
  return out.sort((a, b) => a.fechaHora.getTime() - b.fechaHora.getTime() || a.id - b.id);
}
