import { InjectionToken } from '@angular/core';
import { LedgerDb } from './ledger.db';

/** The device's ledger database; a spec provides one of its own (src/testing/ledger.ts). */
export const LEDGER_DB = new InjectionToken<LedgerDb>('LEDGER_DB', {
  providedIn: 'root',
  factory: () => new LedgerDb(),
});
