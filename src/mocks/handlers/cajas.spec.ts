import { CajaDto, SesionCajaDto } from '../../app/core/session/caja.dto';
import { OperadoraNombre } from '../operadoras';
import { createTestBackend, refusal, TestBackend } from '../testing/harness';
import { CAJERO, SUPERVISOR } from '../users';

describe('mock /cajas', () => {
  let mock: TestBackend;
  let sesion: number;

  beforeEach(async () => {
    mock = await createTestBackend();
    sesion = await mock.openSesionId();
  });

  const cerrar = (id: number, montoFinalReal: number) =>
    mock.as('PATCH', `/cajas/sesion/${id}/cerrar`, {
      body: { monto_final_real: montoFinalReal, id_user_update: CAJERO.id },
    });
  const abrir = (body: Record<string, unknown>, token = mock.supervisorToken) =>
    mock.call('POST', '/cajas/abrir', { body, token });

  it('answers the seeded open session of the cashier without the till embedded', async () => {
    const response = await mock.as('GET', `/cajas/sesion-activa/${CAJERO.id}`);
    const body = (await response.json()) as SesionCajaDto;
    expect(body).toEqual(
      jasmine.objectContaining({
        id: sesion,
        id_caja: 1,
        monto_inicial: '500.00',
        estado_sesion: 'ABIERTA',
        monto_final_teorico: null,
        fecha_cierre: null,
      }),
    );
    expect('caja' in body).toBeFalse();
    expect(new Date(body.fecha_apertura).toDateString()).toBe(
      new Date(mock.clock.now).toDateString(),
    );
  });

  it('answers 404 for a user without an open session', async () => {
    expect(await refusal(await mock.as('GET', `/cajas/sesion-activa/${SUPERVISOR.id}`))).toEqual({
      status: 404,
      message: 'No hay sesión activa para el usuario 1',
      error_detail: 'Not Found',
    });
  });

  it('answers the till cash as bare text/html, and 404 for an unknown session', async () => {
    const response = await mock.as('GET', `/cajas/sesion/${sesion}/balance`);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe('500.00');
    expect(await refusal(await mock.as('GET', '/cajas/sesion/9999/balance'))).toEqual({
      status: 404,
      message: 'Sesión de caja con ID 9999 no encontrada o inactiva',
      error_detail: 'Not Found',
    });
  });

  it('lists the tills with their cash as decimal strings', async () => {
    const cajas = (await (await mock.as('GET', '/cajas')).json()) as CajaDto[];
    expect(cajas.map((c) => [c.nombre, c.saldo])).toEqual([
      ['Caja 01', '500.00'],
      ['Caja 02', '300.00'],
    ]);
  });

  it('reproduces cerrar-caja.json: float noise next to a string monto_inicial', async () => {
    await mock.api.setOperadoraMissing(OperadoraNombre.Viva);
    const post = (path: string, body: Record<string, unknown>) =>
      mock.as('POST', path, { body: { ...body, id_caja_sesion: sesion } });
    await post('/recargas/cliente', { operadora: 'Tigo', numero_cliente: '76543210', monto: 20 });
    await post('/recargas/cliente', {
      operadora: 'Tigo',
      numero_cliente: '76543210',
      monto: 10.555,
    });
    await post('/recargas/inyeccion', { operadora_destino: 'Viva', monto: 100 });
    const tooMuch = await post('/recargas/inyeccion', { operadora_destino: 'Tigo', monto: 999999 });
    expect((await refusal(tooMuch)).message).toBe(
      'Fondos insuficientes en el saldo de la caja para realizar el fondeo. Saldo disponible: Bs. 430.56',
    );
    await post('/recargas/cliente', { operadora: 'Entel', numero_cliente: '76543210', monto: 24 });
    mock.events.length = 0;

    const response = await cerrar(sesion, 454.56);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(
      jasmine.objectContaining({
        id: sesion,
        id_user_update: CAJERO.id,
        monto_inicial: '500.00',
        monto_final_teorico: 454.55999999999995,
        monto_final_real: 454.56,
        // Parsed as the fixture's JSON is: the literal trips no-loss-of-precision.
        diferencia: JSON.parse('5.684341886080802e-14') as number,
        estado_sesion: 'CERRADA',
      }),
    );
    expect(mock.events).toEqual(['CAJA_CERRADA']);
    expect(await refusal(await cerrar(sesion, 454.56))).toEqual({
      status: 400,
      message: 'La sesión ya está cerrada',
      error_detail: 'Bad Request',
    });
    expect(await refusal(await mock.as('GET', `/cajas/sesion-activa/${CAJERO.id}`))).toEqual({
      status: 404,
      message: 'No hay sesión activa para el usuario 3',
      error_detail: 'Not Found',
    });
  });

  it('answers 404 when closing an unknown session', async () => {
    expect((await refusal(await cerrar(9999, 10))).status).toBe(404);
  });

  it('gives an Operador the till cash as monto_inicial whatever it sends', async () => {
    await mock.api.closeSession(sesion, 500);
    await mock.api.setCajaSaldo(1, 612.3);
    const response = await abrir(
      { id_caja: 1, monto_inicial: 5, id_usuario: CAJERO.id, id_user_create: CAJERO.id },
      mock.cajeroToken,
    );
    expect(response.status).toBe(201);
    const body = (await response.json()) as SesionCajaDto;
    expect(body).toEqual(
      jasmine.objectContaining({ monto_inicial: 612.3, estado_sesion: 'ABIERTA' }),
    );
    expect(body.id).toBeGreaterThan(sesion);
    expect(await (await mock.as('GET', `/cajas/sesion/${body.id}/balance`)).text()).toBe('612.30');
    expect(mock.events).toContain('CAJA_ABIERTA');
  });

  it('lets an Administrador set monto_inicial on a free till', async () => {
    const response = await abrir({
      id_caja: 2,
      monto_inicial: 250,
      id_usuario: SUPERVISOR.id,
      id_user_create: SUPERVISOR.id,
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual(
      jasmine.objectContaining({ monto_inicial: 250, id_caja: 2, id_usuario: 1 }),
    );
    const active = await mock.call('GET', `/cajas/sesion-activa/${SUPERVISOR.id}`, {
      token: mock.supervisorToken,
    });
    expect(((await active.json()) as SesionCajaDto).monto_inicial).toBe('250.00');
  });

  it('refuses to open a second session for a user, a busy till, or an unknown till', async () => {
    const body = { id_caja: 2, id_usuario: CAJERO.id, id_user_create: CAJERO.id };
    expect(await refusal(await abrir(body))).toEqual({
      status: 400,
      message: 'El usuario ya cuenta con una caja abierta',
      error_detail: 'Bad Request',
    });
    expect(await refusal(await abrir({ ...body, id_caja: 1, id_usuario: SUPERVISOR.id }))).toEqual({
      status: 400,
      message: 'La caja ya tiene una sesión abierta',
      error_detail: 'Bad Request',
    });
    expect(
      (await refusal(await abrir({ ...body, id_caja: 77, id_usuario: SUPERVISOR.id }))).status,
    ).toBe(404);
    expect(mock.events).toEqual([]);
  });

  it('answers 404 for the balance of a session closed elsewhere', async () => {
    await mock.api.closeSession(sesion);
    expect((await mock.as('GET', `/cajas/sesion/${sesion}/balance`)).status).toBe(404);
    expect(mock.events).toEqual(['CAJA_CERRADA']);
  });
});
