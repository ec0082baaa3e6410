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
  MatDialogActions,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { AuthService } from '../auth/auth.service';
import { IdleLock } from '../auth/idle-lock.service';
import { SignOut } from '../auth/sign-out';
import { ApiError } from '../http/api-error';

@Component({
  selector: 'app-lock-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatButton,
    MatFormField,
    MatLabel,
    MatInput,
  ],
  template: `
    <h2 mat-dialog-title>Sesión bloqueada</h2>
    <form [formGroup]="form" (ngSubmit)="submit()">
      <mat-dialog-content>
        <p>
          La caja se bloqueó por inactividad. {{ user()?.name }}, ingresa tu contraseña para seguir
          donde estabas; si eres otra persona, cierra la sesión.
        </p>
        <mat-form-field appearance="outline">
          <mat-label>Contraseña</mat-label>
          <input
            matInput
            type="password"
            formControlName="password"
            autocomplete="current-password"
          />
        </mat-form-field>
        @if (exhausted()) {
          <p role="alert" class="error">Demasiados intentos: se cierra la sesión.</p>
        } @else if (error()) {
          <p role="alert" class="error">{{ error() }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" (click)="signOut()">Cerrar sesión</button>
        <button mat-flat-button type="submit" [disabled]="pending() || exhausted()">
          Desbloquear
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .app-lock-backdrop {
      background: rgb(0 0 0 / 85%);
    }
    app-lock-dialog .error {
      color: var(--mat-sys-error);
    }
    app-lock-dialog mat-form-field {
      width: 100%;
    }
  `,
  // The backdrop lives outside the component: the rule must be global.
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LockDialog {
  private readonly lock = inject(IdleLock);
  private readonly signOutService = inject(SignOut);
  private readonly ref = inject(MatDialogRef<LockDialog>);
  protected readonly user = inject(AuthService).user;
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly exhausted = computed(() => this.lock.attemptsLeft() === 0);
  protected readonly form = inject(NonNullableFormBuilder).group({
    password: ['', Validators.required],
  });

  constructor() {
    effect(() => {
      if (!this.lock.locked()) this.ref.close();
    });
  }

  protected submit(): void {
    if (this.form.invalid || this.pending() || this.exhausted()) return;
    this.pending.set(true);
    this.error.set(null);
    this.lock.unlock(this.form.getRawValue().password).subscribe({
      error: (e: ApiError) => {
        this.pending.set(false);
        this.form.reset();
        const left = this.lock.attemptsLeft();
        const more =
          e.status === 401 ? ` Te quedan ${left} ${left === 1 ? 'intento' : 'intentos'}.` : '';
        this.error.set(`${e.message0}${more}`);
      },
    });
  }

  protected signOut(): void {
    void this.signOutService.request();
  }
}
