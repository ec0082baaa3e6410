import { SesionCajaDto } from '../../../core/session/caja.dto';
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

/** What a top-up row and an injection row share once mapped. */
type Movimiento = Pick<RecargaCliente, 'id' | 'monto' | 'fechaHora' | 'idSesion' | 'idUsuario'>;

/**
 * The part both rows map alike: the amount parsed here, once, to cents; the time; the session;
 * the cashier: the embedded session's, else the row's creator, `id_user_create` (a POST's
 * answer embeds no session). The embedded session itself is
 * dropped (rows keep only these fields: memory at 100k rows).
 */
function toMovimiento(
  dto: Pick<RecargaClienteDto, 'id' | 'monto' | 'fecha_hora' | 'id_user_create'>,
  idSesion: number,
  sesion: SesionCajaDto | undefined,
): Movimiento {
  return {
    id: dto.id,
    monto: parseWireMoney(dto.monto),
    fechaHora: new Date(dto.fecha_hora),
    idSesion,
    idUsuario: sesion?.id_usuario ?? dto.id_user_create ?? null,
  };
}

export function toRecargaCliente(dto: RecargaClienteDto): RecargaCliente {
  return {
    ...toMovimiento(dto, dto.id_caja_sesion, dto.caja_sesion),
    operadora: dto.operadora,
    numeroCliente: dto.numero_cliente,
  };
}

/** An injection names its session `id_caja_origen` and embeds it as `caja_origen`. */
export function toInyeccionOperadora(dto: InyeccionOperadoraDto): InyeccionOperadora {
  return {
    ...toMovimiento(dto, dto.id_caja_origen, dto.caja_origen),
    operadora: dto.operadora_destino,
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
