import { CanDeactivateFn } from '@angular/router';

/** A page that sends money: it may not be left while its request has no verdict yet. */
export interface SendsMoney {
  /** True while a top-up or injection waits for its answer (or its reconciliation). */
  sending(): boolean;
  /** Tells the cashier why the page stays. */
  warnLeaving(): void;
}

/** Leaving mid-request would lose the verdict the cashier must read before taking money. */
export const pendingOperationGuard: CanDeactivateFn<SendsMoney> = (page) => {
  if (!page.sending()) return true;
  page.warnLeaving();
  return false;
};
