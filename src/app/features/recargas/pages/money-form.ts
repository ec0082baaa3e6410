import { DestroyRef, computed, effect, inject } from '@angular/core';
import { Observable, from, map, switchMap } from 'rxjs';
import { IdleLock } from '../../../core/auth/idle-lock.service';
import { NetworkStatus } from '../../../core/http/network-status';
import { LazyDialog } from '../../../core/lazy-dialog';
import { SellingTab } from '../../../core/session/selling-tab';
import { SesionCajaStore } from '../../../core/session/sesion-caja.store';
import { FlowWords, tellFlow } from '../data-access/flow-texts';
import { LedgerOp, OperacionTipo, isTipo } from '../data-access/ledger/ledger.model';
import { LedgerStore } from '../data-access/ledger/ledger.store';
import { ConfirmData } from '../data-access/read-back';
import { MoneyFlow } from '../data-access/money-flow';
import { OperationEvent, OperacionesStore, Verdict } from '../data-access/operaciones.store';
import { OperadoraNombre } from '../data-access/operadora';
import { SendsMoney } from '../data-access/pending.guard';
import { SaldosStore } from '../data-access/saldos.store';

/** After the balances are shown, the read-back's code is fetched this much later at most. */
const PREFETCH_DELAY_MS = 2000;

/** The read-back's code, loaded when the page is idle (not in the page's first load). */
const loadConfirm = () => import('../ui/confirm-dialog').then((m) => m.ConfirmDialog);

/**
 * The money flow of a form page: the read-back in a dialog loaded on first use (prefetched
 * once the page has painted), the operation from OperacionesStore, and the flow closed with
 * the page. Call in the page's injection context.
 */
export function injectMoneyFlow<N, R>(options: {
  readBack(nueva: N): ConfirmData;
  send(nueva: N): Observable<OperationEvent<R>>;
}): MoneyFlow<N, R> {
  const dialogs = inject(LazyDialog);
  const operaciones = inject(OperacionesStore);
  const tab = inject(SellingTab);
  const lock = inject(IdleLock);
  const network = inject(NetworkStatus);
  const flow = new MoneyFlow<N, R>({
    confirm: (nueva) =>
      from(
        dialogs.open<unknown, ConfirmData, boolean>(loadConfirm, {
          data: options.readBack(nueva),
          autoFocus: 'first-tabbable',
          restoreFocus: true,
          width: '440px',
        }),
      ).pipe(
        switchMap((ref) => ref.afterClosed()),
        map((ok) => ok === true),
      ),
    send: options.send,
    recheck: (op) => operaciones.recheck(op) as Observable<Verdict<R>>,
    // Checked again at the confirm: `Usar aquí` in another tab, the lock or a dropped
    // connection do not wait for an open read-back.
    refusal: () => {
      const why =
        sellingRefusal(tab, lock) ??
        (network.offline()
          ? 'Sin conexión: no se envió nada. Espera a que vuelva la conexión.'
          : null);
      return why === null ? null : [why];
    },
  });
  // Not part of the page's first load: fetched at the cashier's first key or click, or a
  // moment after the balances are shown, whichever comes first.
  const saldos = inject(SaldosStore);
  const prefetch = () => void Promise.all([dialogs.load(), loadConfirm()]).catch(() => undefined);
  const events = ['keydown', 'pointerdown'] as const;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const once = () => {
    events.forEach((e) => document.removeEventListener(e, once, true));
    clearTimeout(timer);
    prefetch();
  };
  events.forEach((e) => document.addEventListener(e, once, true));
  const afterUsable = effect(() => {
    if (!saldos.loaded()) return;
    afterUsable.destroy();
    timer = setTimeout(once, PREFETCH_DELAY_MS);
  });
  inject(DestroyRef).onDestroy(() => {
    events.forEach((e) => document.removeEventListener(e, once, true));
    clearTimeout(timer);
  });
  inject(DestroyRef).onDestroy(() => flow.destroy());
  return flow;
}

/**
 * Why this tab may not send money now, or null: it must be the browser's selling tab for the
 * till and not locked. The one rule behind the gate's `canSell` and the read-back's confirm.
 */
function sellingRefusal(tab: SellingTab, lock: IdleLock): string | null {
  if (!tab.isSellingTab()) return 'Esta caja está abierta en otra pestaña: no se envió nada.';
  if (lock.locked()) return 'La página está bloqueada: no se envió nada.';
  return null;
}

/**
 * Whether this page may send money now: this tab is the browser's selling tab for the till
 * (claimed while the page is open) and the page is not locked. Call in the injection context.
 */
export function injectSellingGate() {
  const tab = inject(SellingTab);
  const lock = inject(IdleLock);
  tab.claim();
  inject(DestroyRef).onDestroy(() => tab.release());
  return { tab, canSell: computed(() => sellingRefusal(tab, lock) === null) };
}

/** What tells one money page from the other in what they share. */
export interface MoneyPageKind<N> {
  tipo: OperacionTipo;
  words: FlowWords<N>;
  /** The operation a ledger entry of this kind stands for (a re-checked verdict names it). */
  nuevaOf(op: LedgerOp): N;
  /** Why the page stays while its request waits (the pending-operation guard). */
  leaving: string;
}

/**
 * What both pages that send money (the counter, the injection) are made of besides their
 * form: the stores their templates read, this tab's right to sell, the ledger's operations of
 * their kind, what the flow tells the cashier, and the pending-operation guard's side.
 */
export abstract class MoneyPage<N, R extends { id: number }> implements SendsMoney {
  protected readonly operaciones = inject(OperacionesStore);
  protected readonly network = inject(NetworkStatus);
  protected readonly sesionCaja = inject(SesionCajaStore);
  protected readonly saldos = inject(SaldosStore);
  protected readonly ledger = inject(LedgerStore);
  protected readonly gate = injectSellingGate();
  protected readonly saldoOf = (op: OperadoraNombre) => this.saldos.saldoOf(op);
  protected abstract readonly flow: MoneyFlow<N, R>;

  /** This kind's "not applied" verdicts that the service may still turn into a late commit. */
  protected readonly watched = computed(() => this.ledger.watched().filter(isTipo(this.kind.tipo)));
  /** This kind's late commits the cashier has not acknowledged yet. */
  protected readonly late = computed(() =>
    this.ledger.lateCommits().filter(isTipo(this.kind.tipo)),
  );
  protected readonly told = computed(() =>
    tellFlow(this.flow, this.kind.words, this.kind.nuevaOf, this.late()),
  );

  protected constructor(private readonly kind: MoneyPageKind<N>) {}

  sending(): boolean {
    return this.flow.waiting();
  }

  warnLeaving(): void {
    this.flow.notice.set(this.kind.leaving);
  }
}
