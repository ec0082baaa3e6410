import { EnvironmentProviders, Provider, signal } from '@angular/core';
import { provideRouter } from '@angular/router';
import { authInterceptor } from '../app/core/auth/auth.interceptor';
import { IdleLock } from '../app/core/auth/idle-lock.service';
import { SellingTab } from '../app/core/session/selling-tab';
import {
  InyeccionesHistoryStore,
  RecargasHistoryStore,
} from '../app/features/recargas/data-access/history.store';
import { LedgerDb } from '../app/features/recargas/data-access/ledger/ledger.db';
import { LEDGER_DB } from '../app/features/recargas/data-access/ledger/ledger.store';
import { fakeHistoryStore } from './ledger';
import { apiTestingProviders } from './providers';

const noop = () => undefined;

/** This tab sells (no Web Lock in specs), never locked. */
export function fakeSellingTab() {
  return {
    claim: noop,
    release: noop,
    useHere: noop,
    isSellingTab: signal(true),
    otherTabSells: signal(false),
    movingHere: signal(false),
  };
}

/**
 * What a money form page needs in a component spec: the app's HTTP stack against
 * HttpTestingController, a ledger database of its own, history stores that fail the spec if
 * read (the counter sells without the history), one selling tab and no idle lock.
 */
export function moneyPageProviders(db: LedgerDb): (Provider | EnvironmentProviders)[] {
  const unread = <T extends { id: number; idSesion: number }>() => {
    const store = fakeHistoryStore<T>();
    return {
      ...store,
      freshRead: () => {
        throw new Error('The page read the whole history.');
      },
      freshReadOfSesiones: () => {
        throw new Error('The page read the history.');
      },
    };
  };
  return [
    provideRouter([]),
    ...apiTestingProviders(authInterceptor),
    { provide: LEDGER_DB, useValue: db },
    { provide: RecargasHistoryStore, useValue: unread() },
    { provide: InyeccionesHistoryStore, useValue: unread() },
    { provide: SellingTab, useValue: fakeSellingTab() },
    { provide: IdleLock, useValue: { locked: signal(false) } },
  ];
}
