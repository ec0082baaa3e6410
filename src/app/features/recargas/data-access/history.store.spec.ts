import { DestroyRef, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Subject, finalize } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { ApiError } from '../../../core/http/api-error';
import { DataChangedService } from '../../../core/realtime/data-changed.service';
import { row } from './history-fixtures.spec';
import { RecargasHistoryStore } from './history.store';
import { columnsOf } from './history-worker/column-ops';
import { DownloadEvent, HistoryDownloader } from './history-worker/history-worker.client';

interface Call {
  etag: string | null;
  events: Subject<DownloadEvent>;
  cancelled: boolean;
}

const T0 = Date.UTC(2026, 10, 25, 15, 0, 0);
const rows = (...ids: number[]) =>
  columnsOf(
    'recargas',
    ids.map((id) => row({ id, at: new Date(T0 - (100 - id) * 60_000).toISOString() })),
  );
const done = (ids: number[], etag: string | null = null): DownloadEvent => ({
  kind: 'done',
  columns: rows(...ids),
  sesiones: [],
  etag,
});

describe('RecargasHistoryStore', () => {
  let calls: Call[];
  let store: RecargasHistoryStore;
  const changed = new Subject<{ entity: string; action: string }>();
  const user = signal<{ id: number } | null>({ id: 3 });
  const ids = () => store.rows()?.map((r) => r.id) ?? null;
  const finish = (k: number, event: DownloadEvent) => {
    calls[k].events.next(event);
    calls[k].events.complete();
  };
  /** A screen showing the history, destroyed by hand. */
  const screen = () => {
    const hooks: (() => void)[] = [];
    const ref = { onDestroy: (f: () => void) => hooks.push(f) } as unknown as DestroyRef;
    return { ref, destroy: () => hooks.forEach((f) => f()) };
  };

  beforeEach(() => {
    calls = [];
    user.set({ id: 3 });
    jasmine.clock().install();
    jasmine.clock().mockDate(new Date(T0));
    const downloader = {
      download: (_list: string, etag: string | null) => {
        const call: Call = { etag, events: new Subject(), cancelled: false };
        calls.push(call);
        return call.events.pipe(finalize(() => (call.cancelled = !call.events.closed)));
      },
    };
    TestBed.configureTestingModule({
      providers: [
        { provide: HistoryDownloader, useValue: downloader },
        { provide: DataChangedService, useValue: { events$: changed } },
        { provide: AuthService, useValue: { user } },
      ],
    });
    store = TestBed.inject(RecargasHistoryStore);
    TestBed.tick();
  });

  afterEach(() => jasmine.clock().uninstall());

  it('downloads once for every caller while a download runs, with progress', () => {
    store.ensureLoaded();
    store.ensureLoaded();
    store.reload();
    expect(calls.length).toBe(1);
    calls[0].events.next({ kind: 'progress', loaded: 2048, total: null });
    expect(store.progress()).toEqual({ loaded: 2048, total: null });
    finish(0, done([2, 1]));
    expect(ids()).toEqual([2, 1]);
    expect(store.state()).toBe('loaded');
    store.ensureLoaded();
    expect(calls.length).toBe(1);
  });

  it('shows the first rows of a first download apart, then the whole history', () => {
    store.ensureLoaded();
    calls[0].events.next({ kind: 'preview', columns: rows(3) });
    expect(store.preview()?.size).toBe(1);
    expect(store.columns()).toBeNull();
    finish(0, done([3, 2, 1]));
    expect(store.preview()).toBeNull();
    expect(store.columns()?.size).toBe(3);
  });

  describe('freshRead', () => {
    it('starts a download when none runs and answers its rows', () => {
      let answer: number[] | undefined;
      store.freshRead().subscribe(() => (answer = (store.rows() ?? []).map((x) => x.id)));
      expect(calls.length).toBe(1);
      finish(0, done([5, 4]));
      expect(answer).toEqual([5, 4]);
      expect(ids()).toEqual([5, 4]);
    });

    it('waits for a download that began before the call, then reads again', () => {
      store.ensureLoaded();
      let answer: number[] | undefined;
      store.freshRead().subscribe(() => (answer = (store.rows() ?? []).map((x) => x.id)));
      finish(0, done([1]));
      expect(answer).toBeUndefined();
      expect(calls.length).toBe(2);
      finish(1, done([2, 1]));
      expect(answer).toEqual([2, 1]);
    });

    it('shares one later download among calls made during the same earlier one', () => {
      store.ensureLoaded();
      const answers: number[][] = [];
      store.freshRead().subscribe(() => answers.push((store.rows() ?? []).map((x) => x.id)));
      store.freshRead().subscribe(() => answers.push((store.rows() ?? []).map((x) => x.id)));
      finish(0, done([1]));
      expect(calls.length).toBe(2);
      finish(1, done([2, 1]));
      expect(answers).toEqual([
        [2, 1],
        [2, 1],
      ]);
      expect(calls.length).toBe(2);
    });

    it('fails with the download', () => {
      let error: ApiError | undefined;
      store.freshRead().subscribe({ error: (e: ApiError) => (error = e) });
      calls[0].events.error(new ApiError(503, ['El servidor no está disponible (503).']));
      expect(error?.status).toBe(503);
      expect(store.state()).toEqual({ error: jasmine.any(ApiError) });
    });
  });

  describe('a stale history', () => {
    beforeEach(() => {
      store.ensureLoaded();
      finish(0, done([1], 'W/"a"'));
    });

    it('is not read again while no screen shows it', () => {
      changed.next({ entity: 'caja', action: 'saldo_actualizado' });
      jasmine.clock().tick(10 * 60_000);
      expect(store.stale()).toBeTrue();
      expect(calls.length).toBe(1);
    });

    it('is read again while a screen shows it, at most once a minute, never during a download', () => {
      const s = screen();
      store.attach(s.ref);
      jasmine.clock().tick(10_000);
      changed.next({ entity: 'caja', action: 'saldo_actualizado' });
      expect(calls.length).toBe(1);
      jasmine.clock().tick(49_999);
      expect(calls.length).toBe(1);
      jasmine.clock().tick(1);
      expect(calls.length).toBe(2);
      changed.next({ entity: 'caja', action: 'saldo_actualizado' });
      jasmine.clock().tick(1000);
      expect(calls.length).toBe(2);
      finish(1, done([2, 1], 'W/"b"'));
      expect(store.stale()).toBeTrue();
      jasmine.clock().tick(58_999);
      expect(calls.length).toBe(2);
      jasmine.clock().tick(1);
      expect(calls.length).toBe(3);
      finish(2, done([2, 1], 'W/"b"'));
      changed.next({ entity: 'caja', action: 'saldo_actualizado' });
      s.destroy();
      jasmine.clock().tick(10 * 60_000);
      expect(calls.length).toBe(3);
    });

    it('is read with its ETag, and a 304 keeps the rows', () => {
      store.reload();
      expect(calls[1].etag).toBe('W/"a"');
      jasmine.clock().tick(5000);
      finish(1, { kind: 'not-modified', etag: 'W/"a"' });
      expect(ids()).toEqual([1]);
      expect(store.state()).toBe('loaded');
      expect(store.loadedAt()).toEqual(new Date(T0 + 5000));
    });
  });

  it('keeps an own row added during a download whose answer predates it', () => {
    store.ensureLoaded();
    finish(0, done([1]));
    store.reload();
    store.addLocal(row({ id: 9, at: new Date(T0 + 60_000).toISOString() }) as never);
    expect(ids()).toEqual([9, 1]);
    finish(1, done([1]));
    expect(ids()).toEqual([9, 1]);
  });

  it('forgets everything, running download included, when another user signs in', () => {
    store.ensureLoaded();
    finish(0, done([1], 'W/"a"'));
    store.reload();
    let error: ApiError | undefined;
    store.freshRead().subscribe({ error: (e: ApiError) => (error = e) });
    user.set({ id: 4 });
    TestBed.tick();
    expect(calls[1].cancelled).toBeTrue();
    expect(error).toEqual(jasmine.any(ApiError));
    expect(store.rows()).toBeNull();
    expect(store.state()).toBe('idle');
    store.ensureLoaded();
    expect(calls[2].etag).toBeNull();
  });

  it('fails a fresh read whose own download is cancelled by a sign-out (no wait without end)', () => {
    let error: ApiError | undefined;
    let landed = false;
    store.freshRead().subscribe({ next: () => (landed = true), error: (e) => (error = e) });
    expect(calls.length).toBe(1); // this read started the download itself
    user.set(null);
    TestBed.tick();
    expect(calls[0].cancelled).toBeTrue();
    expect(landed).toBeFalse();
    expect(error).toEqual(jasmine.any(ApiError));
    expect(error?.messages.join(' ')).toContain('descartó');
  });

  it("reads the new user's history at once when one signs in over a screen that shows it", () => {
    const s = screen();
    store.attach(s.ref);
    store.ensureLoaded();
    finish(0, done([1], 'W/"a"'));
    user.set({ id: 4 });
    TestBed.tick();
    expect(calls.length).toBe(2);
    expect(calls[1].etag).toBeNull(); // nothing of the previous user's read is reused
    expect(store.state()).toBe('loading');
    finish(1, done([7]));
    expect(ids()).toEqual([7]);
  });

  it('reads nothing after a sign-out, nor for a new user while no screen shows the history', () => {
    const s = screen();
    store.attach(s.ref);
    store.ensureLoaded();
    finish(0, done([1]));
    user.set(null);
    TestBed.tick();
    expect(calls.length).toBe(1);
    s.destroy();
    user.set({ id: 4 });
    TestBed.tick();
    expect(calls.length).toBe(1);
    expect(store.rows()).toBeNull();
  });
});
