import { DestroyRef, Injectable, Injector, effect, inject, signal, untracked } from '@angular/core';
import { Subscription } from 'rxjs';
import { SesionCajaStore } from '../../../../core/session/sesion-caja.store';
import { HistoryAccess } from './history-access';
import { findOperation } from '../reconcile';
import { InyeccionOperadora, RecargaCliente } from '../recargas.model';
import { SaldosStore } from '../saldos.store';
import { LedgerOp, WATCH_SPAN_MS, nextCheck, sameOperation } from './ledger.model';

export { nextCheck };
import { LedgerStore } from './ledger.store';

type Row = RecargaCliente | InyeccionOperadora;
/** A check that failed (history unreadable) is tried again this much later. */
const RETRY_MS = 30_000;

/**
 * A "no se aplicó" is provisional: the service sets no time limit and may commit a POST the
 * app gave up on. Watched operations are looked for again 5 s, 30 s, 2 min and 10 min after
 * the loss, and in every history the app reads meanwhile; a row that turns up is recorded as
 * applied and announced ("La recarga SÍ se aplicó"). The schedule lives in the ledger, so it
 * goes on after a reload.
 */
@Injectable({ providedIn: 'root' })
export class LedgerWatch {
  static readonly SPAN_MS = WATCH_SPAN_MS;
  private readonly ledger = inject(LedgerStore);
  private readonly saldos = inject(SaldosStore);
  private readonly sesionCaja = inject(SesionCajaStore);
  private readonly history = inject(HistoryAccess);
  private readonly injector = inject(Injector);
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** The due checks running now: their history reads and retry waits. */
  private check: Subscription | null = null;
  private readonly checking = signal(false);
  private started = false;
  private destroyed = false;

  constructor() {
    // A discarded injector (a new app instance, a spec) leaves no check behind.
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      if (this.timer !== null) clearTimeout(this.timer);
      this.timer = null;
      this.check?.unsubscribe();
      this.check = null;
    });
  }

  start(): void {
    if (this.started || this.destroyed) return;
    this.started = true;
    // The effects live as long as the watch, whoever calls start().
    const injector = this.injector;
    // Every history that lands (a screen's refresh, a reconcile) is searched too.
    for (const tipo of ['recarga', 'inyeccion'] as const) {
      effect(
        () => {
          const store = this.history.stores()?.[tipo];
          if (!store?.columns()) return;
          // Only the watched sessions' rows become objects, not the 100,000 of the history.
          untracked(() => {
            const sesiones = new Set(this.ledger.watched().map((o) => o.sesionId));
            for (const id of sesiones) this.match(tipo, store.rowsOfSesion(id));
          });
        },
        { injector },
      );
    }
    effect(
      () => {
        const ops = this.ledger.ops();
        untracked(() => this.schedule(ops));
      },
      { injector },
    );
  }

  private schedule(ops: readonly LedgerOp[]): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.checking() || this.destroyed) return;
    const times = ops.map(nextCheck).filter((t): t is number => t !== null);
    if (times.length === 0) return;
    const wait = Math.max(0, Math.min(...times) - Date.now());
    this.timer = setTimeout(() => this.checkDue(), wait);
  }

  private checkDue(): void {
    const now = Date.now();
    const due = this.ledger.ops().filter((o) => (nextCheck(o) ?? Infinity) <= now);
    const tipos = [...new Set(due.map((o) => o.tipo))];
    if (tipos.length === 0) return this.schedule(this.ledger.ops());
    this.checking.set(true);
    const check = (this.check = new Subscription());
    let left = tipos.length;
    const done = () => {
      if (--left > 0) return;
      this.check = null;
      this.checking.set(false);
      this.schedule(this.ledger.ops());
    };
    for (const tipo of tipos) {
      // Only the watched sessions' rows become objects, not the whole history.
      const sesiones = new Set(this.watchedOf(tipo).map((o) => o.sesionId));
      const read = this.history.freshRead(tipo, [...sesiones]).subscribe({
        next: ({ rows }) => {
          const at = Date.now();
          this.match(tipo, rows, at, sesiones);
          done();
        },
        error: () => {
          // Unreadable now: try again a little later, without counting a check.
          const retry = setTimeout(done, RETRY_MS);
          check.add(() => clearTimeout(retry));
        },
      });
      check.add(read);
    }
  }

  /** The operations of a kind whose "not applied" is still watched. */
  private watchedOf(tipo: LedgerOp['tipo']): LedgerOp[] {
    return this.ledger
      .ops()
      .filter((o) => o.tipo === tipo && o.estado === 'not-applied' && nextCheck(o) !== null);
  }

  /**
   * Looks for watched operations in rows; `checkedAt` counts a fresh read as a check of the
   * operations of the sessions it read (`sesiones`; one watched since the read began waits for
   * its own check).
   */
  private match(
    tipo: LedgerOp['tipo'],
    rows: readonly Row[],
    checkedAt?: number,
    sesiones?: ReadonlySet<number>,
  ): void {
    const watched = this.watchedOf(tipo).filter((o) => !sesiones || sesiones.has(o.sesionId));
    const inFlight = this.ledger.inFlightOps();
    for (const op of watched) {
      // An identical operation being decided now takes the row first: the two are the same
      // money, and the watch goes on for any further row.
      if (inFlight.some((f) => sameOperation(f, op))) continue;
      const r = findOperation(op, rows, this.ledger.reportedIds(tipo));
      if (r.kind === 'found') {
        void this.ledger.save({
          ...op,
          estado: 'applied',
          rowId: r.row.id,
          rowAt: r.row.fechaHora.getTime(),
          reconciled: true,
          late: true,
          watchUntil: null,
          checks: [...op.checks, checkedAt ?? Date.now()],
        });
        this.saldos.refresh();
        this.sesionCaja.refreshTillCash();
      } else if (r.kind === 'ambiguous') {
        // A row that cannot be told apart from another identical operation: no guess.
        void this.ledger.save({ ...op, estado: 'unknown', watchUntil: null });
      } else if (checkedAt !== undefined && (nextCheck(op) ?? Infinity) <= checkedAt) {
        // Absent at a due check: counted; after the last one the verdict stands.
        void this.ledger.save({ ...op, checks: [...op.checks, checkedAt] });
      }
    }
  }
}
