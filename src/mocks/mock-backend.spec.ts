import { MOCK_CONTROL, MOCK_DATA_CHANGED_EVENT, MockControl } from '../app/core/mock-control';
import { RecargaClienteDto } from '../app/features/recargas/data-access/recargas.dto';
import { backendMode, backendProviders } from './backend.mock';
import { memoryConfig } from './config';
import { createMockBackend, dispatchDataChanged } from './mock-backend';
import { memoryPersistence } from './persistence';
import { createTestBackend, T0 } from './testing/harness';

describe('mock backend data', () => {
  it('seeds a few hundred top-ups and a few dozen injections over the last 30 days', async () => {
    const { db } = await createTestBackend();
    const { recargas, inyecciones, sesiones } = db.state;
    expect(recargas.length).toBeGreaterThanOrEqual(200);
    expect(recargas.length).toBeLessThan(1000);
    expect(inyecciones.length).toBeGreaterThanOrEqual(24);
    expect(inyecciones.length).toBeLessThan(100);
    const monthAgo = T0 - 31 * 86_400_000;
    expect(recargas.every((r) => r.fecha > monthAgo && r.fecha < T0)).toBeTrue();
    expect(recargas.every((r) => /^[67]\d{7}$/.test(r.numero))).toBeTrue();
    expect(recargas.some((r) => r.monto % 100 !== 0)).toBeTrue();
    const abiertas = sesiones.filter((s) => s.abierta);
    expect(abiertas.length).toBe(1);
    expect([...recargas, ...inyecciones].every((r) => r.sesion !== abiertas[0].id)).toBeTrue();
    for (const s of sesiones.filter((x) => !x.abierta)) {
      const ingresos = recargas.filter((r) => r.sesion === s.id).reduce((t, r) => t + r.monto, 0);
      const egresos = inyecciones.filter((r) => r.sesion === s.id).reduce((t, r) => t + r.monto, 0);
      expect(s.teorico).toBe(s.montoInicial + ingresos - egresos);
    }
  });

  it('is the same seed every time (seeded random)', async () => {
    const a = await createTestBackend();
    const b = await createTestBackend();
    expect(a.db.state).toEqual(b.db.state);
  });

  it('reset brings the seed back after operations', async () => {
    const mock = await createTestBackend();
    const seed = structuredClone(mock.db.state);
    const sesion = await mock.openSesionId();
    await mock.as('POST', '/recargas/cliente', {
      body: { operadora: 'Tigo', numero_cliente: '76543210', monto: 20, id_caja_sesion: sesion },
    });
    await mock.api.generate(500);
    await mock.api.closeSession(sesion);
    await mock.api.reset();
    expect(mock.db.state).toEqual(seed);
    expect(await (await mock.as('GET', `/cajas/sesion/${sesion}/balance`)).text()).toBe('500.00');
  });

  it('keeps every change across a reload (same persistence, new backend)', async () => {
    const persistence = memoryPersistence();
    const first = await createTestBackend({ persistence });
    const sesion = await first.openSesionId();
    await first.as('POST', '/recargas/cliente', {
      body: { operadora: 'Entel', numero_cliente: '71112222', monto: 30, id_caja_sesion: sesion },
    });
    const second = await createTestBackend({ persistence });
    expect(second.db.state).toEqual(first.db.state);
    const history = (await (
      await second.as('GET', '/recargas/historial/clientes')
    ).json()) as RecargaClienteDto[];
    expect(history[0].numero_cliente).toBe('71112222');
  });

  it('is one database for every tab: a sale in one is in the balances and history of the other', async () => {
    const persistence = memoryPersistence();
    const tabA = await createTestBackend({ persistence });
    const tabB = await createTestBackend({ persistence }); // opened before the sale
    const sesion = await tabA.openSesionId();
    const saldos = async (tab: typeof tabA) =>
      (await (await tab.as('GET', '/recargas/operadoras/saldos')).json()) as {
        nombre_operadora: string;
        saldo_actual: string;
      }[];
    const tigo = async (tab: typeof tabA) =>
      (await saldos(tab)).find((o) => o.nombre_operadora === 'Tigo')?.saldo_actual;
    const before = await tigo(tabB);
    await tabA.as('POST', '/recargas/cliente', {
      body: { operadora: 'Tigo', numero_cliente: '76543210', monto: 20, id_caja_sesion: sesion },
    });
    // Tab B sells next, from the state tab A saved, not from its own copy of the start.
    const sold = await tabB.as('POST', '/recargas/cliente', {
      body: { operadora: 'Tigo', numero_cliente: '71112222', monto: 10, id_caja_sesion: sesion },
    });
    expect(sold.status).toBe(201);
    const after = await tigo(tabA);
    expect(Number(after)).toBe(Number(before) - 30);
    expect(await tigo(tabB)).toBe(after);
    const history = (await (
      await tabA.as('GET', '/recargas/historial/clientes')
    ).json()) as RecargaClienteDto[];
    expect(history.slice(0, 2).map((r) => r.numero_cliente)).toEqual(['71112222', '76543210']);
    expect(new Set(history.map((r) => r.id)).size).toBe(history.length); // no id given twice
  });

  it('generates rows of the real size (~640 bytes each) over hundreds of past sessions', async () => {
    const mock = await createTestBackend();
    await mock.api.reset();
    const before = (await (await mock.as('GET', '/recargas/historial/clientes')).text()).length;
    const seedRows = mock.api.counts().recargas;
    const result = await mock.api.generate(1000);
    expect(result.recargas).toBe(1000);
    expect(result.inyecciones).toBe(50);
    const text = await (await mock.as('GET', '/recargas/historial/clientes')).text();
    const rows = JSON.parse(text) as RecargaClienteDto[];
    expect(rows.length).toBe(seedRows + 1000);
    const perRow = (text.length - before) / 1000;
    expect(perRow).toBeGreaterThan(600);
    expect(perRow).toBeLessThan(680);
    const generated = mock.db.state.sesiones.slice(-result.sesiones);
    expect(generated.every((s) => !s.abierta && s.apertura > T0 - 366 * 86_400_000)).toBeTrue();
  });

  it('generates 100,000 top-ups in a few seconds, spread over hundreds of sessions', async () => {
    const mock = await createTestBackend();
    const started = performance.now();
    const result = await mock.api.generate(100_000);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(mock.api.counts().recargas).toBeGreaterThan(100_000);
    expect(result.sesiones).toBeGreaterThanOrEqual(300);
    const days = new Set(mock.db.state.recargas.map((r) => new Date(r.fecha).toDateString()));
    expect(days.size).toBeGreaterThan(300);
  });
});

describe('mock backend wiring', () => {
  it('dispatches dataChanged on window like the service socket', async () => {
    const seen: unknown[] = [];
    const listener = (event: Event) => seen.push((event as CustomEvent).detail);
    window.addEventListener(MOCK_DATA_CHANGED_EVENT, listener);
    dispatchDataChanged('CAJA_ABIERTA');
    window.removeEventListener(MOCK_DATA_CHANGED_EVENT, listener);
    expect(seen).toEqual([{ entity: 'caja', action: 'CAJA_ABIERTA' }]);
  });

  it('provides MockControl with both demo accounts', () => {
    const provider = backendProviders[0] as { provide: unknown; useValue: MockControl };
    expect(backendMode).toBe('mock');
    expect(provider.provide).toBe(MOCK_CONTROL);
    expect(provider.useValue.demoAccounts).toEqual([
      { email: 'cajero@kantuta.bo', password: 'cajero123', role: 'Cajero (Operador)' },
      {
        email: 'supervisor@kantuta.bo',
        password: 'supervisor123',
        role: 'Supervisor (Administrador)',
      },
    ]);
  });

  it('re-reads the config on every request (latency switched on at runtime)', async () => {
    const config = memoryConfig({ latencyMs: 0 });
    const mock = await createMockBackend({
      persistence: memoryPersistence(),
      config,
      notify: () => undefined,
    });
    mock.api.configure({ latencyMs: 60 });
    expect(mock.api.config()).toEqual({
      latencyMs: 60,
      tokenTtlSec: 900,
      refreshDefect: false,
      apiTimeoutMs: 15000,
      reconcileGraceMs: 5000,
    });
    const { getResponse } = await import('msw');
    const started = performance.now();
    await getResponse(mock.handlers, new Request('http://localhost/api/cajas'));
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
  });
});
