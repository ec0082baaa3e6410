import { DestroyRef, Injectable, inject } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';
import { filter, firstValueFrom } from 'rxjs';
import { MoneyInFlight } from '../session/money-in-flight';
import { LazyDialog } from '../lazy-dialog';
import { AuthService } from './auth.service';

const CHANNEL = 'kantuta.auth';

interface SignedOutMessage {
  type: 'signed-out';
  userId: number;
}

/**
 * `Cerrar sesión` without dropping a verdict. While a top-up or injection waits for its
 * verdict, a dialog waits with the cashier (who may cancel); with an operation of unknown
 * outcome it asks first. Then the page is left FIRST and the user signed out only once the
 * navigation went through: a page that refuses to be left (`pendingOperationGuard`) keeps a
 * signed-in user on it instead of a signed-out one stuck on it.
 *
 * Signing out also signs the same user out of the other tabs of this browser (a shared till
 * PC: the next person must not find the previous cashier in a second tab); those tabs wait for
 * their own verdicts first.
 */
@Injectable({ providedIn: 'root' })
export class SignOut {
  private readonly auth = inject(AuthService);
  private readonly money = inject(MoneyInFlight);
  private readonly dialog = inject(LazyDialog);
  private readonly router = inject(Router);
  private readonly busy$ = toObservable(this.money.busy);
  private readonly channel =
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  private running: Promise<boolean> | null = null;
  /** True while the page is being left for /login (the signed-out guard lets it through). */
  leaving = false;

  constructor() {
    if (this.channel) {
      this.channel.onmessage = (e: MessageEvent<SignedOutMessage>) => {
        if (e.data?.type === 'signed-out' && e.data.userId === this.auth.user()?.id) {
          void this.force(false);
        }
      };
    }
    inject(DestroyRef).onDestroy(() => this.channel?.close());
  }

  /** The `Cerrar sesión` button. Resolves true once signed out, false if the cashier stayed. */
  request(): Promise<boolean> {
    this.running ??= this.run().finally(() => (this.running = null));
    return this.running;
  }

  /**
   * Sign-out nobody may cancel (five wrong passwords, another tab signed out): still waits for
   * a verdict being awaited, so that it is shown and recorded before the page goes.
   */
  async force(tellOtherTabs = true): Promise<boolean> {
    await this.verdictsArrived();
    return this.leaveAndSignOut(tellOtherTabs);
  }

  private async run(): Promise<boolean> {
    // The ledger may not be loaded yet in this page life (no money page opened since a
    // reload): its count of unknown outcomes is read first.
    await this.money.unresolvedKnown();
    if (this.money.busy() || this.money.unresolved() > 0) {
      // Loaded on demand: most sign-outs never need it.
      const ref = await this.dialog.open(
        () => import('./sign-out-dialog').then((m) => m.SignOutDialog),
        { disableClose: true, autoFocus: 'first-tabbable', role: 'alertdialog' },
      );
      const confirmed = await firstValueFrom(ref.afterClosed());
      if (confirmed !== true) return false;
    }
    return this.leaveAndSignOut(true);
  }

  private async verdictsArrived(): Promise<void> {
    await firstValueFrom(this.busy$.pipe(filter((busy) => !busy)));
  }

  private async leaveAndSignOut(tellOtherTabs: boolean): Promise<boolean> {
    const user = this.auth.user();
    if (!user) return true;
    this.leaving = true;
    let left: boolean;
    try {
      left = await this.router.navigateByUrl('/login');
    } finally {
      this.leaving = false;
    }
    if (!left) return false;
    this.auth.logout();
    // A read-back or the close-till dialog left open (under the lock, or when another tab
    // signed out) closes with the user: nothing is sent, nothing of theirs stays on screen.
    this.dialog.closeAll();
    if (tellOtherTabs) {
      this.channel?.postMessage({ type: 'signed-out', userId: user.id } satisfies SignedOutMessage);
    }
    return true;
  }
}
