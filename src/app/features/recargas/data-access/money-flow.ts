import { Signal, computed, signal } from '@angular/core';
import { Observable, Subscription, take } from 'rxjs';
import { ApiError } from '../../../core/http/api-error';
import { LedgerOp } from './ledger/ledger.model';
import { OperationEvent, Verdict } from './operaciones.store';

/**
 * Where one money form stands. `idle` may carry the reasons the last attempt was refused
 * (by the form before sending, or by the service).
 */
export type MoneyFlowState<N, R> =
  | { kind: 'idle'; refused: readonly string[] }
  | { kind: 'confirming'; nueva: N }
  | { kind: 'sending'; nueva: N }
  | { kind: 'verifying'; nueva: N }
  | { kind: 'done'; nueva: N; record: R; reconciled: boolean }
  | { kind: 'not-applied'; nueva: N; watchUntil: Date; key: string }
  | { kind: 'unknown'; nueva: N; error: ApiError };

export type MoneyFlowEvent<N, R> =
  | { kind: 'open'; nueva: N }
  | { kind: 'refuse'; messages: readonly string[] }
  | { kind: 'cancel' }
  | { kind: 'confirm' }
  | OperationEvent<R>;

export const IDLE = { kind: 'idle', refused: [] } as const;

/**
 * The one transition table of every form that sends money. An event that does not fit the
 * state is ignored: a second Enter while the dialog is open, a late dialog result after the
 * verdict, an answer for a form that was cancelled.
 */
export function transition<N, R>(
  s: MoneyFlowState<N, R>,
  e: MoneyFlowEvent<N, R>,
): MoneyFlowState<N, R> {
  const resting = s.kind !== 'confirming' && s.kind !== 'sending' && s.kind !== 'verifying';
  switch (e.kind) {
    case 'open':
      return resting ? { kind: 'confirming', nueva: e.nueva } : s;
    case 'refuse':
      return resting ? { kind: 'idle', refused: e.messages } : s;
    case 'cancel':
      return s.kind === 'confirming' ? IDLE : s;
    case 'confirm':
      return s.kind === 'confirming' ? { kind: 'sending', nueva: s.nueva } : s;
    case 'verifying':
      return s.kind === 'sending' ? { kind: 'verifying', nueva: s.nueva } : s;
  }
  if (s.kind !== 'sending' && s.kind !== 'verifying') return s;
  return verdictState(s.nueva, e);
}

function verdictState<N, R>(nueva: N, v: Verdict<R>): MoneyFlowState<N, R> {
  switch (v.kind) {
    case 'applied':
      return { kind: 'done', nueva, record: v.record, reconciled: v.reconciled };
    case 'refused':
      return { kind: 'idle', refused: v.error.messages };
    case 'not-applied':
      return { kind: 'not-applied', nueva, watchUntil: v.watchUntil, key: v.key };
    case 'unknown':
      return { kind: 'unknown', nueva, error: v.error };
  }
}

export interface MoneyFlowDeps<N, R> {
  /** The read-back: true when the cashier confirms. */
  confirm(nueva: N): Observable<boolean>;
  send(nueva: N): Observable<OperationEvent<R>>;
  recheck(op: LedgerOp): Observable<Verdict<R>>;
  /**
   * Why nothing may be sent (nor checked) now, asked when the cashier confirms or checks: the
   * page may have stopped selling while the read-back was open (another tab's `Usar aquí`, the
   * idle lock, the connection). Null: go.
   */
  refusal?(): readonly string[] | null;
}

/**
 * One intent, one POST: the state machine of a money form, with the read-back, the request,
 * the check after a lost answer and the verdict. Pages render `state()`; they keep no flags.
 */
export class MoneyFlow<N, R> {
  private readonly stateSignal = signal<MoneyFlowState<N, R>>(IDLE);
  private readonly checkingSignal = signal<string | null>(null);
  private readonly recheckVerdict = signal<{ op: LedgerOp; verdict: Verdict<R> } | null>(null);
  private subscriptions = new Subscription();

  readonly state: Signal<MoneyFlowState<N, R>> = this.stateSignal.asReadonly();
  /** From the dialog's opening until the verdict: nothing else may start. */
  readonly busy = computed(() =>
    ['confirming', 'sending', 'verifying'].includes(this.state().kind),
  );
  /** A request (or a check) waits for its answer: the page may not be left. */
  readonly waiting = computed(
    () => ['sending', 'verifying'].includes(this.state().kind) || this.checkingSignal() !== null,
  );
  /** The ledger key of the operation a "Comprobar de nuevo" is checking. */
  readonly checking = this.checkingSignal.asReadonly();
  /** The outcome of the last "Comprobar de nuevo", apart from the form's own state. */
  readonly rechecked = this.recheckVerdict.asReadonly();
  /**
   * Whether a "Comprobar de nuevo" may run now: the confirm's refusal rule (read where it is
   * called, so a template tracks the signals behind it).
   */
  canCheck(): boolean {
    return !this.deps.refusal?.();
  }
  /** Why the page stays (leaving was refused while a request waits). */
  readonly notice = signal<string | null>(null);

  constructor(private readonly deps: MoneyFlowDeps<N, R>) {}

  /** Opens the read-back for `nueva`; false (and nothing happens) while busy. */
  start(nueva: N): boolean {
    if (this.busy()) return false;
    this.recheckVerdict.set(null);
    this.notice.set(null);
    this.fire({ kind: 'open', nueva });
    this.subscriptions.add(
      // One answer per read-back: a dialog that answered twice must not send twice.
      this.deps
        .confirm(nueva)
        .pipe(take(1))
        .subscribe((ok) => {
          if (!ok) return this.fire({ kind: 'cancel' });
          if (this.state().kind !== 'confirming') return;
          const refusal = this.deps.refusal?.() ?? null;
          if (refusal) {
            this.fire({ kind: 'cancel' });
            return this.fire({ kind: 'refuse', messages: refusal });
          }
          this.fire({ kind: 'confirm' });
          // Never cancelled, not even by leaving the page: the verdict must reach the ledger.
          this.deps.send(nueva).subscribe((e) => this.fire(e));
        }),
    );
    return true;
  }

  /** A refusal before sending (invalid, offline, blocked): shown, nothing sent. */
  refuse(messages: readonly string[]): void {
    this.fire({ kind: 'refuse', messages });
  }

  /** Back to a clean form (after the cashier read the verdict and typed again). */
  reset(): void {
    if (!this.busy()) this.stateSignal.set(IDLE);
  }

  recheck(op: LedgerOp): void {
    if (this.checkingSignal() !== null) return;
    // Another tab sells (it may be sending this very operation, and a check from here could
    // call "not applied" what is about to be applied there), the page is locked or offline:
    // no check. The page's button says so by being off; the form's own verdict stays.
    if (!this.canCheck()) return;
    this.checkingSignal.set(op.key);
    this.deps.recheck(op).subscribe((v) => {
      this.checkingSignal.set(null);
      this.recheckVerdict.set({ op, verdict: v });
    });
  }

  /** Closes a read-back still open (the page goes away); a request already sent goes on. */
  destroy(): void {
    this.subscriptions.unsubscribe();
    this.subscriptions = new Subscription();
    this.fire({ kind: 'cancel' });
  }

  private fire(e: MoneyFlowEvent<N, R>): void {
    this.stateSignal.update((s) => transition(s, e));
  }
}
