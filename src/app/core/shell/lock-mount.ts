import { effect, inject } from '@angular/core';
import { IdleLock } from '../auth/idle-lock.service';
import { LazyDialog } from '../lazy-dialog';

/**
 * Opens the lock dialog (`Sesión bloqueada`) whenever `IdleLock` locks the page; its code is
 * loaded then. Call once from the shell's constructor. The dialog closes itself when the lock
 * ends (unlock or sign-out).
 */
export function mountLockDialog(): void {
  const lock = inject(IdleLock);
  const dialogs = inject(LazyDialog);
  let open = false;
  effect(() => {
    if (!lock.locked() || open) return;
    open = true;
    void dialogs
      .open(() => import('./lock-dialog').then((m) => m.LockDialog), {
        disableClose: true,
        closeOnNavigation: false,
        autoFocus: 'first-tabbable',
        restoreFocus: true,
        backdropClass: 'app-lock-backdrop',
        width: '420px',
      })
      .then((ref) => ref.afterClosed().subscribe(() => (open = false)));
  });
}
