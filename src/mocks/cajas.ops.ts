import {
  AbrirCajaRequestDto,
  CerrarCajaRequestDto,
  SesionCajaDto,
} from '../app/core/session/caja.dto';
import { MockDb } from './db';
import { ApiFailure } from './errors';
import { nextId, SesionRow } from './model';
import { decimalCents, money, moneyFloat } from './money';
import { audit, iso } from './wire';

const ADMIN_ROLES = ['Administrador', 'admin'];

/** Opening answers numbers (`monto_inicial: 500`), like abrir-caja.json. */
export function abrirCaja(
  db: MockDb,
  input: AbrirCajaRequestDto,
  roleName: string,
  now: number,
): SesionCajaDto {
  const caja = db.caja(input.id_caja);
  if (!caja) throw new ApiFailure(404, `Caja con ID ${input.id_caja} no encontrada`);
  if (db.openSesionOfUser(input.id_usuario)) {
    throw new ApiFailure(400, 'El usuario ya cuenta con una caja abierta');
  }
  if (db.openSesionOfCaja(caja.id))
    throw new ApiFailure(400, 'La caja ya tiene una sesión abierta');
  // An Operador starts with what the till holds, whatever it sends; an Administrador may set
  // the amount, and the till then holds what was counted into it.
  const chosen = ADMIN_ROLES.includes(roleName) ? input.monto_inicial : undefined;
  if (chosen !== undefined) {
    caja.saldo = decimalCents(chosen, 'round');
    caja.updatedAt = now;
  }
  const sesion: SesionRow = {
    id: nextId(db.state.sesiones),
    idCaja: caja.id,
    idUsuario: input.id_usuario,
    montoInicial: caja.saldo,
    teorico: null,
    real: null,
    diferencia: null,
    abierta: true,
    apertura: now,
    cierre: null,
    userCreate: input.id_user_create,
    userUpdate: null,
    updatedAt: now,
  };
  db.state.sesiones.push(sesion);
  return {
    ...audit(sesion.userCreate, null, now),
    id: sesion.id,
    monto_inicial: chosen ?? moneyFloat(sesion.montoInicial),
    monto_final_teorico: null,
    monto_final_real: null,
    diferencia: null,
    estado_sesion: 'ABIERTA',
    fecha_apertura: iso(now),
    fecha_cierre: null,
    id_caja: caja.id,
    id_usuario: sesion.idUsuario,
  };
}

/** Expected cash: starting cash + INGRESO - EGRESO, summed in floats like the service. */
export function montoTeorico(db: MockDb, sesion: SesionRow): number {
  let ingresos = 0;
  for (const r of db.state.recargas) if (r.sesion === sesion.id) ingresos += moneyFloat(r.monto);
  let egresos = 0;
  for (const i of db.state.inyecciones) if (i.sesion === sesion.id) egresos += moneyFloat(i.monto);
  return moneyFloat(sesion.montoInicial) + ingresos - egresos;
}

/**
 * Closing computes in floats as the service does (decimal strings read as JS numbers), so the
 * answer carries its noise (454.55999999999995) next to `monto_inicial` as a string; the stored
 * columns are decimal(12,2) and a later GET reads them rounded.
 */
export function cerrarCaja(
  db: MockDb,
  id: number,
  input: CerrarCajaRequestDto,
  now: number,
): SesionCajaDto {
  const sesion = db.sesion(id);
  if (!sesion) throw new ApiFailure(404, `Sesión de caja con ID ${id} no encontrada`);
  if (!sesion.abierta) throw new ApiFailure(400, 'La sesión ya está cerrada');
  const teorico = montoTeorico(db, sesion);
  const diferencia = input.monto_final_real - teorico;
  Object.assign(sesion, {
    abierta: false,
    teorico: decimalCents(teorico, 'round'),
    real: decimalCents(input.monto_final_real, 'round'),
    diferencia: decimalCents(diferencia, 'round'),
    cierre: now,
    userUpdate: input.id_user_update,
    updatedAt: now,
  } satisfies Partial<SesionRow>);
  return {
    ...audit(sesion.userCreate, input.id_user_update, sesion.apertura, now),
    id,
    monto_inicial: money(sesion.montoInicial),
    monto_final_teorico: teorico,
    monto_final_real: input.monto_final_real,
    diferencia,
    estado_sesion: 'CERRADA',
    fecha_apertura: iso(sesion.apertura),
    fecha_cierre: iso(now),
    id_caja: sesion.idCaja,
    id_usuario: sesion.idUsuario,
  };
}
