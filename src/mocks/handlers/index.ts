import { authHandlers } from './auth';
import { cajasHandlers } from './cajas';
import { MockContext } from './context';
import { recargasHandlers } from './recargas';
import { notFoundRoute } from './route';

export function createHandlers(ctx: MockContext) {
  return [
    ...authHandlers(ctx),
    ...cajasHandlers(ctx),
    ...recargasHandlers(ctx),
    notFoundRoute(ctx),
  ];
}
