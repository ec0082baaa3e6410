import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { PasswordField } from './password-field';

/** The login page's use: the message shows once an empty password is submitted. */
@Component({
  imports: [ReactiveFormsModule, PasswordField],
  template: `
    <form [formGroup]="form" (ngSubmit)="form.markAllAsTouched()">
      <app-password-field [control]="form.controls.password" requiredError="Escribe tu clave." />
      <button type="submit">Ingresar</button>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class LoginLikeForm {
  readonly form = inject(NonNullableFormBuilder).group({ password: ['', Validators.required] });
}

describe('PasswordField', () => {
  it('is the "Contraseña" field, filled by the password manager, typed as a password', async () => {
    const fixture = TestBed.createComponent(LoginLikeForm);
    await fixture.whenStable();
    const field = await TestbedHarnessEnvironment.loader(fixture).getHarness(MatFormFieldHarness);
    expect(await field.getLabel()).toBe('Contraseña');
    const input = (fixture.nativeElement as HTMLElement).querySelector('input')!;
    expect(input.type).toBe('password');
    expect(input.autocomplete).toBe('current-password');
  });

  it('shows its message after an empty submit, and drops it once typed in', async () => {
    const fixture = TestBed.createComponent(LoginLikeForm);
    await fixture.whenStable();
    const field = await TestbedHarnessEnvironment.loader(fixture).getHarness(MatFormFieldHarness);
    expect(await field.getTextErrors()).toEqual([]);

    (fixture.nativeElement as HTMLElement).querySelector('button')!.click();
    await fixture.whenStable();
    expect(await field.getTextErrors()).toEqual(['Escribe tu clave.']);

    await (await field.getControl(MatInputHarness))!.setValue('cajero123');
    expect(await field.getTextErrors()).toEqual([]);
  });
});
