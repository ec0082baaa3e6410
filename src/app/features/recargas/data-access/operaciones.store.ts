import { Injectable, computed, inject } from '@angular/core';
import { Observable, catchError, concat, defer, from, map, of, switchMap, timer } from 'rxjs';
import { ApiError, toApiError } from '../../../core/http/api-error';
import { API_CONFIG } from '../../../core/http/api-config';
import { MoneyInFlight } from '../../../core/session/money-in-flight';
import { SesionCajaStore } from '../../../core/session/sesion-caja.store';
import { HistoryAccess } from './ledger/history-access';
import { LedgerStore } from './ledger/ledger.store';
import { LedgerOp, NuevaOperacion } from './ledger/ledger.model';
import { LedgerWatch } from './ledger/ledger-watch';
import { Reconciliation, findOperation } from './reconcile';
import { InyeccionOperadora, NuevaInyeccion, NuevaRecarga, RecargaCliente } from './recargas.model';
import { RecargasApiService } from './recargas-api.service';
import { SaldosStore } from './saldos.store';

/**
 * How an operation ended, as the cashier must be told:
 * - applied: the service confirmed it (directly, or the history shows it after a lost answer);
 * - refused: the service answered an error, nothing was applied;
 * - not-applied: the answer was lost and the history does not show it; provisional until
 *   `watchUntil`, since the service may still commit it;
 * - unknown: the answer was lost and the history could not be read (or cannot tell it apart
 *   from an identical earlier operation): no money back or in until a check succeeds.
 */
export type Verdict<T> =
  | { kind: 'applied'; record: T; reconciled: boolean }
  | { kind: 'refused'; error: ApiError }
  | { kind: 'not-applied'; error: ApiError; watchUntil: Date; key: string }
  | { kind: 'unknown'; error: ApiError };

/** What an operation goes through: a history check after a lost answer, then its verdict. */
export type OperationEvent<T> = { kind: 'verifying' } | Verdict<T>;

type Row = RecargaCliente | InyeccionOperadora;

/** Session closed or missing: the service's own words (400). */
const SESSION_CLOSED = 'La sesión de caja no existe o no está ABIERTA.';
const LOST = new ApiError(0, ['El servidor no respondió.'], null, 'network');

/**
 * Sends top-ups and injections, one POST per intent, never resent on its own. Each intent is
 * written to the till ledger before it leaves; a lost answer is reconciled with a history read
 * made after the failure against the ledger's baseline id, and a "not applied" is watched for
 * a late commit (LedgerWatch). After any outcome it refreshes balances and till cash.
 */
@Injectable({ providedIn: 'root' })
export class OperacionesStore {
  private readonly api = inject(RecargasApiService);
  private readonly config = inject(API_CONFIG);
  private readonly saldos = inject(SaldosStore);
  private readonly sesionCaja = inject(SesionCajaStore);
  private readonly ledger = inject(LedgerStore);
  private readonly history = inject(HistoryAccess);
  private readonly inFlight = inject(MoneyInFlight);

  readonly unresolved = this.ledger.unresolved;
  readonly unresolvedRecargas = computed(() =>
    this.unresolved().filter((o) => o.tipo === 'recarga'),
  );
  readonly unresolvedInyecciones = computed(() =>
    this.unresolved().filter((o) => o.tipo === 'inyeccion'),
  );
  /** Numbers with a top-up of unknown outcome: not to be recharged until checked. */
  readonly blockedNumbers = computed(() => new Set(this.unresolvedRecargas().map((o) => o.numero)));

  constructor() {
    // The ledger itself tells MoneyInFlight of unresolved operations (from app start).
    inject(LedgerWatch).start();
  }

  recargar(nueva: NuevaRecarga): Observable<OperationEvent<RecargaCliente>> {
    return this.run({ tipo: 'recarga', nueva }, this.api.recargar(nueva)) as Observable<
      OperationEvent<RecargaCliente>
    >;
  }

  inyectar(nueva: NuevaInyeccion): Observable<OperationEvent<InyeccionOperadora>> {
    return this.run({ tipo: 'inyeccion', nueva }, this.api.inyectar(nueva)) as Observable<
      OperationEvent<InyeccionOperadora>
    >;
  }

  /** "Comprobar de nuevo" for an operation whose outcome is unknown. */
  recheck(op: LedgerOp): Observable<Verdict<Row>> {
    const end = this.inFlight.begin();
    return this.read(op).pipe(
      map((r) => this.verdictOf(r, LOST, op)),
      catchError((e: unknown) => of<Verdict<Row>>({ kind: 'unknown', error: toApiError(e) })),
      switchMap((v) => this.record(op, v, end)),
    );
  }

  private run(op: NuevaOperacion, post: Observable<Row>): Observable<OperationEvent<Row>> {
    return defer(() => {
      const end = this.inFlight.begin();
      return from(this.ledger.begin(op)).pipe(
        switchMap((entry) =>
          post.pipe(
            map((record): OperationEvent<Row> => ({ kind: 'applied', record, reconciled: false })),
            catchError((e: unknown) => this.onFailure(entry, toApiError(e))),
            switchMap((ev) => (ev.kind === 'verifying' ? of(ev) : this.record(entry, ev, end))),
          ),
        ),
        catchError((e: unknown) => {
          end();
          return of<Verdict<Row>>({ kind: 'refused', error: toApiError(e) });
        }),
      );
    });
  }

  private onFailure(op: LedgerOp, error: ApiError): Observable<OperationEvent<Row>> {
    if (!error.outcomeUnknown) return of({ kind: 'refused', error });
    // After a timeout or a gateway error the service may still be committing: an absent
    // row is read again after a grace period before the cashier hears "not applied".
    const grace = error.noAnswer === 'network' ? 0 : this.config.reconcileGraceMs;
    const read = () => this.read(op);
    return concat(
      of<OperationEvent<Row>>({ kind: 'verifying' }),
      read().pipe(
        switchMap((r) =>
          r.kind === 'absent' && grace > 0 ? timer(grace).pipe(switchMap(read)) : of(r),
        ),
        map((r) => this.verdictOf(r, error, op)),
        catchError(() => of<Verdict<Row>>({ kind: 'unknown', error })),
      ),
    );
  }

  /**
   * A fresh history read (started after the call), matched against the ledger's baseline.
   * Only the operation's session can hold it: only that session's rows become objects.
   */
  private read(op: LedgerOp): Observable<Reconciliation<Row>> {
    return this.history.freshRead(op.tipo, [op.sesionId]).pipe(
      map(({ rows, maxId }) => {
        if (maxId !== null) this.ledger.noteMaxId(op.tipo, maxId);
        // The rows reported when the answer lands, not when the read began: a check decided
        // meanwhile (the watch, another "Comprobar de nuevo") may have taken a row since.
        return findOperation(op, rows, this.ledger.reportedIds(op.tipo));
      }),
    );
  }

  private verdictOf(r: Reconciliation<Row>, error: ApiError, op: LedgerOp): Verdict<Row> {
    if (r.kind === 'found') return { kind: 'applied', record: r.row, reconciled: true };
    if (r.kind === 'ambiguous') return { kind: 'unknown', error };
    const watchUntil = new Date(Date.now() + LedgerWatch.SPAN_MS);
    return { kind: 'not-applied', error, watchUntil, key: op.key };
  }

  /** Writes the verdict to the ledger, then tells the page. */
  private record(op: LedgerOp, v: Verdict<Row>, end: () => void): Observable<Verdict<Row>> {
    const now = Date.now();
    const write =
      v.kind === 'refused'
        ? this.ledger.forget(op)
        : this.ledger.save({
            ...op,
            estado: v.kind,
            rowId: v.kind === 'applied' ? v.record.id : null,
            rowAt: v.kind === 'applied' ? v.record.fechaHora.getTime() : null,
            reconciled: v.kind === 'applied' && v.reconciled,
            checks: v.kind === 'applied' && !v.reconciled ? op.checks : [...op.checks, now],
            watchUntil: v.kind === 'not-applied' ? v.watchUntil.getTime() : null,
          });
    return from(write.catch(() => undefined)).pipe(
      map(() => {
        this.ledger.settle(op.key);
        end();
        if (v.kind === 'applied') this.history.addLocal(op.tipo, v.record);
        this.saldos.refresh();
        this.sesionCaja.refreshTillCash();
        if (v.kind === 'refused' && v.error.messages.includes(SESSION_CLOSED))
          this.sesionCaja.markClosedElsewhere();
        return v;
      }),
    );
  }
}
