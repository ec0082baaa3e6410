import { DestroyRef, computed, effect, inject } from '@angular/core';
import { Observable, from, map, switchMap } from 'rxjs';
import { IdleLock } from '../../../core/auth/idle-lock.service';
import { LazyDialog } from '../../../core/lazy-dialog';
import { SellingTab } from '../../../core/session/selling-tab';
import { ConfirmData } from '../data-access/read-back';
import { MoneyFlow } from '../data-access/money-flow';
import { OperationEvent, OperacionesStore, Verdict } from '../data-access/operaciones.store';
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
 * Whether this page may send money now: this tab is the browser's selling tab for the till
 * (claimed while the page is open) and the page is not locked. Call in the injection context.
 */
export function injectSellingGate() {
  const tab = inject(SellingTab);
  const lock = inject(IdleLock);
  tab.claim();
  inject(DestroyRef).onDestroy(() => tab.release());
  return { tab, canSell: computed(() => tab.isSellingTab() && !lock.locked()) };
}
