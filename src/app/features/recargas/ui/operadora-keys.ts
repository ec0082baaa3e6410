import { Directive, input, output } from '@angular/core';
import { OperadoraNombre } from '../data-access/operadora';

/** A dialog open over the page (every dialog of the app is a CDK overlay). */
const OPEN_DIALOG =
  '.cdk-overlay-container [role="dialog"], .cdk-overlay-container [role="alertdialog"]';

const KEY_OPERADORA: Record<string, OperadoraNombre> = {
  '1': OperadoraNombre.Tigo,
  '2': OperadoraNombre.Entel,
  '3': OperadoraNombre.Viva,
};

/**
 * Keys 1, 2 and 3 pick Tigo, Entel and Viva outside text fields; Alt+1/2/3 anywhere on the
 * page. Off while `enabled` is false (no session, the read-back or a request in progress) and
 * while any modal dialog is open.
 */
@Directive({
  selector: '[appOperadoraKeys]',
  host: { '(document:keydown)': 'onKeydown($event)' },
})
export class OperadoraKeys {
  readonly enabled = input(true, { alias: 'appOperadoraKeys' });
  readonly pick = output<OperadoraNombre>();

  protected onKeydown(event: KeyboardEvent): void {
    const op = KEY_OPERADORA[event.key];
    if (!op || !this.enabled()) return;
    // Not behind a modal dialog (sign-out, the lock, "Tu sesión expiró"): its keys are its own.
    if (document.querySelector(OPEN_DIALOG)) return;
    const t = event.target;
    if (t instanceof HTMLInputElement && t.type !== 'radio' && !event.altKey) return;
    event.preventDefault();
    this.pick.emit(op);
  }
}
