import { Cents } from '../../../shared/money';
import { OPERADORAS, OperadoraNombre } from './operadora';
import { InyeccionOperadora, RecargaCliente } from './recargas.model';

export interface OperadoraResumen {
  operadora: OperadoraNombre;
  recargas: number;
  montoRecargas: Cents;
  inyecciones: number;
  montoInyecciones: Cents;
}

/** A session's operations, per operator and in total, in integer cents. */
export interface ResumenSesion {
  porOperadora: OperadoraResumen[];
  recargas: number;
  montoRecargas: Cents;
  inyecciones: number;
  montoInyecciones: Cents;
  /** Top-ups are cash in, injections cash out. */
  neto: Cents;
}

export function resumirSesion(
  idSesion: number,
  recargas: readonly RecargaCliente[],
  inyecciones: readonly InyeccionOperadora[],
): ResumenSesion {
  const por = new Map<OperadoraNombre, OperadoraResumen>(
    OPERADORAS.map((operadora) => [
      operadora,
      {
        operadora,
        recargas: 0,
        montoRecargas: 0 as Cents,
        inyecciones: 0,
        montoInyecciones: 0 as Cents,
      },
    ]),
  );
  for (const r of recargas) {
    const row = r.idSesion === idSesion ? por.get(r.operadora) : undefined;
    if (!row) continue;
    row.recargas++;
    row.montoRecargas = (row.montoRecargas + r.monto) as Cents;
  }
  for (const i of inyecciones) {
    const row = i.idSesion === idSesion ? por.get(i.operadora) : undefined;
    if (!row) continue;
    row.inyecciones++;
    row.montoInyecciones = (row.montoInyecciones + i.monto) as Cents;
  }
  const porOperadora = [...por.values()];
  const sum = (f: (o: OperadoraResumen) => number) => porOperadora.reduce((t, o) => t + f(o), 0);
  const montoRecargas = sum((o) => o.montoRecargas) as Cents;
  const montoInyecciones = sum((o) => o.montoInyecciones) as Cents;
  return {
    porOperadora,
    recargas: sum((o) => o.recargas),
    montoRecargas,
    inyecciones: sum((o) => o.inyecciones),
    montoInyecciones,
    neto: (montoRecargas - montoInyecciones) as Cents,
  };
}
