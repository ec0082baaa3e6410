import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent, MatCardHeader, MatCardTitle } from '@angular/material/card';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router } from '@angular/router';
import { AuthService } from '../auth/auth.service';
import { toApiError } from '../http/api-error';
import { MOCK_CONTROL } from '../mock-control';
import { PasswordField } from './password-field';

@Component({
  selector: 'app-login-page',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatCard,
    MatCardHeader,
    MatCardTitle,
    MatCardContent,
    MatFormField,
    MatLabel,
    MatInput,
    MatError,
    PasswordField,
  ],
  templateUrl: './login-page.html',
  styleUrl: './login-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class LoginPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  protected readonly mock = inject(MOCK_CONTROL);
  /** Where to go back after signing in (query param set by the guard). */
  readonly volver = input<string>();
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly resetDone = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });

  protected submit(): void {
    if (this.pending()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.pending.set(true);
    this.error.set(null);
    const { email, password } = this.form.getRawValue();
    this.auth.login(email, password).subscribe({
      next: () => void this.router.navigateByUrl(this.safeReturnUrl()),
      error: (e: unknown) => {
        this.pending.set(false);
        this.error.set(toApiError(e).messages.join(' '));
      },
    });
  }

  protected fill(email: string, password: string): void {
    this.form.setValue({ email, password });
  }

  protected async resetDemo(): Promise<void> {
    await this.mock?.reset();
    this.resetDone.set(true);
  }

  /**
   * Only an in-app path, never an absolute URL from the query string; without one, the empty
   * path, which leads each role to its start page (core/auth/start-page.ts).
   */
  private safeReturnUrl(): string {
    const url = this.volver();
    return url && url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/login')
      ? url
      : '/';
  }
}
