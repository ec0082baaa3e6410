import { ChangeDetectionStrategy, Component, ElementRef, inject, input } from '@angular/core';
import { viewChildren } from '@angular/core';
import { ControlContainer, ReactiveFormsModule } from '@angular/forms';
import { Cents } from '../../../shared/money';
import { BsPipe } from '../../../shared/money.pipe';
import { OPERADORAS, OperadoraNombre } from '../data-access/operadora';

let nextId = 0;

/**
 * The radio group `Operadora` of the parent form's `operadora` control: each option with its
 * pool, its shortcut key and, for a top-up, the suggestion from the number's last top-up.
 * Native radios (arrow keys move within the group, Space picks): Material's radio would add
 * ~7 kB gzip to the counter's first load for the same behaviour.
 */
@Component({
  selector: 'app-operadora-radios',
  imports: [ReactiveFormsModule, BsPipe],
  // Joins the parent's form group, so `formControlName` below binds to its control.
  viewProviders: [
    { provide: ControlContainer, useFactory: () => inject(ControlContainer, { skipSelf: true }) },
  ],
  template: `
    <span [id]="id + '-label'" class="label">Operadora</span>
    <div class="operadoras" role="radiogroup" [attr.aria-labelledby]="id + '-label'">
      @for (op of operadoras; track op; let i = $index) {
        <label [class]="'op op-' + op.toLowerCase()">
          <!-- The radio's name is the operator alone (ui-contract); the rest describes it. -->
          <input
            #radio
            type="radio"
            formControlName="operadora"
            [value]="op"
            [attr.aria-label]="op"
            [attr.aria-describedby]="id + '-' + op"
          />
          <span class="op-name" aria-hidden="true">{{ op }}</span>
          <span class="op-detail" [id]="id + '-' + op">
            @if (showKeys()) {
              <kbd>{{ i + 1 }}</kbd>
            }
            {{ saldoOf()(op) === null ? missingLabel() : (saldoOf()(op) | bs) }}
            @if (sugerida() === op) {
              <strong class="sugerida">sugerida</strong>
            }
          </span>
        </label>
      }
    </div>
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
      gap: 8px;
      margin-bottom: 8px;
    }
    .op {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      padding: 6px 12px 6px 8px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-left: 4px solid var(--op-color);
      border-radius: 8px;
      cursor: pointer;
    }
    .op:has(input:checked) {
      background: var(--mat-sys-secondary-container);
      border-color: var(--op-color);
    }
    .op:has(input:focus-visible) {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
    .op:has(input:disabled) {
      opacity: 0.6;
      cursor: default;
    }
    input {
      accent-color: var(--op-color);
      width: 18px;
      height: 18px;
      margin: 0;
    }
    .op-name {
      font-weight: 500;
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
  protected readonly id = `operadora-${nextId++}`;
  private readonly radios = viewChildren<ElementRef<HTMLInputElement>>('radio');

  /** Focus on the chosen operator, or the first one. */
  focus(): void {
    const radios = this.radios().map((r) => r.nativeElement);
    (radios.find((r) => r.checked) ?? radios[0])?.focus();
  }
}
