import { Injectable, computed, signal } from '@angular/core';

/** How long `unresolvedKnown` waits for a source that does not answer (a stuck IndexedDB). */
export const UNRESOLVED_WAIT_MS = 3000;

/**
 * What the shell must know of money on the move without importing a feature: how many
 * top-ups or injections wait for their verdict now, and how many ended with an unknown
 * outcome that is still unresolved. Features report into it; the shell (sign-out, an app
 * update) reads it before doing anything that would drop a verdict.
 */
@Injectable({ providedIn: 'root' })
export class MoneyInFlight {
  private readonly waitingState = signal(0);
  private readonly unresolvedState = signal(0);
  private unresolvedSource: (() => Promise<void>) | null = null;

  /** Operations sent (or being checked) whose verdict has not arrived yet. */
  readonly waiting = this.waitingState.asReadonly();
  /** Operations of unknown outcome ("Estado desconocido") not yet resolved. */
  readonly unresolved = this.unresolvedState.asReadonly();
  readonly busy = computed(() => this.waitingState() > 0);

  /** Marks one operation as waiting; call the returned function once its verdict is known. */
  begin(): () => void {
    this.waitingState.update((n) => n + 1);
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.waitingState.update((n) => n - 1);
    };
  }

  setUnresolved(count: number): void {
    this.unresolvedState.set(count);
  }

  /**
   * The feature that counts unresolved operations (the till ledger, loaded after the first
   * screen) says how to bring its count up to date; `unresolvedKnown()` calls it.
   */
  countUnresolvedWith(source: () => Promise<void>): void {
    this.unresolvedSource = source;
  }

  /**
   * Resolves once `unresolved()` holds the signed-in user's count, even when no money page
   * was opened in this page life. Gives up after UNRESOLVED_WAIT_MS: a ledger that cannot be
   * read must not keep a cashier from signing out.
   */
  async unresolvedKnown(): Promise<void> {
    const source = this.unresolvedSource;
    if (!source) return;
    const giveUp = new Promise<void>((resolve) => setTimeout(resolve, UNRESOLVED_WAIT_MS));
    await Promise.race([source().catch(() => undefined), giveUp]);
  }
}
