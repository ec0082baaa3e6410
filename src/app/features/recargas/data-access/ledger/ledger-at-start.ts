import {
  ApplicationRef,
  EnvironmentInjector,
  EnvironmentProviders,
  inject,
  provideEnvironmentInitializer,
} from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';
import { MoneyInFlight } from '../../../../core/session/money-in-flight';
import type { LedgerStore } from './ledger.store';

/**
 * The till ledger's unresolved operations reach the shell (MoneyInFlight) from app start, not
 * only once a money page opened: a cashier who reloads and goes straight to /caja or a history
 * is still asked before signing out. The ledger (IndexedDB, idb) is imported once the first
 * screen is done (navigated to, stable, then idle; 10 s at the latest), so it stays out of that
 * screen's critical path, and then follows the signed-in user by itself; a sign-out asked
 * before that imports it at once (`MoneyInFlight.unresolvedKnown`).
 */
export function provideLedgerAtStart(): EnvironmentProviders {
  return provideEnvironmentInitializer(() => {
    const injector = inject(EnvironmentInjector);
    let ledger: Promise<LedgerStore> | null = null;
    const load = () =>
      (ledger ??= import('./ledger.store').then(
        (m) => injector.get(m.LedgerStore),
        (e: unknown) => {
          ledger = null; // a chunk that failed to load is tried again next time
          throw e;
        },
      ));
    inject(MoneyInFlight).countUnresolvedWith(async () => (await load()).ready());
    const appRef = inject(ApplicationRef);
    const router = inject(Router);
    const navigated = new Promise<void>((done) => {
      const sub = router.events.subscribe((e) => {
        if (!(e instanceof NavigationEnd)) return;
        sub.unsubscribe();
        done();
      });
    });
    const atTheLatest = new Promise((done) => setTimeout(done, 10_000));
    const shown = navigated.then(() => appRef.whenStable()).then(idle);
    // An app destroyed meanwhile (a spec) refuses the store: nothing to report then.
    void Promise.race([shown, atTheLatest])
      .then(load)
      .catch(() => undefined);
  });
}

/** The next moment the browser is idle (requestIdleCallback where there is one). */
function idle(): Promise<void> {
  return new Promise((done) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => done(), { timeout: 1000 });
    else setTimeout(done, 50);
  });
}
