import { DestroyRef, Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { AsyncSubject, Observable, Subscription, defer, map } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { ApiError, toApiError } from '../../../core/http/api-error';
import { DataChangedService } from '../../../core/realtime/data-changed.service';
import { SesionCaja } from '../../../core/session/caja.model';
import { CallState } from '../../../core/http/call-state';
import { HistoryRecord } from './history-index';
import { RefreshPolicy, RunLog } from './history-refresh';
import { columnsOf, mergeColumns, rowsWhere } from './history-worker/column-ops';
import { HistoryColumns, HistoryList } from './history-worker/columns';
import { DownloadEvent, HistoryDownloader } from './history-worker/history-worker.client';
import { InyeccionOperadora, RecargaCliente } from './recargas.model';
import { callerDestroyRef } from '../../../shared/caller-destroy-ref';

/**
 * A whole history (the service has no paging: 100,000 rows are ~64 MB), downloaded by a Web
 * Worker into typed-array columns, one download at a time shared by every caller, kept in
 * memory across navigation. `dataChanged` only marks it stale: it is read again only while a
 * screen that shows it is open (`attach`, or `ensureLoaded()` from an injection context), at
 * most once a minute, never during a download, and with `If-None-Match` (a 304 keeps the rows).
 */
abstract class HistoryStore<T extends HistoryRecord> {
  protected abstract readonly list: HistoryList;
  private readonly downloader = inject(HistoryDownloader);
  private readonly columnsState = signal<HistoryColumns | null>(null);
  private readonly previewState = signal<HistoryColumns | null>(null);
  private readonly callState = signal<CallState>('idle');
  private readonly progressState = signal<{ loaded: number; total: number | null } | null>(null);
  private readonly loadedAtState = signal<Date | null>(null);
  private readonly staleState = signal(false);
  private readonly sesionesState = signal<ReadonlyMap<number, SesionCaja>>(new Map());
  private etag: string | null = null;
  private running: { done: AsyncSubject<void>; sub?: Subscription } | null = null;
  private readonly runs = new RunLog();
  private freshWanted = false;
  private readonly refresh = new RefreshPolicy(
    () => this.staleState() && !this.running && this.columnsState() !== null,
    () => this.start(),
  );
  /** Own rows added while a download runs: that answer may predate them. */
  private addedDuringDownload: T[] = [];

  /** The complete history as columns (what the history screens read), newest first. */
  readonly columns = this.columnsState.asReadonly();
  /** The first rows of a first download still arriving (no totals from these). */
  readonly preview = this.previewState.asReadonly();
  /**
   * The complete history as row objects, made from the columns on first read after each
   * change (100,000 objects: prefer `columns()` where it matters).
   */
  readonly rows = computed<readonly T[] | null>(() => {
    const c = this.columnsState();
    return c ? (rowsWhere(c) as T[]) : null;
  });
  readonly state = this.callState.asReadonly();
  readonly progress = this.progressState.asReadonly();
  readonly loadedAt = this.loadedAtState.asReadonly();
  readonly stale = this.staleState.asReadonly();
  /** The sessions embedded in the rows, by id (for a past session's cierre). */
  readonly sesiones = this.sesionesState.asReadonly();
  readonly refreshing = computed(
    () => this.callState() === 'loading' && this.columnsState() !== null,
  );

  constructor() {
    inject(DataChangedService)
      .events$.pipe(takeUntilDestroyed())
      .subscribe(() => this.markStale());
    // Sign-out or another user: nothing of the previous user's history stays in memory.
    const auth = inject(AuthService);
    let userId: number | undefined;
    effect(() => {
      const id = auth.user()?.id;
      if (userId !== undefined && id !== userId)
        untracked(() => {
          this.clear();
          // Another user signed in over a screen that shows it: theirs is read at once.
          if (id !== undefined && this.refresh.watched) this.start();
        });
      userId = id;
    });
  }

  /**
   * Loads when nothing is loaded (or the last try failed). Called from an injection context
   * (a screen's constructor), it also attaches that screen until it is destroyed.
   */
  ensureLoaded(): void {
    const screen = callerDestroyRef();
    if (screen) this.attach(screen);
    if (this.columnsState() === null && !this.running) this.start();
  }

  /** A screen that shows this history: while one is attached, a stale history is refreshed. */
  attach(destroyRef: DestroyRef): void {
    this.refresh.attach(destroyRef);
  }

  /**
   * Rows with an id above `id`, as objects (ids are serial: what the service wrote after a
   * known row). Cheap at any size: scans the id column, makes objects for the hits only.
   */
  rowsAbove(id: number): readonly T[] {
    const c = this.columnsState();
    return c ? (rowsWhere(c, (i) => c.id[i] > id) as T[]) : [];
  }

  /** The rows of one cashier session, as objects (cheap, like rowsAbove). */
  rowsOfSesion(idSesion: number): readonly T[] {
    const c = this.columnsState();
    return c ? (rowsWhere(c, (i) => c.sesion[i] === idSesion) as T[]) : [];
  }

  /** An explicit read (the screen's `Actualizar`, `Reintentar`), unless one is running. */
  reload(): void {
    if (!this.running) this.start();
  }

  /**
   * Emits once a download that started at or after this call has landed (a running download
   * that began earlier is awaited, then another one starts): its rows are then in the store.
   */
  freshRead(): Observable<void> {
    return defer(() => {
      const min = this.runs.next;
      if (this.running) this.freshWanted = true;
      else this.start();
      return this.runs.from(min);
    });
  }

  /**
   * `freshRead` for some cashier sessions: only those sessions' rows become objects
   * (`rowsOfSesion`), not the whole history. `maxId` is the highest id of the whole read (ids
   * are serial: the baseline for what the service writes next), null if none.
   */
  freshReadOfSesiones(
    idSesiones: readonly number[],
  ): Observable<{ rows: readonly T[]; maxId: number | null }> {
    return this.freshRead().pipe(
      map(() => {
        const c = this.columnsState();
        let maxId = 0;
        for (let i = 0; c && i < c.size; i++) if (c.id[i] > maxId) maxId = c.id[i];
        const rows = [...new Set(idSesiones)].flatMap((id) => this.rowsOfSesion(id));
        return { rows, maxId: c ? maxId : null };
      }),
    );
  }

  markStale(): void {
    this.staleState.set(true);
    this.refresh.check();
  }

  /** An own operation confirmed by the service: shown at once, without a download. */
  addLocal(row: T): void {
    if (this.running) this.addedDuringDownload.push(row);
    const columns = this.columnsState();
    if (!columns || columns.id.includes(row.id)) return;
    this.columnsState.set(mergeColumns(columns, columnsOf(this.list, [row])));
  }

  /** For sign-out or another user: nothing of the previous user stays in memory. */
  clear(): void {
    const run = this.running;
    this.running = null;
    run?.sub?.unsubscribe();
    // Whoever waits for the download cancelled here is told, as whoever waits for a later one:
    // a wait that never ends would hold a verdict or a sign-out for good.
    const discarded = new ApiError(0, ['El historial se descartó al cambiar de usuario.']);
    run?.done.error(discarded);
    this.runs.discard(discarded);
    this.freshWanted = false;
    this.refresh.cancel();
    this.etag = null;
    this.addedDuringDownload = [];
    this.columnsState.set(null);
    // A computed keeps its last value until read again: read now, its 100,000 row objects of
    // the previous user go with the columns.
    untracked(this.rows);
    this.previewState.set(null);
    this.sesionesState.set(new Map());
    this.callState.set('idle');
    this.progressState.set(null);
    this.loadedAtState.set(null);
    this.staleState.set(false);
  }

  private start(): void {
    this.refresh.started();
    const run: NonNullable<typeof this.running> = { done: this.runs.begin() };
    const wasStale = this.staleState();
    this.running = run;
    this.freshWanted = false;
    this.staleState.set(false);
    this.callState.set('loading');
    this.progressState.set({ loaded: 0, total: null });
    const etag = this.columnsState() ? this.etag : null;
    run.sub = this.downloader.download(this.list, etag).subscribe({
      next: (event) => this.onEvent(run, event),
      error: (e: unknown) => {
        if (this.running !== run) return;
        this.running = null;
        this.callState.set({ error: toApiError(e) });
        this.progressState.set(null);
        this.previewState.set(null);
        if (wasStale) this.staleState.set(true);
        run.done.error(toApiError(e));
        this.afterRun();
      },
    });
  }

  private onEvent(run: NonNullable<typeof this.running>, event: DownloadEvent): void {
    if (this.running !== run) return;
    if (event.kind === 'progress') {
      this.progressState.set({ loaded: event.loaded, total: event.total });
      return;
    }
    if (event.kind === 'preview') {
      if (!this.columnsState()) this.previewState.set(event.columns);
      return;
    }
    this.etag = event.etag ?? this.etag;
    if (event.kind === 'done') {
      const ids = event.columns.id;
      const missed = this.addedDuringDownload.filter((r) => !ids.includes(r.id));
      const columns = missed.length
        ? mergeColumns(event.columns, columnsOf(this.list, missed))
        : event.columns;
      this.columnsState.set(columns);
      this.sesionesState.set(new Map(event.sesiones.map((s) => [s.id, s])));
    }
    this.addedDuringDownload = [];
    this.running = null;
    this.callState.set('loaded');
    this.progressState.set(null);
    this.previewState.set(null);
    this.loadedAtState.set(new Date());
    run.done.next();
    run.done.complete();
    this.afterRun();
  }

  private afterRun(): void {
    if (this.freshWanted) this.start();
    else this.refresh.check();
  }
}

@Injectable({ providedIn: 'root' })
export class RecargasHistoryStore extends HistoryStore<RecargaCliente> {
  protected readonly list = 'recargas';
}

@Injectable({ providedIn: 'root' })
export class InyeccionesHistoryStore extends HistoryStore<InyeccionOperadora> {
  protected readonly list = 'inyecciones';
}
