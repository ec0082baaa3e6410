import {
  InyeccionOperadoraDto,
  InyeccionRequestDto,
  RecargaClienteDto,
  RecargaClienteRequestDto,
} from '../app/features/recargas/data-access/recargas.dto';
import { MockDb } from './db';
import { ApiFailure } from './errors';
import { CajaRow, nextId, SesionRow } from './model';
import { decimalCents, money, moneyFloat } from './money';
import { audit, iso } from './wire';

/**
 * Top-up and injection as the service runs them in one transaction: every check first, then
 * every change, so a refusal leaves pools, till and history untouched.
 */
function openSesionWithCaja(db: MockDb, idSesion: number): { sesion: SesionRow; caja: CajaRow } {
  const sesion = db.sesion(idSesion);
  if (!sesion?.abierta) throw new ApiFailure(400, 'La sesión de caja no existe o no está ABIERTA.');
  const caja = db.caja(sesion.idCaja);
  if (!caja) throw new ApiFailure(400, 'La sesión no tiene una caja física asociada.');
  return { sesion, caja };
}

export function registrarRecarga(
  db: MockDb,
  input: RecargaClienteRequestDto,
  userId: number,
  now: number,
): RecargaClienteDto {
  const { sesion, caja } = openSesionWithCaja(db, input.id_caja_sesion);
  const pool = db.operadora(input.operadora);
  if (!pool) throw new ApiFailure(404, `La operadora ${input.operadora} no está registrada.`);
  // The service compares floats read from decimal columns: keep that, not integer cents.
  if (moneyFloat(pool.saldo) < input.monto) {
    throw new ApiFailure(
      400,
      `Saldo insuficiente para la operadora ${input.operadora}. Saldo actual: ${money(pool.saldo)}`,
    );
  }
  // The 10.555 quirk: record and till keep 10.56, the pool loses 10.55.
  const monto = decimalCents(input.monto, 'round');
  pool.saldo -= decimalCents(input.monto, 'trunc');
  pool.updatedAt = now;
  caja.saldo += monto;
  caja.updatedAt = now;
  const id = nextId(db.state.recargas);
  const { operadora, numero_cliente } = input;
  db.state.recargas.push({
    id,
    operadora,
    numero: numero_cliente,
    monto,
    fecha: now,
    sesion: sesion.id,
    user: userId,
  });
  return {
    ...audit(userId, null, now),
    id,
    operadora,
    numero_cliente,
    monto: input.monto,
    fecha_hora: iso(now),
    id_caja_sesion: sesion.id,
  };
}

export function registrarInyeccion(
  db: MockDb,
  input: InyeccionRequestDto,
  userId: number,
  now: number,
): InyeccionOperadoraDto {
  const { sesion, caja } = openSesionWithCaja(db, input.id_caja_sesion);
  if (moneyFloat(caja.saldo) < input.monto) {
    // The service prints the amount as a plain JS number: 120, 120.5, 430.56.
    throw new ApiFailure(
      400,
      'Fondos insuficientes en el saldo de la caja para realizar el fondeo. ' +
        `Saldo disponible: Bs. ${moneyFloat(caja.saldo)}`,
    );
  }
  const monto = decimalCents(input.monto, 'round');
  let pool = db.operadora(input.operadora_destino);
  if (!pool) {
    pool = {
      id: nextId(db.state.operadoras),
      nombre: input.operadora_destino,
      saldo: 0,
      createdAt: now,
      updatedAt: now,
    };
    db.state.operadoras.push(pool);
  }
  pool.saldo += monto;
  pool.updatedAt = now;
  caja.saldo -= monto;
  caja.updatedAt = now;
  const id = nextId(db.state.inyecciones);
  db.state.inyecciones.push({
    id,
    operadora: pool.nombre,
    monto,
    fecha: now,
    sesion: sesion.id,
    user: userId,
  });
  return {
    ...audit(userId, null, now),
    id,
    operadora_destino: pool.nombre,
    monto: input.monto,
    fecha_hora: iso(now),
    id_caja_origen: sesion.id,
  };
}
