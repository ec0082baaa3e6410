import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { ConfirmData } from '../data-access/read-back';

export type { ConfirmData };

/**
 * The read-back dialog: the cashier reads operator, number and amount to the customer.
 * `Confirmar` has the initial focus (Enter confirms), Esc and `Cancelar` go back. With a
 * `risk`, `Confirmar` first shows the risk and asks `Confirmar de todos modos`; the focus then
 * moves to `Cancelar` (the button it was on is gone): a second Enter, impatient or not, sends
 * nothing, and the risky one is a deliberate Tab and Enter, or a click.
 */
@Component({
  selector: 'app-confirm-dialog',
  imports: [MatDialogTitle, MatDialogContent, MatDialogActions, MatDialogClose, MatButton],
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content>
      <dl>
        @for (line of data.lines; track line.label) {
          <div class="line" [class.big]="line.big">
            <dt>{{ line.label }}</dt>
            <dd>{{ line.value }}</dd>
          </div>
        }
      </dl>
      @for (warning of data.warnings; track warning) {
        <p class="warning" role="alert">{{ warning }}</p>
      }
      @if (second()) {
        <p class="warning risk" role="alert">{{ data.risk }}</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" #cancel [mat-dialog-close]="false">Cancelar</button>
      @if (second()) {
        <button mat-flat-button type="button" class="danger" [mat-dialog-close]="true">
          Confirmar de todos modos
        </button>
      } @else {
        <button mat-flat-button type="button" (click)="confirm()" cdkFocusInitial>Confirmar</button>
      }
    </mat-dialog-actions>
  `,
  styles: `
    dl {
      margin: 0;
    }
    .line {
      display: flex;
      justify-content: space-between;
      gap: 24px;
      padding: 4px 0;
    }
    dt {
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
      font-weight: 500;
      font-variant-numeric: tabular-nums;
    }
    .big dd {
      font-size: 32px;
      letter-spacing: 1px;
    }
    .risk {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .danger {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
    .warning {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
      padding: 8px 12px;
      border-radius: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmDialog {
  protected readonly data = inject<ConfirmData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<ConfirmDialog, boolean>);
  /** The risk is on screen: a second, deliberate click is needed. */
  protected readonly second = signal(false);
  private readonly cancel = viewChild.required('cancel', {
    read: ElementRef<HTMLButtonElement>,
  });
  private readonly injector = inject(Injector);

  protected confirm(): void {
    if (!this.data.risk) return void this.ref.close(true);
    this.second.set(true);
    afterNextRender(() => this.cancel().nativeElement.focus(), { injector: this.injector });
  }
}
