import { createTestBackend, errorBody, refusal, TestBackend } from '../testing/harness';

describe('mock /recargas validation (fixtures of the real service)', () => {
  let mock: TestBackend;
  let sesion: number;

  beforeEach(async () => {
    mock = await createTestBackend();
    sesion = await mock.openSesionId();
  });

  const tigoPool = async () =>
    (
      (await (await mock.as('GET', '/recargas/operadoras/saldos')).json()) as {
        saldo_actual: string;
      }[]
    )[0].saldo_actual;

  // prettier-ignore
  const cases: [string, Record<string, unknown>, string[]][] = [
    ['recarga-empty-body', {}, [
      'operadora should not be empty',
      'operadora must be one of the following values: Tigo, Entel, Viva',
      'numero_cliente should not be empty',
    ]],
    ['recarga-extra-property', { operadora: 'Tigo', numero_cliente: '76543210', monto: 10, id_caja_sesion: 1, foo: 1 },
      ['property foo should not exist']],
    ['recarga-missing-number', { operadora: 'Tigo', monto: 10, id_caja_sesion: 1 },
      ['numero_cliente should not be empty', 'numero_cliente must be a string']],
    ['recarga-monto-numeric-string', { operadora: 'Tigo', numero_cliente: '76543210', monto: '20', id_caja_sesion: 1 },
      ['monto must not be less than 0.1', 'monto must be a number conforming to the specified constraints']],
    ['recarga-monto-text', { operadora: 'Tigo', numero_cliente: '76543210', monto: 'abc', id_caja_sesion: 1 },
      ['monto must not be less than 0.1', 'monto must be a number conforming to the specified constraints']],
    ['recarga-monto-zero', { operadora: 'Tigo', numero_cliente: '76543210', monto: 0, id_caja_sesion: 1 },
      ['monto must not be less than 0.1']],
    ['recarga-session-as-string', { operadora: 'Tigo', numero_cliente: '76543210', monto: 10, id_caja_sesion: '1' },
      ['id_caja_sesion must be a number conforming to the specified constraints']],
    ['recarga-unknown-operator', { operadora: 'Claro', numero_cliente: '76543210', monto: 10, id_caja_sesion: 1 },
      ['operadora must be one of the following values: Tigo, Entel, Viva']],
  ];

  for (const [fixture, body, messages] of cases) {
    it(`answers ${fixture} with the same 400 body`, async () => {
      const response = await mock.as('POST', '/recargas/cliente', { body });
      const error = await errorBody(response);
      expect(response.status).toBe(400);
      expect(error.message).toEqual(messages);
      expect(error.error_detail).toBe('Bad Request');
      expect(error.path).toBe('/recargas/cliente');
      expect(error.stack).toMatch(/^BadRequestException: .*\n {4}at /);
      expect(await tigoPool()).toBe('1500.00');
      expect(mock.events).toEqual([]);
    });
  }

  it('answers inyeccion-monto-below-1', async () => {
    const response = await mock.as('POST', '/recargas/inyeccion', {
      body: { operadora_destino: 'Tigo', monto: 0.5, id_caja_sesion: sesion },
    });
    expect(await refusal(response)).toEqual({
      status: 400,
      message: ['monto must not be less than 1'],
      error_detail: 'Bad Request',
    });
  });
});
