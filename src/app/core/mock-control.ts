import { InjectionToken } from '@angular/core';

/**
 * What the app may ask of the in-browser mock backend. Provided only by the mock build
 * (src/mocks/backend.mock.ts replaces src/app/backend.ts); `null` against the real service.
 */
export interface MockControl {
  /** Brings the seed of ui-contract.md back (data, balances, sessions). */
  reset(): Promise<void>;
  /** Adds N generated top-up rows (and a proportional number of injections) to the history. */
  generate(recargas: number, inyecciones?: number): Promise<void>;
  /** Demo accounts to list on the login page. */
  readonly demoAccounts: readonly { email: string; password: string; role: string }[];
}

export const MOCK_CONTROL = new InjectionToken<MockControl | null>('MOCK_CONTROL', {
  providedIn: 'root',
  factory: () => null,
});

/** Name of the in-page event the mock dispatches on `window` where the service emits `dataChanged`. */
export const MOCK_DATA_CHANGED_EVENT = 'kantuta:dataChanged';
