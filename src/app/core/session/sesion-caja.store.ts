import { DestroyRef, Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  EMPTY,
  Observable,
  Subject,
  Subscription,
  catchError,
  debounceTime,
  of,
  switchMap,
  tap,
  throwError,
} from 'rxjs';
import { Cents } from '../../shared/money';
import { CallState, errorOf } from '../../core/http/call-state';
import { NetworkStatus } from '../http/network-status';
import { AuthService } from '../auth/auth.service';
import { ApiError, toApiError } from '../http/api-error';
import { DataChangedService } from '../realtime/data-changed.service';
import { Caja, SesionCaja } from './caja.model';
import { CajasApiService } from './cajas-api.service';

/** Till cash older than this is read again before an injection or a close uses it. */
export const TILL_CASH_MAX_AGE_MS = 60_000;

/**
 * The signed-in user's active cashier session: the one stream every feature reads, so nobody
 * ever types a session id. `sesion()` is undefined until known, null when none is open.
 */
@Injectable({ providedIn: 'root' })
export class SesionCajaStore {
  private readonly api = inject(CajasApiService);
  private readonly auth = inject(AuthService);
  private readonly sesionState = signal<SesionCaja | null | undefined>(undefined);
  private readonly tillCashState = signal<Cents | null>(null);
  /** When the till cash was last read successfully, and why the last read failed. */
  private readonly tillCashAtState = signal<Date | null>(null);
  private readonly tillCashErrorState = signal<ApiError | null>(null);
  private readonly cajasState = signal<Caja[]>([]);
  private readonly closedState = signal<SesionCaja | null>(null);
  private readonly callState = signal<CallState>('idle');
  private loading: Subscription | null = null;
  private cajasLoading: Subscription | null = null;
  private cajasViewers = 0;
  /** Till-cash reads: the latest wins, so an older balance never lands last. */
  private readonly tillCash$ = new Subject<number | null>();

  readonly sesion = this.sesionState.asReadonly();
  readonly tillCash = this.tillCashState.asReadonly();
  readonly tillCashAt = this.tillCashAtState.asReadonly();
  /** Set while the last read failed: the value shown is older than it should be. */
  readonly tillCashError = this.tillCashErrorState.asReadonly();
  readonly cajas = this.cajasState.asReadonly();
  /**
   * The session this user closed last, as the service answered the close: its cierre has the
   * counted cash and the difference before any history read shows the session closed.
   */
  readonly lastClosed = this.closedState.asReadonly();
  readonly state = this.callState.asReadonly();
  readonly hasOpenSession = computed(() => this.sesion()?.estado === 'ABIERTA');
  /** The till's name for the open session ("Caja 01"), from the list of tills. */
  readonly cajaNombre = computed(() => {
    const s = this.sesion();
    if (!s) return null;
    return (
      s.caja?.nombre ?? this.cajas().find((c) => c.id === s.idCaja)?.nombre ?? `Caja ${s.idCaja}`
    );
  });

  constructor() {
    let userId: number | undefined;
    effect(() => {
      const user = this.auth.user();
      untracked(() => {
        // Another user signed in: nothing of the previous one's (closed session, tills) stays.
        if (!user || (userId !== undefined && user.id !== userId)) this.clear();
        userId = user?.id;
        if (user) this.reload();
      });
    });
    this.tillCash$
      .pipe(
        switchMap((id) =>
          id === null
            ? [null]
            : this.api.getTillBalance(id).pipe(
                catchError((e: unknown) => {
                  // The old value stays, marked stale ("sin actualizar desde 14:02").
                  this.tillCashErrorState.set(toApiError(e));
                  return EMPTY;
                }),
              ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((cash) => {
        this.tillCashState.set(cash);
        this.tillCashAtState.set(cash === null ? null : new Date());
        this.tillCashErrorState.set(null);
      });
    inject(DataChangedService)
      .events$.pipe(debounceTime(50), takeUntilDestroyed())
      .subscribe(() => {
        if (this.auth.user()) this.reload();
      });
    // A read that failed for want of a connection (an offline start) is made again when the
    // connection comes back: the counter's selling returns without a click.
    const network = inject(NetworkStatus);
    effect(() => {
      if (network.offline()) return;
      untracked(() => {
        if (errorOf(this.callState()) && this.auth.user()) this.reload();
      });
    });
  }

  /** Re-reads the session, the tills and the till's cash. Concurrent calls collapse into one. */
  reload(): void {
    const user = this.auth.user();
    if (!user) return;
    this.loading?.unsubscribe();
    this.callState.set('loading');
    this.loading = this.api.getSesionActiva(user.id).subscribe({
      next: (sesion) => {
        this.sesionState.set(sesion);
        this.callState.set('loaded');
        // Without an open session the opening form shows the tills' cash: read it again.
        this.loadCajas(sesion === null && this.cajasViewers > 0);
        this.tillCash$.next(sesion?.id ?? null);
      },
      error: (error: unknown) => this.callState.set({ error: toApiError(error) }),
    });
  }

  refreshTillCash(): void {
    const id = this.sesion()?.id;
    if (id !== undefined) this.tillCash$.next(id);
  }

  /**
   * The till cash no older than `maxAgeMs`: read again when older (an injection or a close
   * never decides on a stale amount). Errors reach the caller.
   */
  freshTillCash(maxAgeMs = TILL_CASH_MAX_AGE_MS): Observable<Cents> {
    const id = this.sesion()?.id;
    if (id === undefined)
      return throwError(() => new ApiError(400, ['No tienes una caja abierta.']));
    const at = this.tillCashAtState();
    const cash = this.tillCashState();
    if (at && cash !== null && Date.now() - at.getTime() <= maxAgeMs && !this.tillCashErrorState())
      return of(cash);
    return this.api.getTillBalance(id).pipe(
      tap({
        next: (fresh) => {
          this.tillCashState.set(fresh);
          this.tillCashAtState.set(new Date());
          this.tillCashErrorState.set(null);
        },
        error: (e: unknown) => this.tillCashErrorState.set(toApiError(e)),
      }),
    );
  }

  /** The service answered that the session is closed or missing (closed elsewhere). */
  markClosedElsewhere(): void {
    this.reload();
  }

  abrir(idCaja: number, montoInicial?: Cents): Observable<SesionCaja> {
    const user = this.requireUser();
    return this.api.abrir({ idCaja, idUsuario: user.id, montoInicial }).pipe(
      // The answer is the open session: shown at once (the opening form goes, it cannot be
      // sent twice), then read again in full.
      tap((sesion) => {
        // Not if that user signed out meanwhile: the next one must not sell into it.
        if (this.auth.user()?.id !== user.id) return;
        this.sesionState.set(sesion);
        this.callState.set('loaded');
      }),
      this.readAgainAfter(),
    );
  }

  /**
   * Closes the session the cashier counted for (`idSesion`): if the open session is another
   * one by now (closed and opened again elsewhere, another user signed in), nothing is sent.
   */
  cerrar(idSesion: number, montoFinalReal: Cents): Observable<SesionCaja> {
    const user = this.requireUser();
    const sesion = this.sesion();
    if (!sesion) throw new ApiError(400, ['No tienes una caja abierta.']);
    if (sesion.id !== idSesion)
      return throwError(
        () =>
          new ApiError(400, [
            `La caja abierta ya no es la sesión ${idSesion} que contaste: no se cerró nada.`,
          ]),
      );
    return this.api.cerrar(sesion.id, montoFinalReal, user.id).pipe(
      tap((closed) => this.closedState.set(closed)),
      this.readAgainAfter(),
    );
  }

  /** The cash in the till of any open session now (a supervisor's look at another till). */
  tillCashOf(idSesion: number): Observable<Cents> {
    return this.api.getTillBalance(idSesion);
  }

  /**
   * The session is read again after an open or a close, and after the service refused one
   * (`La sesión ya está cerrada`, `El usuario ya cuenta con una caja abierta`: its state is not
   * the one this page shows, changed elsewhere: 400 or 404). Not after a lost answer or a 401.
   */
  private readAgainAfter<T>() {
    return tap<T>({
      next: () => this.reload(),
      error: (e: unknown) => {
        const status = toApiError(e).status;
        if (status === 400 || status === 404) this.reload();
      },
    });
  }

  /**
   * A screen that shows the tills' cash (the opening form) reads them now and again at each
   * reload without an open session, until it is destroyed.
   */
  watchCajas(destroyRef: DestroyRef): void {
    this.cajasViewers++;
    destroyRef.onDestroy(() => this.cajasViewers--);
    if (this.auth.user()) this.loadCajas(true);
  }

  private loadCajas(again: boolean): void {
    if (this.cajasState().length && !again) return;
    this.cajasLoading?.unsubscribe(); // the latest read wins
    this.cajasLoading = this.api
      .getCajas()
      .pipe(catchError(() => EMPTY))
      .subscribe((cajas) => this.cajasState.set(cajas));
  }

  private clear(): void {
    this.loading?.unsubscribe();
    this.cajasLoading?.unsubscribe();
    this.sesionState.set(undefined);
    this.tillCash$.next(null);
    this.tillCashErrorState.set(null);
    this.cajasState.set([]);
    this.closedState.set(null);
    this.callState.set('idle');
  }

  private requireUser() {
    const user = this.auth.user();
    if (!user) throw new ApiError(401, ['Vuelve a ingresar.']);
    return user;
  }
}
