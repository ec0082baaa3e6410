import { DestroyRef, Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import { Observable, catchError, map, tap, throwError } from 'rxjs';
import { ApiError, toApiError } from '../http/api-error';
import { AuthService } from './auth.service';
import { IDLE_LOCK_MINUTES, UNLOCK_EXHAUSTED_SIGN_OUT_MS } from './idle-lock.config';
import { SignOut } from './sign-out';

export const MAX_UNLOCK_ATTEMPTS = 5;
/** In sessionStorage while locked: a reload must not be a way around the lock. */
const LOCKED_KEY = 'kantuta.locked';
/** Wrong passwords typed into the lock, kept beside it: a reload does not start them afresh. */
const FAILURES_KEY = 'kantuta.unlockFailures';
const INPUT_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'];

/**
 * The idle lock of a shared till PC. After N minutes without input the page is `locked`: the
 * shell shows a modal dialog over it (the page underneath keeps what was typed and still shows
 * a verdict that arrives) and forms that move money refuse to send while `locked()` is true.
 * Unlocking signs the same user in again through /auth/login; five wrong passwords sign out.
 */
@Injectable({ providedIn: 'root' })
export class IdleLock {
  private readonly auth = inject(AuthService);
  private readonly signOut = inject(SignOut);
  private readonly idleMs = inject(IDLE_LOCK_MINUTES) * 60_000;
  private readonly exhaustedMs = inject(UNLOCK_EXHAUSTED_SIGN_OUT_MS);
  private readonly lockedState = signal(
    this.auth.isSignedIn() && sessionStorage.getItem(LOCKED_KEY) === '1',
  );
  private readonly failures = signal(
    this.lockedState() ? Number(sessionStorage.getItem(FAILURES_KEY)) || 0 : 0,
  );
  private lastInput = Date.now();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private exhaustedTimer: ReturnType<typeof setTimeout> | undefined;

  /** True while the page is locked: nothing that moves money may be sent. */
  readonly locked = this.lockedState.asReadonly();
  readonly attemptsLeft = computed(() => Math.max(0, MAX_UNLOCK_ATTEMPTS - this.failures()));

  constructor() {
    // Only a timestamp per event: pointermove fires often, the timer is not re-armed each time.
    const onInput = () => (this.lastInput = Date.now());
    const options = { capture: true, passive: true };
    for (const type of INPUT_EVENTS) document.addEventListener(type, onInput, options);
    // Exhausted before a reload: the sign-out it had scheduled happens now.
    if (this.failures() >= MAX_UNLOCK_ATTEMPTS) this.signOutExhausted();
    let first = true;
    effect(() => {
      const user = this.auth.user();
      untracked(() => {
        // Another sign-in (or out) starts the count again; the page's own start keeps it.
        if (!first) {
          clearTimeout(this.exhaustedTimer);
          this.setFailures(0);
        }
        first = false;
        if (user) {
          this.lastInput = Date.now();
          this.schedule(this.idleMs);
        } else {
          this.setLocked(false);
          this.clearTimer();
        }
      });
    });
    inject(DestroyRef).onDestroy(() => {
      this.clearTimer();
      clearTimeout(this.exhaustedTimer);
      for (const type of INPUT_EVENTS) document.removeEventListener(type, onInput, options);
    });
  }

  /**
   * Signs the same user in again with this password. A wrong one counts; two seconds after the
   * fifth the user is signed out (after any verdict being awaited). Errors come back as `ApiError`.
   */
  unlock(password: string): Observable<void> {
    const email = this.auth.lastEmail;
    if (!email) return throwError(() => new ApiError(0, ['Cierra la sesión y vuelve a ingresar.']));
    return this.auth.login(email, password).pipe(
      tap(() => {
        this.setLocked(false);
        this.lastInput = Date.now();
        this.schedule(this.idleMs);
      }),
      map(() => undefined),
      catchError((e: unknown) => {
        const error = toApiError(e);
        if (error.status === 401) {
          this.setFailures(this.failures() + 1);
          if (this.failures() === MAX_UNLOCK_ATTEMPTS) this.signOutExhausted();
        }
        return throwError(() => error);
      }),
    );
  }

  private check(): void {
    const idle = Date.now() - this.lastInput;
    if (idle >= this.idleMs) this.setLocked(true);
    else this.schedule(this.idleMs - idle);
  }

  private schedule(ms: number): void {
    this.clearTimer();
    if (this.lockedState()) return;
    this.timer = setTimeout(() => this.check(), ms);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Signed out a moment later, so the cashier reads why (the lock says so meanwhile). */
  private signOutExhausted(): void {
    clearTimeout(this.exhaustedTimer);
    this.exhaustedTimer = setTimeout(() => void this.signOut.force(), this.exhaustedMs);
  }

  private setFailures(n: number): void {
    this.failures.set(n);
    if (n > 0) sessionStorage.setItem(FAILURES_KEY, String(n));
    else sessionStorage.removeItem(FAILURES_KEY);
  }

  private setLocked(locked: boolean): void {
    this.lockedState.set(locked);
    if (locked) sessionStorage.setItem(LOCKED_KEY, '1');
    else {
      sessionStorage.removeItem(LOCKED_KEY);
      this.setFailures(0);
    }
  }
}
