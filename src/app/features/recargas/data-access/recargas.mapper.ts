import { parseWireMoney, toWireNumber } from '../../../shared/money';
import {
  InyeccionOperadoraDto,
  InyeccionRequestDto,
  OperadoraSaldoDto,
  RecargaClienteDto,
  RecargaClienteRequestDto,
} from './recargas.dto';
import {
  InyeccionOperadora,
  NuevaInyeccion,
  NuevaRecarga,
  OperadoraSaldo,
  RecargaCliente,
} from './recargas.model';

export function toOperadoraSaldo(dto: OperadoraSaldoDto): OperadoraSaldo {
  return { id: dto.id, operadora: dto.nombre_operadora, saldo: parseWireMoney(dto.saldo_actual) };
}

/** History rows keep only these fields: the embedded session is dropped (memory at 100k rows). */
export function toRecargaCliente(dto: RecargaClienteDto): RecargaCliente {
  return {
    id: dto.id,
    operadora: dto.operadora,
    numeroCliente: dto.numero_cliente,
    monto: parseWireMoney(dto.monto),
    fechaHora: new Date(dto.fecha_hora),
    idSesion: dto.id_caja_sesion,
    idUsuario: dto.caja_sesion?.id_usuario ?? null,
  };
}

export function toInyeccionOperadora(dto: InyeccionOperadoraDto): InyeccionOperadora {
  return {
    id: dto.id,
    operadora: dto.operadora_destino,
    monto: parseWireMoney(dto.monto),
    fechaHora: new Date(dto.fecha_hora),
    idSesion: dto.id_caja_origen,
    idUsuario: dto.caja_origen?.id_usuario ?? null,
  };
}

/** Exactly the four fields of the contract: the service refuses any other property. */
export function toRecargaRequest(r: NuevaRecarga): RecargaClienteRequestDto {
  return {
    operadora: r.operadora,
    numero_cliente: r.numeroCliente,
    monto: toWireNumber(r.monto),
    id_caja_sesion: r.idSesion,
  };
}

export function toInyeccionRequest(i: NuevaInyeccion): InyeccionRequestDto {
  return {
    operadora_destino: i.operadora,
    monto: toWireNumber(i.monto),
    id_caja_sesion: i.idSesion,
  };
}
