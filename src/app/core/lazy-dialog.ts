import { Injectable, Injector, Type, inject } from '@angular/core';
import type { MatDialog, MatDialogConfig, MatDialogRef } from '@angular/material/dialog';

/**
 * Material's dialog service, loaded on first use (or when idle): its overlay code is not
 * part of the counter's first load. Every dialog of the app opens through it.
 */
@Injectable({ providedIn: 'root' })
export class LazyDialog {
  private readonly injector = inject(Injector);
  private service: Promise<MatDialog> | null = null;

  /** Loads the dialog code; call when idle so the first dialog opens at once. */
  load(): Promise<MatDialog> {
    return (this.service ??= import('@angular/material/dialog').then(
      (m) => this.injector.get(m.MatDialog),
      (e: unknown) => {
        // Not kept: the next dialog tries again (the connection may be back).
        this.service = null;
        throw e;
      },
    ));
  }

  /**
   * Closes every open dialog (sign-out: the router does not close them, and a read-back or a
   * till's figures must not stay over the login page). Loads nothing when none was ever opened.
   */
  closeAll(): void {
    void this.service?.then((dialog) => dialog.closeAll());
  }

  async open<C, D = unknown, R = unknown>(
    component: () => Promise<Type<C>>,
    config?: MatDialogConfig<D>,
  ): Promise<MatDialogRef<C, R>> {
    const [dialog, type] = await Promise.all([this.load(), component()]);
    return dialog.open<C, D, R>(type, config);
  }
}
