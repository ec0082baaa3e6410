import { authHandlers } from './auth';
import { cajasHandlers } from './cajas';
import { MockContext } from './context';
import { recargasHandlers } from './recargas';
import { notFoundRoute } from './route';
import { usuariosHandlers } from './usuarios';

export function createHandlers(ctx: MockContext) {
  return [
    ...authHandlers(ctx),
    ...cajasHandlers(ctx),
    ...recargasHandlers(ctx),
    ...usuariosHandlers(ctx),
    notFoundRoute(ctx),
  ];
}
