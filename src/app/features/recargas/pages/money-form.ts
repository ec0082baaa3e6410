import { DestroyRef, Injector, afterNextRender, computed, inject } from '@angular/core';
import { IdleLock } from '../../../core/auth/idle-lock.service';
import { SellingTab } from '../../../core/session/selling-tab';
import { Observable, from, map, switchMap } from 'rxjs';
import { ConfirmData } from '../data-access/read-back';
import { MoneyFlow } from '../data-access/money-flow';
import { OperationEvent, OperacionesStore, Verdict } from '../data-access/operaciones.store';

/** The dialog's code, loaded when the page is idle (not in the page's first load). */
const loadDialog = () =>
  Promise.all([import('@angular/material/dialog'), import('../ui/confirm-dialog')]);

/**
 * The money flow of a form page: the read-back in a dialog loaded on first use (prefetched
 * once the page has painted), the operation from OperacionesStore, and the flow closed with
 * the page. Call in the page's injection context.
 */
export function injectMoneyFlow<N, R>(options: {
  readBack(nueva: N): ConfirmData;
  send(nueva: N): Observable<OperationEvent<R>>;
}): MoneyFlow<N, R> {
  const injector = inject(Injector);
  const operaciones = inject(OperacionesStore);
  const flow = new MoneyFlow<N, R>({
    confirm: (nueva) =>
      from(loadDialog()).pipe(
        switchMap(([{ MatDialog }, { ConfirmDialog }]) =>
          injector
            .get(MatDialog)
            .open<InstanceType<typeof ConfirmDialog>, ConfirmData, boolean>(ConfirmDialog, {
              data: options.readBack(nueva),
              autoFocus: 'first-tabbable',
              restoreFocus: true,
              width: '440px',
            })
            .afterClosed(),
        ),
        map((ok) => ok === true),
      ),
    send: options.send,
    recheck: (op) => operaciones.recheck(op) as Observable<Verdict<R>>,
  });
  afterNextRender(() => {
    const idle = (cb: () => void) =>
      'requestIdleCallback' in window ? requestIdleCallback(cb) : setTimeout(cb, 200);
    idle(() => void loadDialog().catch(() => undefined));
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
