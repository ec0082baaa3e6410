import { DestroyRef, Signal, computed, effect, inject, signal, untracked } from '@angular/core';
import type { MatDialogConfig } from '@angular/material/dialog';
import { AuthService } from '../auth/auth.service';
import { IdleLock } from '../auth/idle-lock.service';
import { NetworkStatus } from '../http/network-status';
import { LazyDialog } from '../lazy-dialog';
import { whenIdle } from '../../shared/staged-render';
import type { PasswordAgainData } from './password-again-dialog';

/** A dialog whose code could not be fetched (no connection) is tried again this often. */
export const PASSWORD_AGAIN_RETRY_MS = 3000;
/** The dialog's code is fetched ahead this long after the shell starts, when the page is idle. */
export const PASSWORD_AGAIN_PREFETCH_MS = 5000;

const loadDialog = () => import('./password-again-dialog').then((m) => m.PasswordAgainDialog);

/**
 * Opens the password-again dialog (its code is loaded then) whenever `IdleLock` locks the page
 * (`Sesión bloqueada`) or the tokens are refused even after a refresh (`Tu sesión expiró`), so
 * the form underneath keeps what the cashier typed. Each stacks over any open dialog (e.g. the
 * close-till one) instead of waiting for it, and closes itself when its reason ends. Its code is
 * fetched ahead once the shell has settled and the connection is up, and a failed open is tried
 * again: a lock that comes while the connection is down still covers the page. Call once from
 * the shell's constructor.
 */
export function mountPasswordAgainDialogs(): void {
  const lock = inject(IdleLock);
  const auth = inject(AuthService);
  const dialogs = inject(LazyDialog);
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
  // Fetched ahead, and only while the connection is up: a failed fetch of a module may be
  // remembered by the browser for the page's life.
  const network = inject(NetworkStatus);
  const due = signal(false);
  let fetched = false;
  let cancelIdle: (() => void) | null = null;
  const timer = setTimeout(() => due.set(true), PASSWORD_AGAIN_PREFETCH_MS);
  effect(() => {
    if (!due() || network.offline() || fetched || cancelIdle) return;
    cancelIdle = whenIdle(() => {
      cancelIdle = null;
      void Promise.all([dialogs.load(), loadDialog()]).then(
        () => (fetched = true),
        () => undefined,
      );
    });
  });
  inject(DestroyRef).onDestroy(() => {
    clearTimeout(timer);
    cancelIdle?.();
  });
}

function openWhile(needed: Signal<boolean>, config: MatDialogConfig<PasswordAgainData>): void {
  const dialogs = inject(LazyDialog);
  let open = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const tryOpen = () => {
    retry = undefined;
    if (!needed() || open) return;
    open = true;
    dialogs
      .open(loadDialog, {
        disableClose: true,
        autoFocus: 'first-tabbable',
        width: '420px',
        ...config,
      })
      .then(
        (ref) => ref.afterClosed().subscribe(() => (open = false)),
        () => {
          open = false;
          retry ??= setTimeout(tryOpen, PASSWORD_AGAIN_RETRY_MS);
        },
      );
  };
  effect(() => {
    if (needed()) untracked(tryOpen);
  });
  inject(DestroyRef).onDestroy(() => clearTimeout(retry));
}
