import { Signal, computed, effect, inject } from '@angular/core';
import type { MatDialogConfig } from '@angular/material/dialog';
import { AuthService } from '../auth/auth.service';
import { IdleLock } from '../auth/idle-lock.service';
import { LazyDialog } from '../lazy-dialog';
import type { PasswordAgainData } from './password-again-dialog';

/**
 * Opens the password-again dialog (its code is loaded then) whenever `IdleLock` locks the page
 * (`Sesión bloqueada`) or the tokens are refused even after a refresh (`Tu sesión expiró`), so
 * the form underneath keeps what the cashier typed. Each stacks over any open dialog (e.g. the
 * close-till one) instead of waiting for it, and closes itself when its reason ends. Call once
 * from the shell's constructor.
 */
export function mountPasswordAgainDialogs(): void {
  const lock = inject(IdleLock);
  const auth = inject(AuthService);
  openWhile(lock.locked, {
    data: { reason: 'locked' },
    closeOnNavigation: false,
    // Darker than other dialogs' (the rule is in the dialog's styles).
    backdropClass: 'app-lock-backdrop',
  });
  // Never over the lock: its e-mail field would let another person past it. Unlocking signs
  // the same user in again, which renews the tokens too.
  openWhile(
    computed(() => auth.reloginRequired() && !lock.locked()),
    { data: { reason: 'expired' } },
  );
}

function openWhile(needed: Signal<boolean>, config: MatDialogConfig<PasswordAgainData>): void {
  const dialogs = inject(LazyDialog);
  let open = false;
  effect(() => {
    if (!needed() || open) return;
    open = true;
    void dialogs
      .open(() => import('./password-again-dialog').then((m) => m.PasswordAgainDialog), {
        disableClose: true,
        autoFocus: 'first-tabbable',
        width: '420px',
        ...config,
      })
      .then((ref) => ref.afterClosed().subscribe(() => (open = false)));
  });
}
