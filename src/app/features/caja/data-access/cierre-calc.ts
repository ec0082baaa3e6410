import { Signal, computed, signal } from '@angular/core';
import {
  EMPTY,
  Observable,
  Subject,
  Subscription,
  catchError,
  combineLatest,
  filter,
  merge,
  switchMap,
} from 'rxjs';
import { ApiError, toApiError } from '../../../core/http/api-error';
import { SesionCaja } from '../../../core/session/caja.model';
import { Cents } from '../../../shared/money';
import { InyeccionOperadora, RecargaCliente } from '../../recargas/data-access/recargas.model';
import {
  CuadreCaja,
  Discrepancia,
  ResumenSesion,
  cuadrar,
  discrepancias,
  resumirSesion,
} from './cierre';

export interface CierreFigures {
  resumen: ResumenSesion;
  cuadre: CuadreCaja;
  discrepancias: readonly Discrepancia[];
}

export type CierreCalcState = 'loading' | { error: ApiError } | CierreFigures;

export interface CierreSources {
  recargas(): Observable<readonly RecargaCliente[]>;
  inyecciones(): Observable<readonly InyeccionOperadora[]>;
  /** The till cash read now (never an older value). */
  tillCash(): Observable<Cents>;
  /** This device's own applied operations of the session (the ledger). */
  ledger(): { recargas: readonly RecargaCliente[]; inyecciones: readonly InyeccionOperadora[] };
  /**
   * Money may have moved (the service's `dataChanged`): the till cash is read again, and the
   * rows too when it moved (a sale in another tab, a late commit), so the figures the cashier
   * confirms are never older than the till.
   */
  changes?: Observable<unknown>;
}

/**
 * The figures of a close, from the service's rows for the session read when the close starts
 * (never from what happened to be in memory): while they load there are no figures at all,
 * and a failed read offers a retry instead of a partial sum.
 */
export class CierreCalc {
  private readonly stateSignal = signal<CierreCalcState>('loading');
  private subscription: Subscription | null = null;

  readonly state: Signal<CierreCalcState> = this.stateSignal.asReadonly();
  readonly figures = computed(() => {
    const s = this.stateSignal();
    return typeof s === 'object' && 'cuadre' in s ? s : null;
  });
  readonly error = computed(() => {
    const s = this.stateSignal();
    return typeof s === 'object' && 'error' in s ? s.error : null;
  });

  private readonly watch: Subscription | undefined;
  /** A change came while the figures loaded: the till is checked again once they land. */
  private changedWhileLoading = false;
  private readonly checkAgain = new Subject<void>();

  constructor(
    private readonly sesion: SesionCaja,
    private readonly sources: CierreSources,
  ) {
    this.load();
    this.watch = sources.changes
      ? merge(sources.changes, this.checkAgain)
          .pipe(
            filter(() => {
              if (this.figures() !== null) return true;
              if (this.stateSignal() === 'loading') this.changedWhileLoading = true;
              return false;
            }),
            switchMap(() => sources.tillCash().pipe(catchError(() => EMPTY))),
          )
          .subscribe((cash) => {
            if (cash !== this.figures()?.cuadre.esperado) this.load();
          })
      : undefined;
  }

  /** The cashier confirmed these figures: they change no more (the dialog is closing). */
  freeze(): void {
    this.watch?.unsubscribe();
  }

  retry(): void {
    this.load();
  }

  destroy(): void {
    this.subscription?.unsubscribe();
    this.watch?.unsubscribe();
  }

  private load(): void {
    this.subscription?.unsubscribe();
    this.stateSignal.set('loading');
    const s = this.sources;
    this.subscription = combineLatest([s.recargas(), s.inyecciones(), s.tillCash()]).subscribe({
      next: ([recargas, inyecciones, cash]) => {
        const resumen = resumirSesion(this.sesion.id, recargas, inyecciones);
        const own = s.ledger();
        this.stateSignal.set({
          resumen,
          cuadre: cuadrar(this.sesion.montoInicial, resumen, cash),
          discrepancias: discrepancias(this.sesion.id, { recargas, inyecciones }, own),
        });
        if (this.changedWhileLoading) {
          this.changedWhileLoading = false;
          this.checkAgain.next();
        }
      },
      error: (e: unknown) => this.stateSignal.set({ error: toApiError(e) }),
    });
  }
}
