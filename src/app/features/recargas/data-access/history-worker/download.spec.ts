import { FetchJob, PREVIEW_ROWS, fetchHistory } from './download';
import { FromWorker } from './protocol';

const encoder = new TextEncoder();

function rows(n: number): object[] {
  return Array.from({ length: n }, (_, k) => ({
    id: n - k,
    operadora: 'Tigo',
    numero_cliente: '76543210',
    monto: '10.00',
    fecha_hora: new Date(Date.UTC(2026, 10, 25) - k * 60_000).toISOString(),
    id_caja_sesion: 41,
    caja_sesion: { id: 41, id_usuario: 3 },
  }));
}

/** Bytes handed out so far by `streamed` bodies. */
let sent = 0;

/** A streamed body in pieces of `size` bytes. */
function streamed(json: string, size: number): ReadableStream<Uint8Array> {
  const bytes = encoder.encode(json);
  let at = 0;
  sent = 0;
  return new ReadableStream({
    pull(controller) {
      controller.enqueue(bytes.slice(at, (at += size)));
      sent = Math.min(at, bytes.length);
      if (at >= bytes.length) controller.close();
    },
  });
}

describe('fetchHistory (the worker side)', () => {
  const job: FetchJob = {
    job: 7,
    list: 'recargas',
    url: 'http://localhost/api/recargas/historial/clientes',
    headers: { authorization: 'Bearer a', 'if-none-match': 'W/"1"' },
  };
  let posted: FromWorker[];
  let sentAtPreview = 0;
  const post = (m: FromWorker) => {
    if (m.type === 'preview') sentAtPreview = sent;
    posted.push(m);
  };
  const run = (answer: Response | Error, signal = new AbortController().signal) => {
    const fetchFn = jasmine
      .createSpy('fetch')
      .and.callFake(() =>
        answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer),
      );
    return { fetchFn, done: fetchHistory(job, post, signal, fetchFn) };
  };

  beforeEach(() => (posted = []));

  it('sends the token and the ETag, uncached, and shows the first rows before the end', async () => {
    const json = JSON.stringify(rows(1000));
    const body = streamed(json, 16 * 1024);
    const { fetchFn, done } = run(new Response(body, { headers: { ETag: 'W/"2"' } }));
    await done;
    expect(fetchFn).toHaveBeenCalledWith(
      job.url,
      jasmine.objectContaining({
        headers: { authorization: 'Bearer a', 'if-none-match': 'W/"1"' },
        cache: 'no-store',
      }),
    );
    const preview = posted.find((m) => m.type === 'preview');
    expect(sentAtPreview).toBeLessThan(json.length / 2);
    const shown = preview?.type === 'preview' ? preview.columns.size : 0;
    expect(shown).toBeGreaterThanOrEqual(PREVIEW_ROWS);
    expect(shown).toBeLessThan(1000);
    const last = posted.at(-1);
    expect(last?.type).toBe('done');
    if (last?.type !== 'done') return;
    expect(last.columns.size).toBe(1000);
    expect(last.columns.id[0]).toBe(1000);
    expect(last.etag).toBe('W/"2"');
    expect(last.sesiones.map((s) => s.id)).toEqual([41]);
  });

  it('reports a 304 as not modified, keeping the page rows', async () => {
    await run(new Response(null, { status: 304, headers: { ETag: 'W/"1"' } })).done;
    expect(posted).toEqual([jasmine.objectContaining({ type: 'not-modified', etag: 'W/"1"' })]);
  });

  it('hands a 401 back with its body, for the page to refresh the token', async () => {
    const body = '{"statusCode":401,"message":"Unauthorized"}';
    await run(new Response(body, { status: 401 })).done;
    expect(posted).toEqual([{ type: 'failed', job: 7, status: 401, body }]);
  });

  it('tells no answer (0) from an answer that is no history (-1)', async () => {
    await run(new TypeError('Failed to fetch')).done;
    await run(new Response('<html>proxy</html>')).done;
    expect(posted.map((m) => m.type === 'failed' && m.status)).toEqual([0, -1]);
  });

  it('posts nothing once cancelled', async () => {
    const controller = new AbortController();
    const { done } = run(new Response(streamed(JSON.stringify(rows(50)), 64)), controller.signal);
    controller.abort();
    await done;
    expect(posted).toEqual([]);
  });
});
