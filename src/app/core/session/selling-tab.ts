import { DestroyRef, Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import { MoneyInFlight } from './money-in-flight';
import { SELLING_RELEASE_GRACE_MS } from './selling-tab.config';

/** One Web Lock and one channel for the browser: a till PC sells for one till. */
const LOCK_NAME = 'kantuta.selling';
const CHANNEL = 'kantuta.selling';
/** How long `Usar aquí` waits for an answer from the selling tab before taking over anyway. */
export const HANDOVER_TIMEOUT_MS = 2000;

type SellingState = 'idle' | 'pending' | 'selling' | 'elsewhere' | 'handover';

type HandoverMessage =
  { type: 'handover'; id: string } | { type: 'wait'; id: string } | { type: 'go'; id: string };

/**
 * Only one tab of this browser sells (counter or injection page). Each such page `claim()`s on
 * init and `release()`s on destroy; the tab holding the Web Lock `kantuta.selling` sells,
 * every other claiming tab waits in the lock's queue (and takes over by itself when the
 * selling tab closes or leaves those pages). `Usar aquí` (`useHere()`) asks the selling tab
 * over a BroadcastChannel; that tab first waits for any verdict it awaits (so the new tab
 * cannot resend what the old one is still verifying), stops selling and answers, then this
 * tab steals the lock. A selling tab that does not answer (frozen, crashed) loses the lock
 * after HANDOVER_TIMEOUT_MS. Without Web Locks (very old browsers) every tab sells.
 */
@Injectable({ providedIn: 'root' })
export class SellingTab {
  private readonly money = inject(MoneyInFlight);
  private readonly releaseGraceMs = inject(SELLING_RELEASE_GRACE_MS);
  private releaseTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly locks: LockManager | null =
    typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null;
  private readonly channel =
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  private readonly state = signal<SellingState>('idle');
  private claims = 0;
  /** Bumped on every new request: callbacks of an older one do nothing. */
  private generation = 0;
  private releaseHeld: (() => void) | null = null;
  private queued: AbortController | null = null;
  /** A `Usar aquí` of another tab waiting for this tab's verdicts to arrive. */
  private readonly handoverAsked = signal<string | null>(null);
  private handoverId: string | null = null;
  private handoverTimer: ReturnType<typeof setTimeout> | null = null;

  /** True in the one tab that may send top-ups and injections now. */
  readonly isSellingTab = computed(() => (this.locks ? this.state() === 'selling' : true));
  /** A claiming page whose selling is in another tab: show `Esta caja está abierta en otra pestaña`. */
  readonly otherTabSells = computed(
    () => this.state() === 'elsewhere' || this.state() === 'handover',
  );
  /** `Usar aquí` was pressed and the other tab is finishing an operation first. */
  readonly movingHere = computed(() => this.state() === 'handover');

  constructor() {
    if (this.channel)
      this.channel.onmessage = (e: MessageEvent<HandoverMessage>) => this.on(e.data);
    effect(() => {
      const id = this.handoverAsked();
      if (id && !this.money.busy()) untracked(() => this.yieldTo(id));
    });
    inject(DestroyRef).onDestroy(() => {
      this.claims = 0;
      if (this.releaseTimer !== null) clearTimeout(this.releaseTimer);
      this.drop();
      this.channel?.close();
    });
  }

  /** A counter or injection page opened in this tab. */
  claim(): void {
    this.claims++;
    if (this.releaseTimer !== null) {
      clearTimeout(this.releaseTimer);
      this.releaseTimer = null;
      if (this.state() !== 'idle') return;
    }
    if (this.claims === 1 && this.locks) this.request('try');
  }

  /** That page closed: selling passes to a waiting tab, if any (after a short grace). */
  release(): void {
    if (this.claims === 0) return;
    this.claims--;
    if (this.claims > 0) return;
    this.releaseTimer = setTimeout(() => {
      this.releaseTimer = null;
      this.drop();
    }, this.releaseGraceMs);
  }

  /** `Usar aquí`: move selling to this tab. */
  useHere(): void {
    if (this.claims === 0 || !this.locks || this.state() === 'selling') return;
    if (this.releaseHeld) {
      this.state.set('selling');
      return;
    }
    this.handoverId = crypto.randomUUID();
    this.state.set('handover');
    this.post({ type: 'handover', id: this.handoverId });
    this.startHandoverTimer();
  }

  private on(message: HandoverMessage | undefined): void {
    if (!message) return;
    if (message.type === 'handover' && this.releaseHeld) {
      if (!this.money.busy()) {
        this.yieldTo(message.id);
      } else {
        this.post({ type: 'wait', id: message.id });
        this.handoverAsked.set(message.id);
      }
    } else if (message.id === this.handoverId && message.type === 'wait') {
      this.clearHandoverTimer();
    } else if (message.id === this.handoverId && message.type === 'go') {
      this.takeOver();
    }
  }

  /** The selling tab, once no verdict is awaited: stop selling, free the lock, queue again. */
  private yieldTo(id: string): void {
    this.handoverAsked.set(null);
    if (!this.releaseHeld) return;
    this.releaseHeld();
    this.releaseHeld = null;
    this.state.set('elsewhere');
    if (this.claims > 0) this.request('queue');
    this.post({ type: 'go', id });
  }

  private takeOver(): void {
    this.clearHandoverTimer();
    this.handoverId = null;
    if (this.claims > 0 && this.state() !== 'selling') this.request('steal');
  }

  private request(mode: 'try' | 'queue' | 'steal'): void {
    const locks = this.locks;
    if (!locks) return;
    const generation = ++this.generation;
    this.queued?.abort();
    this.queued = null;
    let options: LockOptions;
    if (mode === 'try') options = { ifAvailable: true };
    else if (mode === 'steal') options = { steal: true };
    else {
      this.queued = new AbortController();
      options = { signal: this.queued.signal };
    }
    if (this.state() === 'idle') this.state.set('pending');
    locks
      .request(LOCK_NAME, options, (lock) => {
        if (generation !== this.generation) return undefined;
        if (!lock) {
          this.state.set('elsewhere');
          this.request('queue');
          return undefined;
        }
        this.queued = null;
        this.clearHandoverTimer();
        this.handoverId = null;
        this.state.set('selling');
        return new Promise<void>((resolve) => (this.releaseHeld = resolve));
      })
      .catch(() => {
        // Our own abort (a newer request or a release), or stolen by another tab's `Usar aquí`.
        if (generation !== this.generation) return;
        this.releaseHeld = null;
        this.state.set('elsewhere');
        this.request('queue');
      });
  }

  private drop(): void {
    this.generation++;
    this.queued?.abort();
    this.queued = null;
    this.releaseHeld?.();
    this.releaseHeld = null;
    this.handoverAsked.set(null);
    this.clearHandoverTimer();
    this.handoverId = null;
    this.state.set('idle');
  }

  private startHandoverTimer(): void {
    this.clearHandoverTimer();
    this.handoverTimer = setTimeout(() => this.takeOver(), HANDOVER_TIMEOUT_MS);
  }

  private clearHandoverTimer(): void {
    if (this.handoverTimer !== null) clearTimeout(this.handoverTimer);
    this.handoverTimer = null;
  }

  private post(message: HandoverMessage): void {
    this.channel?.postMessage(message);
  }
}
