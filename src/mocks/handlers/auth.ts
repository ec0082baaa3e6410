import {
  AccessTokenPayload,
  LoginRequestDto,
  LoginResponseDto,
} from '../../app/core/auth/auth.dto';
import { ApiFailure, json } from '../errors';
import { bearer, REFRESH_TTL_SEC, signToken, verifyToken } from '../jwt';
import { findUser, MockUser, USERS } from '../users';
import { LOGIN_RULES, validated } from '../validation';
import { audit } from '../wire';
import { MockContext } from './context';
import { route } from './route';

export function authHandlers(ctx: MockContext) {
  const accessToken = (user: MockUser, withRole: boolean) => {
    const iat = Math.floor(ctx.now() / 1000);
    const exp = iat + ctx.config.read().tokenTtlSec;
    const payload: AccessTokenPayload = withRole
      ? {
          sub: user.id,
          username: user.name,
          roleName: user.role.nombre,
          roleId: user.role.id,
          iat,
          exp,
        }
      : { sub: user.id, username: user.name, iat, exp };
    return signToken('access', payload);
  };

  return [
    route(
      ctx,
      'post',
      '/auth/login',
      ({ body }) => {
        const { email, password } = validated<LoginRequestDto>(body, LOGIN_RULES);
        const user = USERS.find((u) => u.email === email);
        if (!user) throw new ApiFailure(404, 'Usuario no encontrado');
        if (user.password !== password) throw new ApiFailure(401, 'Contraseña incorrecta');
        const iat = Math.floor(ctx.now() / 1000);
        const answer: LoginResponseDto = {
          access_token: accessToken(user, true),
          refresh_token: signToken('refresh', { sub: user.id, iat, exp: iat + REFRESH_TTL_SEC }),
          user: loginUser(user, ctx.db.state.seededAt),
        };
        return json(answer, 201);
      },
      { open: true },
    ),
    route(
      ctx,
      'post',
      '/auth/refresh_token',
      ({ request }) => {
        const token = bearer(request);
        const claims = token ? verifyToken('refresh', token, ctx.now()) : null;
        const user = claims ? findUser(claims['sub'] as number) : undefined;
        if (!user) throw new ApiFailure(401, 'Invalid or expired refresh token');
        // The service's defect, on demand: the new access token lacks roleName.
        const withRole = !ctx.config.read().refreshDefect;
        return json({ access_token: accessToken(user, withRole) }, 201);
      },
      { open: true },
    ),
  ];
}

/** The login `user`, password hash included: the service leaks it and the app must drop it. */
function loginUser(user: MockUser, createdAt: number): LoginResponseDto['user'] {
  return {
    ...audit(null, null, createdAt),
    id: user.id,
    name: user.name,
    email: user.email,
    password: user.passwordHash,
    persona: { ...audit(null, null, createdAt), ...user.persona },
    role: { ...user.role },
  };
}
