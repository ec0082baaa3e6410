import { EspecialidadCaja } from '../app/core/session/caja.dto';
import { OperadoraNombre } from './operadoras';

/**
 * The mock's stored state: compact rows (money in integer cents, dates in epoch ms) so that
 * 100,000 history rows fit in IndexedDB; wire objects are built only when answering.
 */
export interface CajaRow {
  id: number;
  nombre: string;
  especialidad: EspecialidadCaja;
  saldo: number;
  createdAt: number;
  updatedAt: number;
}

export interface SesionRow {
  id: number;
  idCaja: number;
  idUsuario: number;
  montoInicial: number;
  teorico: number | null;
  real: number | null;
  diferencia: number | null;
  abierta: boolean;
  apertura: number;
  cierre: number | null;
  userCreate: number | null;
  userUpdate: number | null;
  updatedAt: number;
}

export interface OperadoraRow {
  id: number;
  nombre: OperadoraNombre;
  saldo: number;
  createdAt: number;
  updatedAt: number;
}

/** A top-up; it is also the session's INGRESO cash movement (no other movement exists here). */
export interface RecargaRow {
  id: number;
  operadora: OperadoraNombre;
  numero: string;
  monto: number;
  fecha: number;
  sesion: number;
  user: number;
}

/** An injection; it is also the session's EGRESO cash movement. */
export interface InyeccionRow {
  id: number;
  operadora: OperadoraNombre;
  monto: number;
  fecha: number;
  sesion: number;
  user: number;
}

export interface DbState {
  version: 1;
  /** When the seed was made: the fixed creation date of users, tills and operators. */
  seededAt: number;
  cajas: CajaRow[];
  sesiones: SesionRow[];
  operadoras: OperadoraRow[];
  recargas: RecargaRow[];
  inyecciones: InyeccionRow[];
}

export type HistoryTable = 'recargas' | 'inyecciones';

export function nextId(rows: readonly { id: number }[]): number {
  let max = 0;
  for (const row of rows) if (row.id > max) max = row.id;
  return max + 1;
}
