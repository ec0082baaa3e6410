import {
  ChangeDetectionStrategy,
  Component,
  Directive,
  computed,
  inject,
  input,
} from '@angular/core';

let nextId = 0;

/**
 * An outlined text field (Material 3 look, label always above the text) for the counter, whose
 * first load cannot afford Material's form field (~22 kB gzip with its CDK share): the label
 * names the input, and the hint or the error below it is the input's description. An error is
 * an alert (the UI contract: errors next to the field or with role `alert`), announced when it
 * appears; a hint is not announced as it changes (the grouped number at every digit would be
 * noise), only read with the input. The page decides when an error shows (touched or
 * submitted: `shownError()` in shared/validators.ts); the input inside carries `appFieldInput`.
 *
 *   <app-field label="Monto (Bs)" [hint]="..." [error]="fieldError('monto')">
 *     <input appFieldInput formControlName="monto" />
 *   </app-field>
 */
@Component({
  selector: 'app-field',
  template: `
    <div class="box">
      <label class="label" [id]="ids.label" [attr.for]="ids.input">{{ label() }}</label>
      <ng-content />
    </div>
    <div class="subscript">
      @if (error(); as e) {
        <p class="error" role="alert" [id]="ids.error">{{ e }}</p>
      } @else if (hint(); as h) {
        <p class="hint" [id]="ids.hint">{{ h }}</p>
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
      padding-top: 8px; /* the label sits on the top border */
    }
    .box {
      position: relative;
      display: flex;
      align-items: center;
      height: 56px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: var(--mat-sys-corner-extra-small, 4px);
    }
    .box:hover {
      border-color: var(--mat-sys-on-surface);
    }
    .box:focus-within {
      border-color: var(--mat-sys-primary);
      box-shadow: inset 0 0 0 1px var(--mat-sys-primary); /* 2 px, without moving the text */
    }
    :host(.invalid) .box {
      border-color: var(--mat-sys-error);
    }
    :host(.invalid) .box:focus-within {
      box-shadow: inset 0 0 0 1px var(--mat-sys-error);
    }
    .label {
      position: absolute;
      top: -9px;
      left: 12px;
      padding: 0 4px;
      background: var(--mat-sys-surface);
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
      line-height: 16px;
      pointer-events: none;
    }
    .box:focus-within .label {
      color: var(--mat-sys-primary);
    }
    :host(.invalid) .label {
      color: var(--mat-sys-error);
    }
    :host(.disabled) .box {
      border-color: color-mix(in srgb, var(--mat-sys-on-surface) 12%, transparent);
    }
    :host(.disabled) .label {
      color: color-mix(in srgb, var(--mat-sys-on-surface) 38%, transparent);
    }
    .subscript {
      min-height: 20px; /* a hint that comes or goes moves nothing below it */
      padding: 4px 16px 0;
      font: var(--mat-sys-body-small);
      line-height: 16px;
      color: var(--mat-sys-on-surface-variant);
    }
    .subscript p {
      margin: 0;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
  host: { '[class.invalid]': 'error() !== null', '[class.disabled]': 'disabled()' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Field {
  readonly label = input.required<string>();
  readonly hint = input<string | null>(null);
  /** Shown instead of the hint, and the input is marked invalid; null: no error to show. */
  readonly error = input<string | null>(null);
  /** Greys the outline and the label (the input's own `disabled` is the form's). */
  readonly disabled = input(false);

  /** The ids that tie the label, the input and its description together. */
  readonly ids = fieldIds(nextId++);
  /** What the input's `aria-describedby` names: the error when there is one, else the hint. */
  readonly describedBy = computed(() =>
    this.error() !== null ? this.ids.error : this.hint() !== null ? this.ids.hint : null,
  );
}

function fieldIds(n: number) {
  const base = `app-field-${n}`;
  return {
    input: `${base}-input`,
    label: `${base}-label`,
    hint: `${base}-hint`,
    error: `${base}-error`,
  };
}

/** The input of an `app-field`: its id, description and validity come from the field. */
@Directive({
  selector: 'input[appFieldInput]',
  host: {
    class: 'field-input',
    '[id]': 'field.ids.input',
    '[attr.aria-describedby]': 'field.describedBy()',
    // "false" when valid, as Material's input says it.
    '[attr.aria-invalid]': 'field.error() !== null',
  },
})
export class FieldInput {
  protected readonly field = inject(Field);
}
