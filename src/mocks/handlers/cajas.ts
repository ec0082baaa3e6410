import { HttpResponse } from 'msw';
import { AbrirCajaRequestDto, CerrarCajaRequestDto } from '../../app/core/session/caja.dto';
import { abrirCaja, cerrarCaja } from '../cajas.ops';
import { ApiFailure, json } from '../errors';
import { money } from '../money';
import { ABRIR_RULES, CERRAR_RULES, validated } from '../validation';
import { cajaDto, sesionDto } from '../wire';
import { commit, MockContext } from './context';
import { intParam, route } from './route';

export function cajasHandlers(ctx: MockContext) {
  const { db } = ctx;
  return [
    route(ctx, 'get', '/cajas', () => json(db.state.cajas.map(cajaDto))),
    route(ctx, 'get', '/cajas/sesion-activa/:id_usuario', ({ params }) => {
      const idUsuario = intParam(params['id_usuario']);
      const sesion = db.openSesionOfUser(idUsuario);
      if (!sesion) throw new ApiFailure(404, `No hay sesión activa para el usuario ${idUsuario}`);
      return json(sesionDto(sesion));
    }),
    // A bare decimal as text/html: the till's running cash, not the session's.
    route(ctx, 'get', '/cajas/sesion/:id/balance', ({ params }) => {
      const id = intParam(params['id']);
      const sesion = db.sesion(id);
      const caja = sesion?.abierta ? db.caja(sesion.idCaja) : undefined;
      if (!caja) throw new ApiFailure(404, `Sesión de caja con ID ${id} no encontrada o inactiva`);
      return new HttpResponse(money(caja.saldo), {
        headers: { 'Content-Type': 'text/html; charset=utf-8' },
      });
    }),
    route(ctx, 'post', '/cajas/abrir', async ({ body, caller }) => {
      const input = validated<AbrirCajaRequestDto>(body, ABRIR_RULES);
      const answer = abrirCaja(db, input, caller.roleName, ctx.now());
      await commit(ctx, 'CAJA_ABIERTA');
      return json(answer, 201);
    }),
    route(ctx, 'patch', '/cajas/sesion/:id/cerrar', async ({ params, body }) => {
      const id = intParam(params['id']);
      const answer = cerrarCaja(
        db,
        id,
        validated<CerrarCajaRequestDto>(body, CERRAR_RULES),
        ctx.now(),
      );
      await commit(ctx, 'CAJA_CERRADA');
      return json(answer);
    }),
  ];
}
