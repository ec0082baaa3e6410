import { ChangeDetectionStrategy, Component, effect, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MoneyInFlight } from '../session/money-in-flight';

/**
 * Shown by `SignOut` when money is on the move: waits while a verdict is awaited (and closes
 * by itself with `true` when it arrives and nothing is left unresolved), asks while an
 * operation's outcome is unknown. Closes with `true` to sign out, anything else to stay.
 */
@Component({
  selector: 'app-sign-out-dialog',
  imports: [
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatButton,
    MatProgressBar,
  ],
  template: `
    <h2 mat-dialog-title>Cerrar sesión</h2>
    <mat-dialog-content>
      @if (money.busy()) {
        <p role="status">
          Una operación espera su resultado. La sesión se cerrará cuando llegue, para que no se
          pierda.
        </p>
        <mat-progress-bar mode="indeterminate" aria-label="Esperando el resultado" />
      } @else {
        <p role="alert">
          @if (money.unresolved() === 1) {
            Hay 1 operación con estado desconocido.
          } @else {
            Hay {{ money.unresolved() }} operaciones con estado desconocido.
          }
          Conviene comprobar antes de irte (Comprobar de nuevo): si cierras la sesión ahora, quedará
          sin resolver hasta que vuelvas a ingresar.
        </p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false">Cancelar</button>
      @if (!money.busy()) {
        <button mat-flat-button type="button" [mat-dialog-close]="true">
          Cerrar sesión igualmente
        </button>
      }
    </mat-dialog-actions>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignOutDialog {
  protected readonly money = inject(MoneyInFlight);
  private readonly ref = inject(MatDialogRef<SignOutDialog, boolean>);

  constructor() {
    effect(() => {
      if (!this.money.busy() && this.money.unresolved() === 0) this.ref.close(true);
    });
  }
}
