import { Injectable, computed, inject, signal } from '@angular/core';
import { Observable, catchError, map, of, switchMap, tap, timer } from 'rxjs';
import { ApiError, toApiError } from '../../../core/http/api-error';
import { API_CONFIG } from '../../../core/http/api-config';
import { SesionCajaStore } from '../../../core/session/sesion-caja.store';
import { InyeccionesHistoryStore, RecargasHistoryStore } from './history.store';
import { PendingOperation, Reconciliation, findInyeccion, findRecarga, maxId } from './reconcile';
import { InyeccionOperadora, NuevaInyeccion, NuevaRecarga, RecargaCliente } from './recargas.model';
import { RecargasApiService } from './recargas-api.service';
import { SaldosStore } from './saldos.store';

/**
 * How an operation ended, as the cashier must be told:
 * - applied: the service confirmed it (directly, or the history shows it after a lost answer);
 * - refused: the service answered an error, nothing was applied;
 * - not-applied: the answer was lost and the history shows it is absent: may be retried;
 * - unknown: the answer was lost and the history could not be read (or cannot tell it apart
 *   from an identical earlier operation): no money back or in until a check succeeds.
 */
export type Verdict<T> =
  | { kind: 'applied'; record: T; reconciled: boolean }
  | { kind: 'refused'; error: ApiError }
  | { kind: 'not-applied'; error: ApiError }
  | { kind: 'unknown'; error: ApiError };

export type UnresolvedOperation =
  | ({ tipo: 'recarga'; error: ApiError } & PendingOperation<NuevaRecarga>)
  | ({ tipo: 'inyeccion'; error: ApiError } & PendingOperation<NuevaInyeccion>);
export type UnresolvedRecarga = Extract<UnresolvedOperation, { tipo: 'recarga' }>;
export type UnresolvedInyeccion = Extract<UnresolvedOperation, { tipo: 'inyeccion' }>;

/** Session closed or missing: the service's own words (400). */
const SESSION_CLOSED = 'La sesión de caja no existe o no está ABIERTA.';

/**
 * Sends top-ups and injections, one POST per intent, never resent on its own. A lost answer
 * is reconciled with a history read made after the failure (and, after a timeout or gateway
 * error, read again after a grace period: the service may still commit). After any outcome it
 * refreshes balances and till.
 */
@Injectable({ providedIn: 'root' })
export class OperacionesStore {
  private readonly api = inject(RecargasApiService);
  private readonly config = inject(API_CONFIG);
  private readonly saldos = inject(SaldosStore);
  private readonly sesion = inject(SesionCajaStore);
  private readonly recargas = inject(RecargasHistoryStore);
  private readonly inyecciones = inject(InyeccionesHistoryStore);
  private readonly unresolvedState = signal<readonly UnresolvedOperation[]>([]);
  /** Ids already reported to the cashier, per kind: never mistaken for a lost operation. */
  private readonly reported = { recarga: new Set<number>(), inyeccion: new Set<number>() };

  readonly unresolved = this.unresolvedState.asReadonly();
  readonly unresolvedRecargas = computed(() =>
    this.unresolved().filter((u): u is UnresolvedRecarga => u.tipo === 'recarga'),
  );
  readonly unresolvedInyecciones = computed(() =>
    this.unresolved().filter((u): u is UnresolvedInyeccion => u.tipo === 'inyeccion'),
  );
  /** Numbers with a top-up of unknown outcome: not to be recharged until checked. */
  readonly blockedNumbers = computed(
    () => new Set(this.unresolvedRecargas().map((u) => u.nueva.numeroCliente)),
  );

  recargar(nueva: NuevaRecarga): Observable<Verdict<RecargaCliente>> {
    const pending = this.pending(nueva, this.recargas.rows(), 'recarga');
    return this.api.recargar(nueva).pipe(
      map((record): Verdict<RecargaCliente> => ({ kind: 'applied', record, reconciled: false })),
      catchError((e: unknown) =>
        this.onFailure(toApiError(e), () => this.reconcileRecarga(pending)),
      ),
      tap((v) => this.after(v, { tipo: 'recarga', ...pending })),
    );
  }

  inyectar(nueva: NuevaInyeccion): Observable<Verdict<InyeccionOperadora>> {
    const pending = this.pending(nueva, this.inyecciones.rows(), 'inyeccion');
    return this.api.inyectar(nueva).pipe(
      map((record): Verdict<InyeccionOperadora> => ({
        kind: 'applied',
        record,
        reconciled: false,
      })),
      catchError((e: unknown) =>
        this.onFailure(toApiError(e), () => this.reconcileInyeccion(pending)),
      ),
      tap((v) => this.after(v, { tipo: 'inyeccion', ...pending })),
    );
  }

  /** "Comprobar de nuevo" for an operation whose outcome is unknown. */
  recheck(u: UnresolvedRecarga): Observable<Verdict<RecargaCliente>>;
  recheck(u: UnresolvedInyeccion): Observable<Verdict<InyeccionOperadora>>;
  recheck(u: UnresolvedOperation): Observable<Verdict<RecargaCliente | InyeccionOperadora>> {
    const read: Observable<Reconciliation<RecargaCliente | InyeccionOperadora>> =
      u.tipo === 'recarga' ? this.reconcileRecarga(u) : this.reconcileInyeccion(u);
    return read.pipe(
      map((r) => this.verdictOf(r, u.error)),
      catchError((e: unknown) => of<Verdict<never>>({ kind: 'unknown', error: toApiError(e) })),
      tap((v) => this.after(v, u)),
    );
  }

  private pending<N>(
    nueva: N,
    rows: readonly { id: number }[] | null,
    tipo: 'recarga' | 'inyeccion',
  ): PendingOperation<N> {
    const reportedIds = new Set(this.reported[tipo]);
    const known = maxId(rows as readonly { id: number; fechaHora: Date }[] | null);
    const baselineId = known === null ? null : Math.max(known, ...reportedIds);
    return { nueva, submittedAt: new Date(), baselineId, reportedIds };
  }

  // A fresh read, never a download that may have started before the POST.
  private reconcileRecarga(p: PendingOperation<NuevaRecarga>) {
    return this.api.getHistorialClientes().pipe(map((rows) => findRecarga(rows, p)));
  }

  private reconcileInyeccion(p: PendingOperation<NuevaInyeccion>) {
    return this.api.getHistorialInyecciones().pipe(map((rows) => findInyeccion(rows, p)));
  }

  private onFailure<T>(
    error: ApiError,
    read: () => Observable<Reconciliation<T>>,
  ): Observable<Verdict<T>> {
    if (!error.outcomeUnknown) return of({ kind: 'refused', error });
    // After a timeout or a gateway error the service may still be committing: an absent
    // row is read again after a grace period before the cashier hears "not applied".
    const grace = error.noAnswer === 'network' ? 0 : this.config.reconcileGraceMs;
    return read().pipe(
      switchMap((r) =>
        r.kind === 'absent' && grace > 0 ? timer(grace).pipe(switchMap(read)) : of(r),
      ),
      map((r) => this.verdictOf(r, error)),
      catchError(() => of<Verdict<T>>({ kind: 'unknown', error })),
    );
  }

  private verdictOf<T>(r: Reconciliation<T>, error: ApiError): Verdict<T> {
    if (r.kind === 'found') return { kind: 'applied', record: r.row, reconciled: true };
    return r.kind === 'absent' ? { kind: 'not-applied', error } : { kind: 'unknown', error };
  }

  private after(
    v: Verdict<RecargaCliente | InyeccionOperadora>,
    op: UnresolvedOperation | Omit<UnresolvedOperation, 'error'>,
  ): void {
    const others = this.unresolvedState().filter((u) => u.nueva !== op.nueva);
    this.unresolvedState.set(
      v.kind === 'unknown' ? [...others, { ...op, error: v.error } as UnresolvedOperation] : others,
    );
    if (v.kind === 'applied') {
      this.reported[op.tipo].add(v.record.id);
      if (op.tipo === 'recarga') this.recargas.addLocal(v.record as RecargaCliente);
      else this.inyecciones.addLocal(v.record as InyeccionOperadora);
    }
    this.saldos.refresh();
    this.sesion.refreshTillCash();
    if (v.kind === 'refused' && v.error.messages.includes(SESSION_CLOSED))
      this.sesion.markClosedElsewhere();
  }
}
