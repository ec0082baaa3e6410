import { Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Observable, Subscription, filter, map, share, tap } from 'rxjs';
import { toApiError } from '../../../core/http/api-error';
import { AuthService } from '../../../core/auth/auth.service';
import { DataChangedService } from '../../../core/realtime/data-changed.service';
import { SesionCaja } from '../../../core/session/caja.model';
import { CallState } from '../../../shared/call-state';
import { HistoryDownload, RecargasApiService } from './recargas-api.service';
import { InyeccionOperadora, RecargaCliente } from './recargas.model';

interface HistoryRow {
  id: number;
  fechaHora: Date;
}

/**
 * A whole history (the service has no paging: 100,000 rows are ~64 MB), downloaded once with
 * progress, kept in memory as compact rows across navigation, and refreshed in the background
 * on request while the old rows stay on screen. Own operations are added locally.
 */
abstract class HistoryStore<T extends HistoryRow> {
  private readonly rowsState = signal<readonly T[] | null>(null);
  private readonly callState = signal<CallState>('idle');
  private readonly progressState = signal<{ loaded: number; total: number | null } | null>(null);
  private readonly loadedAtState = signal<Date | null>(null);
  private inFlight: Observable<readonly T[]> | null = null;
  private subscription: Subscription | null = null;
  /** Set when the service said data changed since the last download. */
  private readonly staleState = signal(false);
  private readonly sesionesState = signal<ReadonlyMap<number, SesionCaja>>(new Map());
  /** Own rows added while a download runs: that answer may predate them. */
  private addedDuringDownload: T[] = [];
  /** Bumped by clear(): a download started before it must not write its rows after it. */
  private generation = 0;

  readonly rows = this.rowsState.asReadonly();
  readonly state = this.callState.asReadonly();
  readonly progress = this.progressState.asReadonly();
  readonly loadedAt = this.loadedAtState.asReadonly();
  readonly stale = this.staleState.asReadonly();
  /** The sessions embedded in the rows, by id (for a past session's cierre). */
  readonly sesiones = this.sesionesState.asReadonly();
  readonly refreshing = computed(() => this.callState() === 'loading' && this.rowsState() !== null);

  protected abstract download(): Observable<HistoryDownload<T>>;

  constructor() {
    // Any sale or injection (another cashier's too): the next visit refreshes in the background.
    inject(DataChangedService)
      .events$.pipe(takeUntilDestroyed())
      .subscribe(() => this.markStale());
    // Sign-out or another user: nothing of the previous user's history stays in memory.
    const auth = inject(AuthService);
    let userId: number | undefined;
    effect(() => {
      const id = auth.user()?.id;
      if (userId !== undefined && id !== userId) untracked(() => this.clear());
      userId = id;
    });
  }

  /** Loads once; later calls do nothing unless the data is stale. */
  ensureLoaded(): void {
    if (this.rowsState() === null || this.staleState()) this.reload();
  }

  /**
   * Loads only when nothing is loaded yet: the counter needs the own session's rows, which
   * own operations keep up to date, not a 64 MB refresh after every sale.
   */
  loadOnce(): void {
    if (this.rowsState() === null) this.reload();
  }

  reload(): void {
    if (this.inFlight) return;
    this.subscription = this.fetch().subscribe({ error: () => undefined });
  }

  /** A fresh download, shared with any running one; the rows also land in the store. */
  fetch(): Observable<readonly T[]> {
    this.inFlight ??= this.startDownload();
    return this.inFlight;
  }

  markStale(): void {
    this.staleState.set(true);
  }

  /** An own operation confirmed by the service: shown at once, without a download. */
  addLocal(row: T): void {
    if (this.inFlight) this.addedDuringDownload.push(row);
    const rows = this.rowsState();
    if (rows && !rows.some((r) => r.id === row.id)) this.rowsState.set([row, ...rows]);
  }

  private startDownload(): Observable<readonly T[]> {
    const generation = this.generation;
    this.callState.set('loading');
    this.progressState.set({ loaded: 0, total: null });
    return this.download().pipe(
      tap({
        next: (event) => {
          if (event.kind === 'progress')
            this.progressState.set({ loaded: event.loaded, total: event.total });
        },
        error: (e: unknown) => {
          this.callState.set({ error: toApiError(e) });
          this.progressState.set(null);
          this.inFlight = null;
        },
      }),
      filter(
        (event): event is { kind: 'done'; rows: T[]; sesiones: SesionCaja[] } =>
          event.kind === 'done',
      ),
      filter(() => generation === this.generation),
      map((event) => {
        const ids = new Set(event.rows.map((r) => r.id));
        const missed = this.addedDuringDownload.filter((r) => !ids.has(r.id));
        this.addedDuringDownload = [];
        this.sesionesState.set(new Map(event.sesiones.map((s) => [s.id, s])));
        // Newest first, as the service sends it; sorted anyway so local additions stay in order.
        const rows = [...missed, ...event.rows].sort(
          (a, b) => b.fechaHora.getTime() - a.fechaHora.getTime() || b.id - a.id,
        );
        this.rowsState.set(rows);
        this.callState.set('loaded');
        this.progressState.set(null);
        this.loadedAtState.set(new Date());
        this.staleState.set(false);
        this.inFlight = null;
        return rows as readonly T[];
      }),
      share(),
    );
  }

  /** For sign-out: nothing of the previous user stays in memory. */
  clear(): void {
    this.generation++;
    this.staleState.set(false);
    this.subscription?.unsubscribe();
    this.inFlight = null;
    this.addedDuringDownload = [];
    this.sesionesState.set(new Map());
    this.rowsState.set(null);
    this.callState.set('idle');
    this.progressState.set(null);
    this.loadedAtState.set(null);
  }
}

@Injectable({ providedIn: 'root' })
export class RecargasHistoryStore extends HistoryStore<RecargaCliente> {
  private readonly api = inject(RecargasApiService);
  protected download() {
    return this.api.downloadHistorialClientes();
  }
}

@Injectable({ providedIn: 'root' })
export class InyeccionesHistoryStore extends HistoryStore<InyeccionOperadora> {
  private readonly api = inject(RecargasApiService);
  protected download() {
    return this.api.downloadHistorialInyecciones();
  }
}
