import { LoginResponseDto } from '../../app/core/auth/auth.dto';
import { decodePayload } from '../jwt';
import { createTestBackend, refusal, TestBackend } from '../testing/harness';
import { CAJERO, SUPERVISOR } from '../users';

describe('mock /auth and the bearer guard', () => {
  let mock: TestBackend;

  beforeEach(async () => {
    mock = await createTestBackend({ config: { tokenTtlSec: 300 } });
  });

  const refresh = (token: string | null) => mock.call('POST', '/auth/refresh_token', { token });

  it('signs in like login-ok.json, password hash and role included', async () => {
    const response = await mock.call('POST', '/auth/login', {
      body: { email: CAJERO.email, password: CAJERO.password },
    });
    expect(response.status).toBe(201);
    const body = (await response.json()) as LoginResponseDto;
    expect(body.user).toEqual(
      jasmine.objectContaining({ id: 3, name: 'Carla Quispe', email: 'cajero@kantuta.bo' }),
    );
    expect(body.user.password).toMatch(/^\$2b\$10\$/);
    expect(body.user.role).toEqual(jasmine.objectContaining({ id: 2, nombre: 'Operador' }));
    expect(body.user.persona).toEqual(jasmine.objectContaining({ nombres: 'Carla' }));
    expect(decodePayload(body.access_token)).toEqual({
      sub: 3,
      username: 'Carla Quispe',
      roleName: 'Operador',
      roleId: 2,
      iat: jasmine.any(Number),
      exp: jasmine.any(Number),
    });
    const refreshClaims = decodePayload(body.refresh_token);
    expect(Object.keys(refreshClaims)).toEqual(['sub', 'iat', 'exp']);
    expect((refreshClaims['exp'] as number) - (refreshClaims['iat'] as number)).toBe(7 * 86400);
  });

  it('refuses a malformed email, an unknown email and a wrong password', async () => {
    const login = (email: string, password: string) =>
      mock.call('POST', '/auth/login', { body: { email, password } });
    expect(await refusal(await login('no-es-email', 'x'))).toEqual({
      status: 400,
      message: ['El email no tiene un formato valido'],
      error_detail: 'Bad Request',
    });
    expect(await refusal(await login('nadie@kantuta.test', 'x'))).toEqual({
      status: 404,
      message: 'Usuario no encontrado',
      error_detail: 'Not Found',
    });
    expect(await refusal(await login(SUPERVISOR.email, 'wrong'))).toEqual({
      status: 401,
      message: 'Contraseña incorrecta',
      error_detail: 'Unauthorized',
    });
  });

  it('answers 401 Unauthorized with error_detail null without a token (no-token.json)', async () => {
    const response = await mock.call('GET', '/cajas/sesion-activa/3');
    expect(await refusal(response)).toEqual({
      status: 401,
      message: 'Unauthorized',
      error_detail: null,
    });
  });

  it('rejects an expired access token and a refresh token used as access token', async () => {
    const { access_token, refresh_token } = await mock.login(CAJERO);
    expect((await mock.call('GET', '/cajas', { token: refresh_token })).status).toBe(401);
    mock.clock.now += 299_000;
    expect((await mock.call('GET', '/cajas', { token: access_token })).status).toBe(200);
    mock.clock.now += 2_000;
    expect((await mock.call('GET', '/cajas', { token: access_token })).status).toBe(401);
  });

  it('refreshes an access token that works', async () => {
    const { refresh_token } = await mock.login(CAJERO);
    mock.clock.now += 600_000;
    const response = await refresh(refresh_token);
    expect(response.status).toBe(201);
    const { access_token } = (await response.json()) as { access_token: string };
    expect(decodePayload(access_token)['roleName']).toBe('Operador');
    expect((await mock.call('GET', '/cajas', { token: access_token })).status).toBe(200);
  });

  it('reproduces the refresh defect on demand: the new token lacks roleName and gets 401', async () => {
    const { refresh_token } = await mock.login(CAJERO);
    mock.api.configure({ refreshDefect: true });
    const { access_token } = (await (await refresh(refresh_token)).json()) as {
      access_token: string;
    };
    expect(Object.keys(decodePayload(access_token))).toEqual(['sub', 'username', 'iat', 'exp']);
    expect(await refusal(await mock.call('GET', '/cajas', { token: access_token }))).toEqual({
      status: 401,
      message: 'Unauthorized',
      error_detail: null,
    });
  });

  it('refuses a missing, forged or expired refresh token', async () => {
    const { refresh_token, access_token } = await mock.login(CAJERO);
    const expected = {
      status: 401,
      message: 'Invalid or expired refresh token',
      error_detail: 'Unauthorized',
    };
    expect(await refusal(await refresh(null))).toEqual(expected);
    expect(await refusal(await refresh(access_token))).toEqual(expected);
    mock.clock.now += 7 * 86_400_000 + 1000;
    expect(await refusal(await refresh(refresh_token))).toEqual(expected);
  });
});
