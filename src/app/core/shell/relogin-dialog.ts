import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
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
import { Router } from '@angular/router';
import { AuthService } from '../auth/auth.service';
import { toApiError } from '../http/api-error';

/** Sign in again over the current screen: the page underneath keeps its state. */
@Component({
  selector: 'app-relogin-dialog',
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
    <h2 mat-dialog-title>Tu sesión expiró</h2>
    <form [formGroup]="form" (ngSubmit)="submit()">
      <mat-dialog-content>
        <p>
          {{ user()?.name }}, vuelve a ingresar para continuar donde estabas: lo que escribiste se
          conserva.
        </p>
        <mat-form-field appearance="outline">
          <mat-label>Correo electrónico</mat-label>
          <input matInput type="email" formControlName="email" autocomplete="username" />
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Contraseña</mat-label>
          <input
            matInput
            type="password"
            formControlName="password"
            autocomplete="current-password"
          />
        </mat-form-field>
        @if (error()) {
          <p role="alert" class="error">{{ error() }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" (click)="signOut()">Cerrar sesión</button>
        <button mat-flat-button type="submit" [disabled]="pending()">Ingresar</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .error {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReloginDialog {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly ref = inject(MatDialogRef<ReloginDialog>);
  protected readonly user = this.auth.user;
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    // The e-mail is kept in memory only (storage holds tokens and { id, name, role }).
    email: [this.auth.lastEmail ?? '', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });

  protected submit(): void {
    if (this.form.invalid || this.pending()) return;
    this.pending.set(true);
    const { email, password } = this.form.getRawValue();
    this.auth.login(email, password).subscribe({
      next: () => this.ref.close(),
      error: (e: unknown) => {
        this.pending.set(false);
        this.error.set(toApiError(e).message0);
      },
    });
  }

  protected signOut(): void {
    this.auth.logout();
    this.ref.close();
    void this.router.navigateByUrl('/login');
  }
}
