import {
  BodyParser,
  FetchJob,
  HOLD_MIN_BYTES,
  HOLD_UNKNOWN_AFTER_BYTES,
  PREVIEW_ROWS,
  PROGRESS_EVERY_MS,
  fetchHistory,
  resumeGate,
} from './download';
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
    return { fetchFn, done: fetchHistory(job, post, signal, undefined, fetchFn) };
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

  describe('after the first rows of a large answer', () => {
    const json = JSON.stringify(rows(1000));
    const large = String(json.length + HOLD_MIN_BYTES + 1); // as Content-Length says
    const answer = (length: string | null) =>
      new Response(streamed(json, 16 * 1024), {
        headers: length === null ? {} : { 'Content-Length': length },
      });
    const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

    it('reads nothing more until the page says its screen is built', async () => {
      let resume: () => void = () => undefined;
      const resumed = jasmine
        .createSpy('resumed')
        .and.returnValue(new Promise<void>((r) => (resume = r)));
      const fetchFn = () => Promise.resolve(answer(large));
      const done = fetchHistory(job, post, new AbortController().signal, resumed, fetchFn);
      await settle();
      expect(resumed).toHaveBeenCalledTimes(1);
      expect(posted.map((m) => m.type)).toContain('preview');
      expect(posted.map((m) => m.type)).not.toContain('done');
      const readSoFar = sent;
      await settle();
      expect(sent).toBe(readSoFar); // the network waits too: nothing piles up in the worker
      expect(readSoFar).toBeLessThan(json.length);
      resume();
      await done;
      expect(posted.at(-1)?.type).toBe('done');
      const last = posted.at(-1);
      expect(last?.type === 'done' && last.columns.size).toBe(1000);
    });

    it('waits once a megabyte of an answer of unknown size has come and it goes on', async () => {
      const big = JSON.stringify(rows(8000)); // ~1.5 MB
      expect(big.length).toBeGreaterThan(HOLD_UNKNOWN_AFTER_BYTES + 128 * 1024);
      let resume: () => void = () => undefined;
      const resumed = jasmine
        .createSpy('resumed')
        .and.returnValue(new Promise<void>((r) => (resume = r)));
      const fetchFn = () => Promise.resolve(new Response(streamed(big, 64 * 1024)));
      const done = fetchHistory(job, post, new AbortController().signal, resumed, fetchFn);
      await settle();
      expect(resumed).toHaveBeenCalledTimes(1);
      expect(sent).toBeGreaterThanOrEqual(HOLD_UNKNOWN_AFTER_BYTES);
      expect(sent).toBeLessThan(big.length);
      expect(posted.map((m) => m.type)).not.toContain('done');
      resume();
      await done;
      const last = posted.at(-1);
      expect(last?.type === 'done' && last.columns.size).toBe(8000);
    });

    it('does not wait when the rest is small or its size unknown and small', async () => {
      for (const length of [String(json.length), null]) {
        posted = [];
        const resumed = jasmine.createSpy('resumed').and.returnValue(new Promise(() => undefined));
        const fetchFn = () => Promise.resolve(answer(length));
        await fetchHistory(job, post, new AbortController().signal, resumed, fetchFn);
        expect(resumed).withContext(`Content-Length ${length}`).not.toHaveBeenCalled();
        expect(posted.at(-1)?.type).toBe('done');
      }
    });

    it('waits at most its time limit when the page never answers', async () => {
      const gate = resumeGate(30);
      const before = Date.now();
      await gate.wait();
      expect(Date.now() - before).toBeGreaterThanOrEqual(25);
      const open = resumeGate(60_000);
      open.resume();
      await open.wait(); // already resumed: no wait at all
    });
  });

  it('posts nothing once cancelled', async () => {
    const controller = new AbortController();
    const { done } = run(new Response(streamed(JSON.stringify(rows(50)), 64)), controller.signal);
    controller.abort();
    await done;
    expect(posted).toEqual([]);
  });
});

describe('BodyParser progress', () => {
  const body = encoder.encode(JSON.stringify(rows(400)));
  const pieces = (size: number) => {
    const out: Uint8Array[] = [];
    for (let at = 0; at < body.length; at += size) out.push(body.slice(at, at + size));
    return out;
  };
  const progressOf = (posted: FromWorker[]) =>
    posted.flatMap((m) => (m.type === 'progress' ? [m.loaded] : []));

  it('tells the page at most four times a second on a fast line, the first chunk at once', () => {
    const posted: FromWorker[] = [];
    let clock = 1000;
    const parser = new BodyParser(
      1,
      'recargas',
      body.length,
      (m) => posted.push(m),
      () => clock,
    );
    const chunks = pieces(1024);
    for (const chunk of chunks) {
      parser.push(chunk);
      clock += 10; // a chunk every 10 ms
    }
    parser.end(null, null);
    const loaded = progressOf(posted);
    const span = chunks.length * 10;
    expect(loaded[0]).toBe(1024);
    expect(loaded.length).toBeLessThanOrEqual(Math.ceil(span / PROGRESS_EVERY_MS) + 1);
    expect(loaded.length).toBeGreaterThan(1);
    expect(loaded).toEqual([...loaded].sort((a, b) => a - b));
    expect(posted.at(-1)?.type).toBe('done');
  });

  it('tells the page of every chunk on a slow line, so its time limit never runs out', () => {
    const posted: FromWorker[] = [];
    let clock = 0;
    const parser = new BodyParser(
      1,
      'recargas',
      null,
      (m) => posted.push(m),
      () => clock,
    );
    const chunks = pieces(8 * 1024);
    for (const chunk of chunks) {
      parser.push(chunk);
      clock += 3000; // 3 s between chunks
    }
    expect(progressOf(posted).length).toBe(chunks.length);
    expect(progressOf(posted).at(-1)).toBe(body.length);
  });
});
