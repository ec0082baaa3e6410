import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogTitle,
} from '@angular/material/dialog';

export interface ConfirmLine {
  label: string;
  value: string;
  /** Shown large: the number read back to the customer. */
  big?: boolean;
}

export interface ConfirmData {
  title: string;
  lines: ConfirmLine[];
  warnings: string[];
}

/**
 * The read-back dialog: the cashier reads operator, number and amount to the customer.
 * `Confirmar` has the initial focus (Enter confirms), Esc and `Cancelar` go back.
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
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false">Cancelar</button>
      <button mat-flat-button type="button" [mat-dialog-close]="true" cdkFocusInitial>
        Confirmar
      </button>
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
}
