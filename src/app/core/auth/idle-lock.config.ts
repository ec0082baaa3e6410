import { InjectionToken, inject } from '@angular/core';
import { MOCK_CONTROL } from '../mock-control';

const DEFAULT_IDLE_LOCK_MINUTES = 10;

/** Minutes without keyboard, pointer or touch input before the page locks (IdleLock). */
export const IDLE_LOCK_MINUTES = new InjectionToken<number>('IDLE_LOCK_MINUTES', {
  providedIn: 'root',
  factory: () => (inject(MOCK_CONTROL) ? mockIdleLockMinutes() : DEFAULT_IDLE_LOCK_MINUTES),
});

/** After the fifth wrong password, how long the lock says `Demasiados intentos` first (ms). */
export const UNLOCK_EXHAUSTED_SIGN_OUT_MS = new InjectionToken<number>(
  'UNLOCK_EXHAUSTED_SIGN_OUT_MS',
  { providedIn: 'root', factory: () => 2000 },
);

/**
 * Mock builds only: `idleLockMinutes` of the mock settings (src/mocks/config.ts), so a demo or
 * a test can shorten the wait. Read directly: core may not import the mock.
 */
function mockIdleLockMinutes(): number {
  try {
    const config = JSON.parse(localStorage.getItem('kantuta.mock.config') ?? '{}') as {
      idleLockMinutes?: unknown;
    };
    const minutes = config.idleLockMinutes;
    return typeof minutes === 'number' && Number.isFinite(minutes) && minutes > 0
      ? minutes
      : DEFAULT_IDLE_LOCK_MINUTES;
  } catch {
    return DEFAULT_IDLE_LOCK_MINUTES;
  }
}
