import { ChangeDetectionStrategy, Component, inject, input, viewChildren } from '@angular/core';
import { ControlContainer, ReactiveFormsModule } from '@angular/forms';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { Cents } from '../../../shared/money';
import { BsPipe } from '../../../shared/money.pipe';
import { OPERADORAS, OperadoraNombre } from '../data-access/operadora';

/**
 * The radio group `Operadora` of the parent form's `operadora` control: each option with its
 * pool, its shortcut key and, for a top-up, the suggestion from the number's last top-up.
 */
@Component({
  selector: 'app-operadora-radios',
  imports: [ReactiveFormsModule, MatRadioGroup, MatRadioButton, BsPipe],
  // Joins the parent's form group, so `formControlName` below binds to its control.
  viewProviders: [
    { provide: ControlContainer, useFactory: () => inject(ControlContainer, { skipSelf: true }) },
  ],
  template: `
    <span id="operadora-label" class="label">Operadora</span>
    <mat-radio-group
      class="operadoras"
      formControlName="operadora"
      aria-labelledby="operadora-label"
    >
      @for (op of operadoras; track op; let i = $index) {
        <!-- The radio's name is the operator alone (ui-contract); the rest describes it. -->
        <mat-radio-button [value]="op" [aria-label]="op" [aria-describedby]="'op-detail-' + op">
          <span class="op-name" aria-hidden="true">{{ op }}</span>
          <span class="op-detail" [id]="'op-detail-' + op">
            @if (showKeys()) {
              <kbd>{{ i + 1 }}</kbd>
            }
            {{ saldoOf()(op) === null ? missingLabel() : (saldoOf()(op) | bs) }}
            @if (sugerida() === op) {
              <strong class="sugerida">sugerida</strong>
            }
          </span>
        </mat-radio-button>
      }
    </mat-radio-group>
  `,
  styles: `
    .label {
      display: block;
      font-weight: 500;
      margin-bottom: 4px;
    }
    .operadoras {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 16px;
      margin-bottom: 8px;
    }
    .op-name {
      font-weight: 500;
      margin-right: 6px;
    }
    .op-detail {
      font-size: 13px;
      color: var(--mat-sys-on-surface-variant);
    }
    .sugerida {
      color: var(--mat-sys-tertiary);
    }
    kbd {
      border: 1px solid var(--mat-sys-outline);
      border-radius: 4px;
      padding: 0 4px;
      font-size: 12px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OperadoraRadios {
  readonly saldoOf = input.required<(op: OperadoraNombre) => Cents | null>();
  readonly missingLabel = input('sin configurar');
  readonly showKeys = input(false);
  readonly sugerida = input<OperadoraNombre | null>(null);
  protected readonly operadoras = OPERADORAS;
  private readonly radios = viewChildren(MatRadioButton);

  /** Focus on the chosen operator, or the first one. */
  focus(): void {
    const radios = this.radios();
    (radios.find((r) => r.checked) ?? radios[0])?.focus();
  }
}
