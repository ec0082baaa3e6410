import { Injectable, computed, inject, signal } from '@angular/core';
import { Observable, catchError, map, of, tap } from 'rxjs';
import { ApiError, toApiError } from '../../../core/http/api-error';
import { SesionCajaStore } from '../../../core/session/sesion-caja.store';
import { InyeccionesHistoryStore, RecargasHistoryStore } from './history.store';
import { PendingOperation, findInyeccion, findRecarga } from './reconcile';
import { InyeccionOperadora, NuevaInyeccion, NuevaRecarga, RecargaCliente } from './recargas.model';
import { RecargasApiService } from './recargas-api.service';
import { SaldosStore } from './saldos.store';

/**
 * How an operation ended, as the cashier must be told:
 * - applied: the service confirmed it (directly, or the history shows it after a lost answer);
 * - refused: the service answered an error, nothing was applied;
 * - not-applied: the answer was lost and the history shows it is absent: may be retried;
 * - unknown: the answer was lost and the history could not be read: do not hand back or
 *   collect money until a check succeeds.
 */
export type Verdict<T> =
  | { kind: 'applied'; record: T; reconciled: boolean }
  | { kind: 'refused'; error: ApiError }
  | { kind: 'not-applied'; error: ApiError }
  | { kind: 'unknown'; error: ApiError };

export interface UnresolvedRecarga extends PendingOperation<NuevaRecarga> {
  error: ApiError;
}

/** Session closed or missing: the service's own words (400). */
const SESSION_CLOSED = 'La sesión de caja no existe o no está ABIERTA.';

/**
 * Sends top-ups and injections, one POST per intent, never resent on its own. After a lost
 * answer it reconciles with the history; after any outcome it refreshes balances and till.
 */
@Injectable({ providedIn: 'root' })
export class OperacionesStore {
  private readonly api = inject(RecargasApiService);
  private readonly saldos = inject(SaldosStore);
  private readonly sesion = inject(SesionCajaStore);
  private readonly recargas = inject(RecargasHistoryStore);
  private readonly inyecciones = inject(InyeccionesHistoryStore);
  private readonly unresolvedState = signal<readonly UnresolvedRecarga[]>([]);

  /** Top-ups whose outcome is still unknown: their numbers cannot be recharged until checked. */
  readonly unresolved = this.unresolvedState.asReadonly();
  readonly blockedNumbers = computed(
    () => new Set(this.unresolved().map((u) => u.nueva.numeroCliente)),
  );

  recargar(nueva: NuevaRecarga): Observable<Verdict<RecargaCliente>> {
    const pending: PendingOperation<NuevaRecarga> = {
      nueva,
      submittedAt: new Date(),
      knownIds: new Set(
        (this.recargas.rows() ?? []).filter((r) => r.idSesion === nueva.idSesion).map((r) => r.id),
      ),
    };
    return this.api.recargar(nueva).pipe(
      map((record): Verdict<RecargaCliente> => ({ kind: 'applied', record, reconciled: false })),
      catchError((e: unknown) =>
        this.onFailure(toApiError(e), () => this.reconcileRecarga(pending)),
      ),
      tap((verdict) => this.afterRecarga(verdict, pending)),
    );
  }

  inyectar(nueva: NuevaInyeccion): Observable<Verdict<InyeccionOperadora>> {
    const pending: PendingOperation<NuevaInyeccion> = {
      nueva,
      submittedAt: new Date(),
      knownIds: new Set(
        (this.inyecciones.rows() ?? [])
          .filter((r) => r.idSesion === nueva.idSesion)
          .map((r) => r.id),
      ),
    };
    return this.api.inyectar(nueva).pipe(
      map((record): Verdict<InyeccionOperadora> => ({
        kind: 'applied',
        record,
        reconciled: false,
      })),
      catchError((e: unknown) =>
        this.onFailure(toApiError(e), () =>
          this.inyecciones.fetch().pipe(map((rows) => findInyeccion(rows, pending))),
        ),
      ),
      tap((verdict) => {
        if (verdict.kind === 'applied') this.inyecciones.addLocal(verdict.record);
        this.afterAny(verdict);
      }),
    );
  }

  /** "Comprobar de nuevo" for a top-up whose outcome is unknown. */
  recheck(unresolved: UnresolvedRecarga): Observable<Verdict<RecargaCliente>> {
    return this.reconcileRecarga(unresolved).pipe(
      map((record): Verdict<RecargaCliente> =>
        record
          ? { kind: 'applied', record, reconciled: true }
          : { kind: 'not-applied', error: unresolved.error },
      ),
      catchError((e: unknown) =>
        of<Verdict<RecargaCliente>>({ kind: 'unknown', error: toApiError(e) }),
      ),
      tap((verdict) => this.afterRecarga(verdict, unresolved)),
    );
  }

  private reconcileRecarga(
    pending: PendingOperation<NuevaRecarga>,
  ): Observable<RecargaCliente | null> {
    return this.recargas.fetch().pipe(map((rows) => findRecarga(rows, pending)));
  }

  private onFailure<T>(
    error: ApiError,
    reconcile: () => Observable<T | null>,
  ): Observable<Verdict<T>> {
    if (!error.outcomeUnknown) return of({ kind: 'refused', error });
    return reconcile().pipe(
      map((record): Verdict<T> =>
        record ? { kind: 'applied', record, reconciled: true } : { kind: 'not-applied', error },
      ),
      catchError(() => of<Verdict<T>>({ kind: 'unknown', error })),
    );
  }

  private afterRecarga(
    verdict: Verdict<RecargaCliente>,
    pending: PendingOperation<NuevaRecarga>,
  ): void {
    const others = this.unresolvedState().filter((u) => u.nueva !== pending.nueva);
    if (verdict.kind === 'unknown')
      this.unresolvedState.set([...others, { ...pending, error: verdict.error }]);
    else this.unresolvedState.set(others);
    if (verdict.kind === 'applied') this.recargas.addLocal(verdict.record);
    this.afterAny(verdict);
  }

  private afterAny(verdict: Verdict<unknown>): void {
    this.saldos.refresh();
    this.sesion.refreshTillCash();
    if (verdict.kind === 'refused' && verdict.error.messages.includes(SESSION_CLOSED)) {
      this.sesion.markClosedElsewhere();
    }
  }
}
