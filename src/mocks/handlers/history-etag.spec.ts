import { getResponse } from 'msw';
import { createTestBackend, TestBackend } from '../testing/harness';
import { inyeccionesHistory, recargasHistory } from '../wire';

/** The two history GETs as Express answers them: a weak ETag, 304 with no body on a match. */
describe('mock history ETag and 304', () => {
  let mock: TestBackend;

  beforeEach(async () => {
    mock = await createTestBackend();
  });

  const get = (path: string, ifNoneMatch?: string) => {
    const headers = new Headers({ Authorization: `Bearer ${mock.cajeroToken}` });
    if (ifNoneMatch) headers.set('If-None-Match', ifNoneMatch);
    return getResponse(mock.handlers, new Request(`http://localhost/api${path}`, { headers }));
  };

  for (const path of ['/recargas/historial/clientes', '/recargas/historial/inyecciones']) {
    it(`${path}: a weak ETag, then 304 with an empty body while nothing changed`, async () => {
      const first = await get(path);
      const tag = first?.headers.get('ETag') ?? '';
      expect(first?.status).toBe(200);
      expect(tag).toMatch(/^W\/"[0-9a-f-]+"$/);
      const again = await get(path, tag);
      expect(again?.status).toBe(304);
      expect(await again?.text()).toBe('');
      expect(again?.headers.get('ETag')).toBe(tag);
      expect((await get(path, 'W/"otro"'))?.status).toBe(200);
    });
  }

  it('changes the tag once a top-up lands, and streams it first in the answer', async () => {
    const before = await get('/recargas/historial/clientes');
    const rows = (await before?.json()) as { id: number; fecha_hora: string }[];
    const tag = before?.headers.get('ETag') ?? '';
    const sesion = await mock.openSesionId();
    mock.clock.now += 60_000;
    const sale = await mock.as('POST', '/recargas/cliente', {
      body: { operadora: 'Tigo', numero_cliente: '76543210', monto: 20, id_caja_sesion: sesion },
    });
    const id = ((await sale.json()) as { id: number }).id;
    const after = await get('/recargas/historial/clientes', tag);
    expect(after?.status).toBe(200);
    expect(after?.headers.get('ETag')).not.toBe(tag);
    const now = (await after?.json()) as { id: number; fecha_hora: string }[];
    expect(now.length).toBe(rows.length + 1);
    expect(now[0].id).toBe(id);
    const times = now.map((r) => Date.parse(r.fecha_hora));
    expect(times.every((t, k) => k === 0 || times[k - 1] >= t)).toBeTrue();
  });

  it('streams exactly the JSON of the service shape, sessions embedded, newest first', async () => {
    await mock.api.generate(600);
    const clientes = await (await get('/recargas/historial/clientes'))?.text();
    expect(clientes).toBe(JSON.stringify(recargasHistory(mock.db.state)));
    const inyecciones = await (await get('/recargas/historial/inyecciones'))?.text();
    expect(inyecciones).toBe(JSON.stringify(inyeccionesHistory(mock.db.state)));
  });
});
