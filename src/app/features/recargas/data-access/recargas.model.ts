import { Cents } from '../../../shared/money';
import { SesionCaja } from '../../../core/session/caja.model';
import { OperadoraNombre } from './operadora';

export interface OperadoraSaldo {
  id: number;
  operadora: OperadoraNombre;
  saldo: Cents;
}

export interface RecargaCliente {
  id: number;
  operadora: OperadoraNombre;
  numeroCliente: string;
  monto: Cents;
  fechaHora: Date;
  idSesion: number;
  /** The cashier, when the row embeds its session. */
  idUsuario: number | null;
}

export interface InyeccionOperadora {
  id: number;
  operadora: OperadoraNombre;
  monto: Cents;
  fechaHora: Date;
  idSesion: number;
  idUsuario: number | null;
}

export interface NuevaRecarga {
  operadora: OperadoraNombre;
  numeroCliente: string;
  monto: Cents;
  idSesion: number;
}

export interface NuevaInyeccion {
  operadora: OperadoraNombre;
  monto: Cents;
  idSesion: number;
}

export type { SesionCaja };
