import { UsuarioAnswerDto, UsuarioDto } from '../../app/core/users/usuarios.dto';
import { ApiFailure, json } from '../errors';
import { MockUser, USERS } from '../users';
import { audit } from '../wire';
import { MockContext } from './context';
import { intParam, route } from './route';

/**
 * `GET /usuario/:id` and `GET /usuario` as the service answers them: an unknown id is a 200
 * with `data: null`, and every user carries its password hash (the app must drop it).
 */
export function usuariosHandlers(ctx: MockContext, users: () => readonly MockUser[] = () => USERS) {
  const createdAt = () => ctx.db.state.seededAt;
  return [
    route(ctx, 'get', '/usuario', () => {
      const list = users();
      if (list.length === 0) throw new ApiFailure(404, 'No existen datos de usuarios');
      const answer: UsuarioAnswerDto<UsuarioDto[]> = {
        status: 200,
        message: 'Listado de usuarios registradas!',
        data: list.map((u) => usuarioDto(u, createdAt(), false)),
      };
      return json(answer);
    }),
    route(ctx, 'get', '/usuario/:id', ({ params }) => {
      const id = intParam(params['id']);
      const user = users().find((u) => u.id === id);
      const answer: UsuarioAnswerDto<UsuarioDto | null> = {
        status: 200,
        message: 'Usuario encontrado!',
        data: user ? usuarioDto(user, createdAt(), true) : null,
      };
      return json(answer);
    }),
  ];
}

/** The service's user row, hash included; the role is joined on `/usuario/:id` only. */
function usuarioDto(user: MockUser, createdAt: number, withRole: boolean): UsuarioDto {
  const dto: UsuarioDto = {
    ...audit(null, null, createdAt),
    id: user.id,
    name: user.name,
    email: user.email,
    password: user.passwordHash,
    persona: { ...audit(null, null, createdAt), ...user.persona },
  };
  if (withRole) dto.role = { id: user.role.id, nombre: user.role.nombre };
  return dto;
}
