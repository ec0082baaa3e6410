import { CajaDto, SesionCajaDto } from '../app/core/session/caja.dto';
import {
  InyeccionOperadoraDto,
  OperadoraSaldoDto,
  RecargaClienteDto,
} from '../app/features/recargas/data-access/recargas.dto';
import { AuditFieldsDto } from '../app/shared/audit.dto';
import { money } from './money';
import { CajaRow, DbState, InyeccionRow, OperadoraRow, RecargaRow, SesionRow } from './model';

/** Stored rows to the GET shapes of the service: money as decimal strings, keys in its order. */
export const iso = (ms: number) => new Date(ms).toISOString();

export function audit(
  userCreate: number | null,
  userUpdate: number | null,
  createdAt: number,
  updatedAt = createdAt,
): AuditFieldsDto {
  return {
    estado: true,
    id_user_create: userCreate,
    id_user_update: userUpdate,
    created_at: iso(createdAt),
    updated_at: iso(updatedAt),
  };
}

const moneyOrNull = (cents: number | null) => (cents === null ? null : money(cents));

/** Without `caja`: neither sesion-activa nor the histories embed the till. */
export function sesionDto(s: SesionRow): SesionCajaDto {
  return {
    ...audit(s.userCreate, s.userUpdate, s.apertura, s.updatedAt),
    id: s.id,
    monto_inicial: money(s.montoInicial),
    monto_final_teorico: moneyOrNull(s.teorico),
    monto_final_real: moneyOrNull(s.real),
    diferencia: moneyOrNull(s.diferencia),
    estado_sesion: s.abierta ? 'ABIERTA' : 'CERRADA',
    fecha_apertura: iso(s.apertura),
    fecha_cierre: s.cierre === null ? null : iso(s.cierre),
    id_caja: s.idCaja,
    id_usuario: s.idUsuario,
  };
}

export function cajaDto(c: CajaRow): CajaDto {
  return {
    ...audit(null, null, c.createdAt, c.updatedAt),
    id: c.id,
    nombre: c.nombre,
    especialidad: c.especialidad,
    saldo: money(c.saldo),
  };
}

export function operadoraDto(o: OperadoraRow): OperadoraSaldoDto {
  return {
    ...audit(null, null, o.createdAt, o.updatedAt),
    id: o.id,
    nombre_operadora: o.nombre,
    saldo_actual: money(o.saldo),
  };
}

/** Newest first; rows of one session share one embedded object (JSON repeats it per row). */
function history<R extends RecargaRow | InyeccionRow, D>(
  state: DbState,
  rows: readonly R[],
  toDto: (row: R, sesion: SesionCajaDto) => D,
): D[] {
  const sesiones = new Map(state.sesiones.map((s) => [s.id, s]));
  const embedded = new Map<number, SesionCajaDto>();
  const sesion = (id: number) => {
    let dto = embedded.get(id);
    if (!dto) embedded.set(id, (dto = sesionDto(sesiones.get(id) as SesionRow)));
    return dto;
  };
  return [...rows]
    .sort((a, b) => b.fecha - a.fecha || b.id - a.id)
    .map((row) => toDto(row, sesion(row.sesion)));
}

export function recargasHistory(state: DbState): RecargaClienteDto[] {
  return history(state, state.recargas, (r, caja_sesion) => ({
    ...audit(r.user, null, r.fecha),
    id: r.id,
    operadora: r.operadora,
    numero_cliente: r.numero,
    monto: money(r.monto),
    fecha_hora: iso(r.fecha),
    caja_sesion,
    id_caja_sesion: r.sesion,
  }));
}

export function inyeccionesHistory(state: DbState): InyeccionOperadoraDto[] {
  return history(state, state.inyecciones, (r, caja_origen) => ({
    ...audit(r.user, null, r.fecha),
    id: r.id,
    operadora_destino: r.operadora,
    monto: money(r.monto),
    fecha_hora: iso(r.fecha),
    caja_origen,
    id_caja_origen: r.sesion,
  }));
}
