import { RecargaClienteDto } from '../../app/features/recargas/data-access/recargas.dto';
import { OperadoraNombre } from '../operadoras';
import { createTestBackend, refusal, TestBackend } from '../testing/harness';

describe('mock /recargas', () => {
  let mock: TestBackend;
  let sesion: number;

  beforeEach(async () => {
    mock = await createTestBackend();
    sesion = await mock.openSesionId();
  });

  const recarga = (body: Record<string, unknown>) =>
    mock.as('POST', '/recargas/cliente', { body: { id_caja_sesion: sesion, ...body } });
  const inyeccion = (body: Record<string, unknown>) =>
    mock.as('POST', '/recargas/inyeccion', { body: { id_caja_sesion: sesion, ...body } });
  const saldos = async () => {
    const rows = (await (await mock.as('GET', '/recargas/operadoras/saldos')).json()) as {
      nombre_operadora: string;
      saldo_actual: string;
    }[];
    return Object.fromEntries(rows.map((r) => [r.nombre_operadora, r.saldo_actual]));
  };
  const tillCash = async () => (await mock.as('GET', `/cajas/sesion/${sesion}/balance`)).text();
  const historyLength = async () =>
    ((await (await mock.as('GET', '/recargas/historial/clientes')).json()) as unknown[]).length;

  it('answers the seeded pools as decimal strings', async () => {
    expect(await saldos()).toEqual({ Tigo: '1500.00', Entel: '800.00', Viva: '300.00' });
  });

  it('registers a top-up like recarga-ok.json and moves pool and till cash', async () => {
    const response = await recarga({ operadora: 'Tigo', numero_cliente: '76543210', monto: 20 });
    expect(response.status).toBe(201);
    expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    const body = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual([
      'estado',
      'id_user_create',
      'id_user_update',
      'created_at',
      'updated_at',
      'id',
      'operadora',
      'numero_cliente',
      'monto',
      'fecha_hora',
      'id_caja_sesion',
    ]);
    expect(body).toEqual(
      jasmine.objectContaining({ estado: true, id_user_create: 3, id_user_update: null }),
    );
    expect(body).toEqual(jasmine.objectContaining({ monto: 20, id_caja_sesion: sesion }));
    expect((await saldos())['Tigo']).toBe('1480.00');
    expect(await tillCash()).toBe('520.00');
    expect(mock.events).toEqual(['saldo_actualizado']);
  });

  it('keeps 10.56 on the record and the till but takes 10.55 from the pool (10.555 quirk)', async () => {
    const response = await recarga({
      operadora: 'Tigo',
      numero_cliente: '76543210',
      monto: 10.555,
    });
    expect(response.status).toBe(201);
    expect(((await response.json()) as RecargaClienteDto).monto).toBe(10.555);
    expect((await saldos())['Tigo']).toBe('1489.45');
    expect(await tillCash()).toBe('510.56');
    const [newest] = (await (
      await mock.as('GET', '/recargas/historial/clientes')
    ).json()) as RecargaClienteDto[];
    expect(newest.monto).toBe('10.56');
  });

  describe('business refusals leave every balance as it was', () => {
    let before: { saldos: Record<string, string>; till: string; rows: number };
    beforeEach(async () => {
      before = { saldos: await saldos(), till: await tillCash(), rows: await historyLength() };
    });
    afterEach(async () => {
      expect(await saldos()).toEqual(before.saldos);
      expect(await tillCash()).toBe(before.till);
      expect(await historyLength()).toBe(before.rows);
      expect(mock.events).toEqual([]);
    });

    it('refuses a top-up above the pool with the pool printed with 2 decimals', async () => {
      const response = await recarga({
        operadora: 'Entel',
        numero_cliente: '76543210',
        monto: 5000,
      });
      expect(await refusal(response)).toEqual({
        status: 400,
        message: 'Saldo insuficiente para la operadora Entel. Saldo actual: 800.00',
        error_detail: 'Bad Request',
      });
    });

    it('refuses a top-up on an unknown session', async () => {
      const response = await recarga({
        operadora: 'Tigo',
        numero_cliente: '76543210',
        monto: 10,
        id_caja_sesion: 9999,
      });
      expect(await refusal(response)).toEqual({
        status: 400,
        message: 'La sesión de caja no existe o no está ABIERTA.',
        error_detail: 'Bad Request',
      });
    });

    it('refuses an injection above the till cash, printing it as a plain number', async () => {
      await mock.api.setCajaSaldo(1, 120.5);
      mock.events.length = 0;
      before.till = '120.50';
      const response = await inyeccion({ operadora_destino: 'Tigo', monto: 999999 });
      expect((await refusal(response)).message).toBe(
        'Fondos insuficientes en el saldo de la caja para realizar el fondeo. Saldo disponible: Bs. 120.5',
      );
    });
  });

  it('refuses both operations on a closed session with the same message', async () => {
    await mock.api.closeSession(sesion);
    const expected = {
      status: 400,
      message: 'La sesión de caja no existe o no está ABIERTA.',
      error_detail: 'Bad Request',
    };
    expect(
      await refusal(await recarga({ operadora: 'Tigo', numero_cliente: '76543210', monto: 10 })),
    ).toEqual(expected);
    expect(await refusal(await inyeccion({ operadora_destino: 'Tigo', monto: 10 }))).toEqual(
      expected,
    );
  });

  it('answers 404 for a top-up on an operator without row, and creates it on injection', async () => {
    await mock.api.setOperadoraMissing(OperadoraNombre.Viva);
    expect(await saldos()).toEqual({ Tigo: '1500.00', Entel: '800.00' });
    expect(
      await refusal(await recarga({ operadora: 'Viva', numero_cliente: '76543210', monto: 10 })),
    ).toEqual({
      status: 404,
      message: 'La operadora Viva no está registrada.',
      error_detail: 'Not Found',
    });
    const response = await inyeccion({ operadora_destino: 'Viva', monto: 100 });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual(
      jasmine.objectContaining({ operadora_destino: 'Viva', monto: 100, id_caja_origen: sesion }),
    );
    expect((await saldos())['Viva']).toBe('100.00');
    expect(await tillCash()).toBe('400.00');
  });

  it('lists histories newest first, each row embedding its session without the till', async () => {
    mock.clock.now += 1000;
    await recarga({ operadora: 'Entel', numero_cliente: '71234567', monto: 15 });
    mock.clock.now += 1000;
    await inyeccion({ operadora_destino: 'Tigo', monto: 50 });
    const clientes = (await (
      await mock.as('GET', '/recargas/historial/clientes')
    ).json()) as RecargaClienteDto[];
    const times = clientes.map((r) => Date.parse(r.fecha_hora));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(clientes[0]).toEqual(
      jasmine.objectContaining({ numero_cliente: '71234567', monto: '15.00' }),
    );
    expect(clientes[0].caja_sesion).toEqual(
      jasmine.objectContaining({ id: sesion, monto_inicial: '500.00', estado_sesion: 'ABIERTA' }),
    );
    expect(
      clientes.every((r) => r.caja_sesion?.id === r.id_caja_sesion && !('caja' in r.caja_sesion)),
    ).toBeTrue();
    const iny = (await (await mock.as('GET', '/recargas/historial/inyecciones')).json()) as Record<
      string,
      unknown
    >[];
    expect(Object.keys(iny[0])).toEqual([
      'estado',
      'id_user_create',
      'id_user_update',
      'created_at',
      'updated_at',
      'id',
      'operadora_destino',
      'monto',
      'fecha_hora',
      'caja_origen',
      'id_caja_origen',
    ]);
    expect(iny[0]).toEqual(jasmine.objectContaining({ monto: '50.00', id_caja_origen: sesion }));
  });
});
