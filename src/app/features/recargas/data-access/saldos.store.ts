import { Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  EMPTY,
  Subject,
  catchError,
  debounceTime,
  filter,
  interval,
  merge,
  startWith,
  switchMap,
  tap,
} from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { toApiError } from '../../../core/http/api-error';
import { DataChangedService } from '../../../core/realtime/data-changed.service';
import { CallState } from '../../../core/http/call-state';
import { Cents } from '../../../shared/money';
import { OPERADORAS, OperadoraNombre } from './operadora';
import { PoolSettingsStore } from './pool-settings.store';
import { RecargasApiService } from './recargas-api.service';

/** Below this pool an operator shows a warning: time to inject. */
export const LOW_BALANCE_THRESHOLD = 10000 as Cents;
/** Fallback polling when no `dataChanged` event arrives. */
export const SALDOS_POLL_MS = 60_000;

export interface SaldoView {
  operadora: OperadoraNombre;
  /** null: the operator has no row yet (not set up until its first injection). */
  saldo: Cents | null;
  /** The supervisor's threshold for this operator on this device, or the default. */
  threshold: Cents;
  low: boolean;
}

/**
 * Operator pools. Refreshed after every own operation, on `dataChanged` (socket or mock
 * event) and every 60 s; old values stay on screen while a refresh runs (no flicker), and
 * bursts (the event plus our own answer) collapse into one read.
 */
@Injectable({ providedIn: 'root' })
export class SaldosStore {
  private readonly api = inject(RecargasApiService);
  private readonly saldos = signal<ReadonlyMap<OperadoraNombre, Cents> | null>(null);
  private readonly callState = signal<CallState>('idle');
  private readonly refresh$ = new Subject<void>();

  readonly state = this.callState.asReadonly();
  readonly loaded = computed(() => this.saldos() !== null);
  private readonly pools = inject(PoolSettingsStore);
  readonly items = computed<SaldoView[]>(() => {
    const map = this.saldos();
    const umbrales = this.pools.umbrales();
    return OPERADORAS.map((operadora) => {
      const saldo = map?.get(operadora) ?? null;
      const threshold = umbrales[operadora] ?? LOW_BALANCE_THRESHOLD;
      return { operadora, saldo, threshold, low: saldo !== null && saldo < threshold };
    });
  });

  constructor() {
    const auth = inject(AuthService);
    // The latest trigger wins (switchMap): a read that started before our own sale committed
    // is replaced, never left to paint an older pool.
    merge(
      merge(this.refresh$, inject(DataChangedService).events$).pipe(debounceTime(30)),
      interval(SALDOS_POLL_MS),
    )
      .pipe(
        startWith(undefined),
        filter(() => auth.isSignedIn()),
        switchMap(() => {
          if (this.saldos() === null) this.callState.set('loading');
          return this.api.getSaldos().pipe(
            tap((list) => {
              this.saldos.set(new Map(list.map((s) => [s.operadora, s.saldo])));
              this.callState.set('loaded');
            }),
            catchError((e: unknown) => {
              this.callState.set({ error: toApiError(e) });
              return EMPTY;
            }),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe();
  }

  saldoOf(operadora: OperadoraNombre): Cents | null {
    return this.saldos()?.get(operadora) ?? null;
  }

  refresh(): void {
    this.refresh$.next();
  }
}
