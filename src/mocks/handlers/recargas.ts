import {
  InyeccionRequestDto,
  RecargaClienteRequestDto,
} from '../../app/features/recargas/data-access/recargas.dto';
import { json } from '../errors';
import { registrarInyeccion, registrarRecarga } from '../recargas.ops';
import { INYECCION_RULES, RECARGA_RULES, validated } from '../validation';
import { historyAnswer, operadoraDto } from '../wire';
import { commit, MockContext } from './context';
import { route } from './route';

/** No recargas route checks the role: any signed-in user may call them. */
export function recargasHandlers(ctx: MockContext) {
  const { db } = ctx;
  return [
    route(ctx, 'get', '/recargas/operadoras/saldos', () =>
      json([...db.state.operadoras].sort((a, b) => a.id - b.id).map(operadoraDto)),
    ),
    route(ctx, 'post', '/recargas/cliente', async ({ body, caller }) => {
      const input = validated<RecargaClienteRequestDto>(body, RECARGA_RULES);
      const answer = registrarRecarga(db, input, caller.id, ctx.now());
      await commit(ctx, 'saldo_actualizado');
      return json(answer, 201);
    }),
    route(ctx, 'post', '/recargas/inyeccion', async ({ body, caller }) => {
      const input = validated<InyeccionRequestDto>(body, INYECCION_RULES);
      const answer = registrarInyeccion(db, input, caller.id, ctx.now());
      await commit(ctx, 'saldo_actualizado');
      return json(answer, 201);
    }),
    // Express's defaults: a weak ETag, and 304 without a body when If-None-Match matches.
    route(ctx, 'get', '/recargas/historial/clientes', ({ request }) =>
      historyAnswer(request, db.state, 'recargas'),
    ),
    route(ctx, 'get', '/recargas/historial/inyecciones', ({ request }) =>
      historyAnswer(request, db.state, 'inyecciones'),
    ),
  ];
}
