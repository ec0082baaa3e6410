import { turns, until } from '../testing/wait';
import { createTestBackend, refusal, TestBackend } from './testing/harness';

describe('mock fault injection', () => {
  let mock: TestBackend;
  let sesion: number;

  beforeEach(async () => {
    mock = await createTestBackend();
    sesion = await mock.openSesionId();
  });

  const topUp = () =>
    mock.as('POST', '/recargas/cliente', {
      body: { operadora: 'Tigo', numero_cliente: '76543210', monto: 20, id_caja_sesion: sesion },
    });
  const applied = () => mock.api.counts().recargas - seedRows;
  let seedRows = 0;
  beforeEach(() => (seedRows = mock.api.counts().recargas));

  it('dropAfterApply: the top-up happens but the answer is a network error', async () => {
    mock.api.faults.next('POST /recargas/cliente', 'dropAfterApply');
    const response = await topUp();
    expect(response.type).toBe('error');
    expect(applied()).toBe(1);
    expect(await (await mock.as('GET', `/cajas/sesion/${sesion}/balance`)).text()).toBe('520.00');
    expect(mock.events).toEqual(['saldo_actualizado']);
  });

  it('dropBeforeApply: a network error and nothing applied', async () => {
    mock.api.faults.next('POST /recargas/cliente', 'dropBeforeApply');
    expect((await topUp()).type).toBe('error');
    expect(applied()).toBe(0);
    expect(mock.events).toEqual([]);
  });

  it('status 500: the service error body, nothing applied', async () => {
    mock.api.faults.next('POST /recargas/cliente', { status: 500 });
    const response = await topUp();
    expect(await refusal(response)).toEqual({
      status: 500,
      message: 'Internal server error',
      error_detail: 'Internal Server Error',
    });
    expect(applied()).toBe(0);
  });

  for (const status of [502, 503, 504] as const) {
    it(`status ${status}: a gateway's HTML page, nothing applied`, async () => {
      mock.api.faults.next('POST /recargas/cliente', { status });
      const response = await topUp();
      expect(response.status).toBe(status);
      expect(response.headers.get('Content-Type')).toContain('text/html');
      expect(applied()).toBe(0);
    });
  }

  it('unauthorized: the guard 401, nothing applied', async () => {
    mock.api.faults.next('POST /recargas/cliente', 'unauthorized');
    expect(await refusal(await topUp())).toEqual({
      status: 401,
      message: 'Unauthorized',
      error_detail: null,
    });
    expect(applied()).toBe(0);
  });

  it('delayMs: applied at once, answered late', async () => {
    mock.api.faults.next('POST /recargas/cliente', { delayMs: 80 });
    jasmine.clock().install();
    try {
      let answered = false;
      const pending = topUp().then((response) => {
        answered = true;
        return response;
      });
      await until(() => applied() === 1, 'the top-up applied');
      await turns();
      jasmine.clock().tick(79);
      await turns();
      expect(answered).toBeFalse();
      jasmine.clock().tick(1);
      expect((await pending).status).toBe(201);
    } finally {
      jasmine.clock().uninstall();
    }
  });

  it('fires once, only on the matching method and path (wildcards and /api prefix accepted)', async () => {
    mock.api.faults.next('PATCH /api/cajas/sesion/*/cerrar', 'dropBeforeApply');
    mock.api.faults.next('GET /cajas', { status: 503 });
    expect(mock.api.faults.pending()).toBe(2);
    expect((await mock.as('GET', `/cajas/sesion/${sesion}/balance`)).status).toBe(200);
    const cerrar = () =>
      mock.as('PATCH', `/cajas/sesion/${sesion}/cerrar`, {
        body: { monto_final_real: 500, id_user_update: 3 },
      });
    expect((await cerrar()).type).toBe('error');
    expect((await cerrar()).status).toBe(200);
    expect((await mock.as('GET', '/cajas')).status).toBe(503);
    expect((await mock.as('GET', '/cajas')).status).toBe(200);
    expect(mock.api.faults.pending()).toBe(0);
  });

  it('offline: every /api request is a network error until back online', async () => {
    mock.api.faults.offline(true);
    expect((await topUp()).type).toBe('error');
    expect((await mock.as('GET', '/no-such-route')).type).toBe('error');
    expect(applied()).toBe(0);
    mock.api.faults.offline(false);
    expect((await topUp()).status).toBe(201);
  });
});
