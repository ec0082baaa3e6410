import { AuditFieldsDto } from '../../../shared/audit.dto';
import { SesionCajaDto, WireMoney } from '../../../core/session/caja.dto';
import { OperadoraNombre } from './operadora';

export interface OperadoraSaldoDto extends AuditFieldsDto {
  id: number;
  nombre_operadora: OperadoraNombre;
  saldo_actual: WireMoney;
}

export interface RecargaClienteDto extends AuditFieldsDto {
  id: number;
  operadora: OperadoraNombre;
  numero_cliente: string;
  monto: WireMoney;
  fecha_hora: string;
  id_caja_sesion: number;
  caja_sesion?: SesionCajaDto;
}

export interface InyeccionOperadoraDto extends AuditFieldsDto {
  id: number;
  operadora_destino: OperadoraNombre;
  monto: WireMoney;
  fecha_hora: string;
  /** The session id, despite the name. */
  id_caja_origen: number;
  caja_origen?: SesionCajaDto;
}

/** Exactly the fields the service accepts: any other property is a 400. */
export interface RecargaClienteRequestDto {
  operadora: OperadoraNombre;
  numero_cliente: string;
  monto: number;
  id_caja_sesion: number;
}

export interface InyeccionRequestDto {
  operadora_destino: OperadoraNombre;
  monto: number;
  id_caja_sesion: number;
}
