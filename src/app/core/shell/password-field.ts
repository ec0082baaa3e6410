import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';

/**
 * The `Contraseña` field of the login page and of the password-again dialog: one accessible
 * name and one autocomplete hint (the browser's password manager fills it) for all of them.
 */
@Component({
  selector: 'app-password-field',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatInput, MatError],
  template: `
    <mat-form-field appearance="outline">
      <mat-label>Contraseña</mat-label>
      <input
        matInput
        type="password"
        [formControl]="control()"
        autocomplete="current-password"
        [attr.cdkFocusInitial]="focusFirst() ? '' : null"
      />
      @if (requiredError(); as message) {
        <mat-error>{{ message }}</mat-error>
      }
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
    }
    mat-form-field {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordField {
  readonly control = input.required<FormControl<string>>();
  /** Shown once the field is left empty and touched, or its form submitted; none if absent. */
  readonly requiredError = input<string>();
  /** The dialog it is in starts with the focus here (its other fields are already filled). */
  readonly focusFirst = input(false);
}
