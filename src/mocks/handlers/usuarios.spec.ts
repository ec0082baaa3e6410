import { getResponse } from 'msw';
import { UsuarioAnswerDto, UsuarioDto } from '../../app/core/users/usuarios.dto';
import { createTestBackend, refusal, TestBackend } from '../testing/harness';
import { usuariosHandlers } from './usuarios';

describe('mock /usuario', () => {
  let mock: TestBackend;

  beforeEach(async () => {
    mock = await createTestBackend();
  });

  const get = async <T>(path: string, token = mock.cajeroToken) => {
    const response = await mock.call('GET', path, { token });
    return { status: response.status, body: (await response.json()) as T };
  };

  it('answers a known id with the user, role and password hash, to any signed-in role', async () => {
    const { status, body } = await get<UsuarioAnswerDto<UsuarioDto>>('/usuario/1');
    expect(status).toBe(200);
    expect(body.status).toBe(200);
    expect(body.message).toBe('Usuario encontrado!');
    expect(body.data).toEqual(
      jasmine.objectContaining({ id: 1, name: 'Sergio Mamani', email: 'supervisor@kantuta.bo' }),
    );
    expect(body.data.password).toMatch(/^\$2b\$10\$/);
    expect(body.data.role).toEqual({ id: 1, nombre: 'Administrador' });
    expect(body.data.persona).toEqual(jasmine.objectContaining({ nombres: 'Sergio' }));
    const own = await get<UsuarioAnswerDto<UsuarioDto>>('/usuario/3', mock.supervisorToken);
    expect(own.body.data.name).toBe('Carla Quispe');
  });

  it('answers an unknown id with 200 and data null', async () => {
    expect(await get('/usuario/2')).toEqual({
      status: 200,
      body: { status: 200, message: 'Usuario encontrado!', data: null },
    });
  });

  it('refuses a non-numeric id and a call without a token', async () => {
    expect(await refusal(await mock.as('GET', '/usuario/abc'))).toEqual({
      status: 400,
      message: 'Validation failed (numeric string is expected)',
      error_detail: 'Bad Request',
    });
    expect((await mock.call('GET', '/usuario/1')).status).toBe(401);
  });

  it('lists every user, hashes included, without the role', async () => {
    const { status, body } = await get<UsuarioAnswerDto<UsuarioDto[]>>('/usuario');
    expect(status).toBe(200);
    expect(body.message).toBe('Listado de usuarios registradas!');
    expect(body.data.map((u) => [u.id, u.name])).toEqual([
      [3, 'Carla Quispe'],
      [1, 'Sergio Mamani'],
    ]);
    expect(body.data.every((u) => u.password?.startsWith('$2b$10$'))).toBeTrue();
    expect(body.data.some((u) => 'role' in u)).toBeFalse();
  });

  it('answers 404 `No existen datos de usuarios` when there are none', async () => {
    const handlers = usuariosHandlers(mock.ctx, () => []);
    const request = new Request('http://localhost/api/usuario', {
      headers: { Authorization: `Bearer ${mock.cajeroToken}` },
    });
    const response = (await getResponse(handlers, request)) as Response;
    expect(await refusal(response)).toEqual({
      status: 404,
      message: 'No existen datos de usuarios',
      error_detail: 'Not Found',
    });
  });
});
