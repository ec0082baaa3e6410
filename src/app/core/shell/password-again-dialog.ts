import {
  ChangeDetectionStrategy,
  Component,
  ViewEncapsulation,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Observable } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { IdleLock } from '../auth/idle-lock.service';
import { SignOut } from '../auth/sign-out';
import { ApiError, toApiError } from '../http/api-error';
import { PasswordField } from './password-field';

/**
 * Why the password is asked again:
 * - `locked`: the shared till PC sat idle (IdleLock): the same user's password, or sign out;
 *   five wrong ones sign out;
 * - `expired`: the tokens were refused even after a refresh: e-mail and password.
 */
export interface PasswordAgainData {
  reason: 'locked' | 'expired';
}

const TEXTS = {
  locked: { title: 'Sesión bloqueada', submit: 'Desbloquear' },
  expired: { title: 'Tu sesión expiró', submit: 'Ingresar' },
} as const;

/**
 * Sign in again over the current screen: the page underneath keeps what was typed and still
 * shows a verdict that arrives. The dialog closes itself once its reason is gone (signed in
 * again, or signed out).
 */
@Component({
  selector: 'app-password-again-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatButton,
    MatFormField,
    MatLabel,
    MatInput,
    PasswordField,
  ],
  template: `
    <h2 mat-dialog-title>{{ text.title }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()">
      <mat-dialog-content>
        @if (locked) {
          <p>
            La caja se bloqueó por inactividad. {{ user()?.name }}, ingresa tu contraseña para
            seguir donde estabas; si eres otra persona, cierra la sesión.
          </p>
        } @else {
          <p>
            {{ user()?.name }}, vuelve a ingresar para continuar donde estabas: lo que escribiste se
            conserva.
          </p>
          <mat-form-field appearance="outline">
            <mat-label>Correo electrónico</mat-label>
            <input matInput type="email" formControlName="email" autocomplete="username" />
          </mat-form-field>
        }
        <!-- The e-mail known: the focus starts where the cashier types, on the password. -->
        <app-password-field [control]="form.controls.password" [focusFirst]="emailKnown" />
        @if (exhausted()) {
          <p role="alert" class="error">Demasiados intentos: se cierra la sesión.</p>
        } @else if (error()) {
          <p role="alert" class="error">{{ error() }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" (click)="signOut()">Cerrar sesión</button>
        <button mat-flat-button type="submit" [disabled]="pending() || exhausted()">
          {{ text.submit }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .app-lock-backdrop {
      background: rgb(0 0 0 / 85%);
    }
    app-password-again-dialog .error {
      color: var(--mat-sys-error);
    }
    app-password-again-dialog mat-form-field {
      width: 100%;
    }
  `,
  // The lock's backdrop lives outside the component: the rule must be global.
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordAgainDialog {
  private readonly auth = inject(AuthService);
  private readonly lock = inject(IdleLock);
  private readonly signOutService = inject(SignOut);
  private readonly ref = inject(MatDialogRef<PasswordAgainDialog>);
  protected readonly locked = inject<PasswordAgainData>(MAT_DIALOG_DATA).reason === 'locked';
  protected readonly text = TEXTS[this.locked ? 'locked' : 'expired'];
  protected readonly user = this.auth.user;
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly exhausted = computed(() => this.locked && this.lock.attemptsLeft() === 0);
  protected readonly emailKnown = this.locked || !!this.auth.lastEmail;
  protected readonly form = inject(NonNullableFormBuilder).group({
    // The e-mail is kept in memory only (storage holds tokens and { id, name, role }). The
    // lock signs the same user in again: no e-mail to ask for, none to validate.
    email: [
      { value: this.auth.lastEmail ?? '', disabled: this.locked },
      [Validators.required, Validators.email],
    ],
    password: ['', Validators.required],
  });

  constructor() {
    const needed = this.locked ? this.lock.locked : this.auth.reloginRequired;
    effect(() => {
      if (!needed()) this.ref.close();
    });
  }

  protected submit(): void {
    if (this.form.invalid || this.pending() || this.exhausted()) return;
    this.pending.set(true);
    this.error.set(null);
    const { email, password } = this.form.getRawValue();
    const signIn: Observable<unknown> = this.locked
      ? this.lock.unlock(password)
      : this.auth.login(email, password);
    signIn.subscribe({
      error: (e: unknown) => {
        this.pending.set(false);
        this.error.set(this.locked ? this.wrongUnlock(toApiError(e)) : toApiError(e).message0);
      },
    });
  }

  /** The app's one sign-out: it asks first while a verdict is awaited, and tells other tabs. */
  protected signOut(): void {
    void this.signOutService.request();
  }

  /** A failed unlock empties the field and counts down the attempts left. */
  private wrongUnlock(e: ApiError): string {
    this.form.controls.password.reset();
    const left = this.lock.attemptsLeft();
    const more =
      e.status === 401 ? ` Te quedan ${left} ${left === 1 ? 'intento' : 'intentos'}.` : '';
    return `${e.message0}${more}`;
  }
}
