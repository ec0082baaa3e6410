import { DestroyRef, computed, effect, inject } from '@angular/core';
import { Observable, from, map, switchMap } from 'rxjs';
import { IdleLock } from '../../../core/auth/idle-lock.service';
import { LazyDialog } from '../../../core/lazy-dialog';
import { SellingTab } from '../../../core/session/selling-tab';
import { ConfirmData } from '../data-access/read-back';
import { MoneyFlow } from '../data-access/money-flow';
import { OperationEvent, OperacionesStore, Verdict } from '../data-access/operaciones.store';
import { SaldosStore } from '../data-access/saldos.store';

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
  // Once the counter is usable (balances shown), then when idle: not part of its first load.
  const saldos = inject(SaldosStore);
  const prefetch = effect(() => {
    if (!saldos.loaded()) return;
    prefetch.destroy();
    const idle = (cb: () => void) =>
      'requestIdleCallback' in window ? requestIdleCallback(cb) : setTimeout(cb, 200);
    idle(() => void Promise.all([dialogs.load(), loadConfirm()]).catch(() => undefined));
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
