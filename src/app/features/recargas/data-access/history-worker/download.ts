import { ColumnBuilder, HistoryList } from './columns';
import { columnBuffers } from './typed-arrays';
import { AnswerTiming, Post } from './protocol';
import { RowScanner } from './row-scanner';
import { ArraySplitter } from './splitter';

/** Enough rows for the first screenful whatever the sort: the answer is newest first. */
export const PREVIEW_ROWS = 200;
/**
 * After the first rows, the download waits (reading nothing more, so the network waits too)
 * until the page says its screen is built, at most this long. Parsing 64 MB takes one core,
 * and V8 compiles the parser's hot code on the other: the screen's staged renders, sharing two
 * cores with both, ran 2-3 times their CPU time. Held, the longest task while a 100,000-row
 * history loads fell from 41.1 (p75 44.0) to 36.6 (p75 38.6) ms; the history completes ~95 ms
 * later (README, "History at scale").
 */
export const HOLD_MAX_MS = 2000;
/**
 * Only an answer with this much left after its first rows is held (its size known from
 * Content-Length): the rest of a smaller one parses in a few milliseconds.
 */
export const HOLD_MIN_BYTES = 4 * 1024 * 1024;
/**
 * An answer of unknown size (no Content-Length: a proxy that streams it) is held once this
 * much has arrived and it goes on: most of a large one is still to come, a small one has ended.
 */
export const HOLD_UNKNOWN_AFTER_BYTES = 1024 * 1024;
/** A chunk may hold thousands of rows: until the preview is out, it is read this much at a time. */
const FIRST_SLICE_BYTES = 32 * 1024;
/**
 * Progress goes to the page at most this often: each one is a page render (style, layout,
 * paint and a compositor commit), and per megabyte they were 64 renders in a 100,000-row
 * load, a third of the page's main-thread time while it loads. Four a second still move the
 * bar and the megabytes; on a slow line every chunk after this long goes, so the page's time
 * limit between events never runs out while bytes arrive.
 */
export const PROGRESS_EVERY_MS = 250;

/**
 * One answer's body, chunk by chunk: complete elements are read into columns as they arrive
 * (RowScanner); the first rows go to the page as a preview, the columns when
 * the answer has ended. Throws on anything that is not a JSON array of history rows.
 */
export class BodyParser {
  private readonly splitter = new ArraySplitter();
  private readonly builder: ColumnBuilder;
  private readonly scanner: RowScanner;
  private loaded = 0;
  private reportedAt = -Infinity;
  private sentPreview = false;

  constructor(
    private readonly job: number,
    list: HistoryList,
    private readonly total: number | null,
    private readonly post: Post,
    private readonly now: () => number = Date.now,
  ) {
    this.builder = new ColumnBuilder(list);
    this.scanner = new RowScanner(this.builder);
  }

  /** The first rows have gone to the page. */
  get previewed(): boolean {
    return this.sentPreview;
  }

  push(chunk: Uint8Array): void {
    this.loaded += chunk.length;
    let from = 0;
    for (; !this.sentPreview && from < chunk.length; from += FIRST_SLICE_BYTES)
      this.feed(chunk.subarray(from, from + FIRST_SLICE_BYTES));
    if (from < chunk.length) this.feed(chunk.subarray(from));
    const now = this.now();
    if (now - this.reportedAt < PROGRESS_EVERY_MS) return;
    this.reportedAt = now;
    this.post({ type: 'progress', job: this.job, loaded: this.loaded, total: this.total });
  }

  end(etag: string | null, timing: AnswerTiming | null): void {
    this.splitter.end();
    const columns = this.builder.finish();
    const sesiones = [...this.builder.sesiones.values()];
    const message = { type: 'done', job: this.job, columns, sesiones, etag, timing } as const;
    this.post(message, columnBuffers(columns));
  }

  private feed(bytes: Uint8Array): void {
    for (const run of this.splitter.push(bytes)) this.scanner.scan(run);
    if (!this.sentPreview && (this.builder.size >= PREVIEW_ROWS || this.splitter.done)) {
      this.sentPreview = true;
      const columns = this.builder.snapshot(PREVIEW_ROWS);
      this.post({ type: 'preview', job: this.job, columns }, columnBuffers(columns));
    }
  }
}

export interface FetchJob {
  job: number;
  list: HistoryList;
  url: string;
  headers: Record<string, string>;
}

/**
 * The worker's download: the page's bearer token and ETag go along; a 304 keeps the page's
 * rows; any other failure goes back with its status and body, for the page's error and
 * sign-in handling. After the first rows it waits for `resumed` (see HOLD_MAX_MS). Nothing is
 * posted once `signal` is aborted.
 */
export async function fetchHistory(
  m: FetchJob,
  post: Post,
  signal: AbortSignal,
  resumed: () => Promise<void> = () => Promise.resolve(),
  fetchFn: typeof fetch = fetch,
): Promise<void> {
  const fail = (status: number, body = '') => {
    if (!signal.aborted) post({ type: 'failed', job: m.job, status, body });
  };
  let response: Response;
  try {
    // no-store: a manual If-None-Match reaches the service, and 64 MB stay out of the disk cache.
    response = await fetchFn(m.url, { headers: m.headers, cache: 'no-store', signal });
  } catch {
    return fail(0);
  }
  const etag = response.headers.get('ETag');
  if (response.status === 304) {
    const timing = await answerTiming(m.url, 0);
    if (!signal.aborted) post({ type: 'not-modified', job: m.job, etag, timing });
    return;
  }
  if (!response.ok || !response.body) return fail(response.status, await textOf(response));
  const total = Number(response.headers.get('Content-Length')) || null;
  const parser = new BodyParser(m.job, m.list, total, post);
  const chunks = bodyChunks(response.body);
  let bytes = 0;
  let held = false;
  for (;;) {
    if (parser.previewed && !held) {
      if (total !== null) {
        held = true;
        if (total - bytes > HOLD_MIN_BYTES) await resumed();
      } else if (bytes >= HOLD_UNKNOWN_AFTER_BYTES) {
        held = true;
        await resumed();
      }
    }
    let next: IteratorResult<Uint8Array>;
    try {
      next = await chunks.next();
    } catch {
      return fail(0);
    }
    if (signal.aborted) return void chunks.return(undefined);
    if (next.done) break;
    bytes += next.value.length;
    try {
      parser.push(next.value);
    } catch (e) {
      void chunks.return(undefined);
      return fail(-1, (e as Error).message);
    }
  }
  try {
    parser.end(etag, await answerTiming(m.url, bytes));
  } catch (e) {
    fail(-1, (e as Error).message);
  }
}

/** Bytes read at a time into the one buffer of a BYOB reader. */
const READ_BYTES = 256 * 1024;

/**
 * The body's chunks. Where it is a byte stream (fetch's, in Chromium) they are read into one
 * reused buffer: a 64 MB answer then leaves no 64 MB of spent chunks outside the JS heap
 * waiting for a collection (the worker held ~40 MB of them). Each chunk is valid until the
 * next one is asked for. The reader is cancelled if the caller stops early.
 */
export async function* bodyChunks(body: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  let byob: ReadableStreamBYOBReader | null = null;
  try {
    byob = body.getReader({ mode: 'byob' });
  } catch {
    // not a byte stream: one fresh chunk per read
  }
  const reader = byob ?? body.getReader();
  let finished = false;
  try {
    let buffer = new ArrayBuffer(READ_BYTES);
    for (;;) {
      const { done, value } = byob
        ? await byob.read(new Uint8Array(buffer))
        : await (reader as ReadableStreamDefaultReader<Uint8Array>).read();
      if (done || !value) break;
      yield value;
      if (byob) buffer = value.buffer as ArrayBuffer;
    }
    finished = true;
  } finally {
    if (!finished) void reader.cancel().catch(() => undefined);
  }
}

async function textOf(response: Response): Promise<string> {
  try {
    return await response.text();
  } catch {
    return '';
  }
}

/** From this context's Resource Timing entry (the page cannot see a worker's entries). */
async function answerTiming(url: string, bytes: number): Promise<AnswerTiming | null> {
  // The entry is queued as the body completes: give it one task to land.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const entry = performance.getEntriesByName(url, 'resource').at(-1) as
    PerformanceResourceTiming | undefined;
  if (!entry) return null;
  const origin = performance.timeOrigin;
  return {
    responseStart: origin + entry.responseStart,
    responseEnd: origin + entry.responseEnd,
    bytes,
  };
}

/**
 * A job's wait after its first rows: `wait()` resolves once `resume()` is called or after
 * `maxMs`, whichever comes first (a page that never answers holds nothing for long).
 */
export function resumeGate(maxMs = HOLD_MAX_MS): { wait: () => Promise<void>; resume: () => void } {
  let open: () => void = () => undefined;
  let opened = false;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const resume = () => {
    opened = true;
    open();
  };
  return {
    resume,
    wait: () => {
      if (opened) return gate;
      const timer = setTimeout(resume, maxMs);
      return gate.then(() => clearTimeout(timer));
    },
  };
}
