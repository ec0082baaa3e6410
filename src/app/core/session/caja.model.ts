import { Cents, parseWireMoney, parseWireMoneyOrNull } from '../../shared/money';
import { CajaDto, EspecialidadCaja, EstadoSesion, SesionCajaDto } from './caja.dto';

export interface Caja {
  id: number;
  nombre: string;
  especialidad: EspecialidadCaja;
  saldo: Cents;
}

export interface SesionCaja {
  id: number;
  idCaja: number;
  idUsuario: number;
  montoInicial: Cents;
  montoFinalTeorico: Cents | null;
  montoFinalReal: Cents | null;
  diferencia: Cents | null;
  estado: EstadoSesion;
  fechaApertura: Date;
  fechaCierre: Date | null;
  caja: Caja | null;
}

export function toCaja(dto: CajaDto): Caja {
  return {
    id: dto.id,
    nombre: dto.nombre,
    especialidad: dto.especialidad,
    saldo: parseWireMoney(dto.saldo),
  };
}

/** Closing answers carry float noise (454.55999999999995): rounded to the cent here, once. */
export function toSesionCaja(dto: SesionCajaDto): SesionCaja {
  return {
    id: dto.id,
    idCaja: dto.id_caja,
    idUsuario: dto.id_usuario,
    montoInicial: parseWireMoney(dto.monto_inicial),
    montoFinalTeorico: parseWireMoneyOrNull(dto.monto_final_teorico),
    montoFinalReal: parseWireMoneyOrNull(dto.monto_final_real),
    diferencia: parseWireMoneyOrNull(dto.diferencia),
    estado: dto.estado_sesion,
    fechaApertura: new Date(dto.fecha_apertura),
    fechaCierre: dto.fecha_cierre ? new Date(dto.fecha_cierre) : null,
    caja: dto.caja ? toCaja(dto.caja) : null,
  };
}
