/** The longest a single hold may last, whatever the page asked: a lost release costs no more. */
export const MAX_HOLD_MS = 150;

/**
 * The worker's parse stepping aside while the page renders: on two cores the parse and the
 * page's render otherwise share one core with the network and the compositor, and a render's
 * task takes two to six times its CPU time. `hold(ms)` holds every `wait()` until `ms` have
 * passed (at most MAX_HOLD_MS) or `hold(0)` comes; a later hold replaces an earlier one.
 */
export class Pacer {
  private until = 0;
  private waiters: (() => void)[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  hold(ms: number): void {
    clearTimeout(this.timer);
    const span = Math.min(Math.max(ms, 0), MAX_HOLD_MS);
    if (!span) return this.release();
    this.until = performance.now() + span;
    this.timer = setTimeout(() => this.release(), span);
  }

  /** Nothing when not held (the caller goes on in the same task), else when the hold ends. */
  wait(): Promise<void> | undefined {
    if (performance.now() >= this.until) return undefined;
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private release(): void {
    this.until = 0;
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}
