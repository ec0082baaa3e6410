import { HttpClient, HttpHeaders } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { Observable, Subject, finalize, map, share, tap } from 'rxjs';
import { LoginRequestDto, LoginResponseDto, RefreshResponseDto } from './auth.dto';
import { AuthState, AuthUser, parseStoredAuth, toAuthState } from './auth.model';

export const AUTH_STORAGE_KEY = 'kantuta.auth';

/** A refresh answered after another sign-in (or a sign-out): its token is not this session's. */
export class SessionChangedError extends Error {
  constructor() {
    super('La sesión cambió durante la renovación.');
  }
}

/**
 * Sign-in state: the two tokens, `{ id, name, role }` and the e-mail typed at sign-in (so the
 * idle lock can sign the same person in again), kept in sessionStorage: a reload keeps the
 * cashier signed in, closing the browser signs them out (a shared till PC). Each tab signs in
 * on its own. Refresh is shared: concurrent 401s cause one refresh call.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly state = signal<AuthState | null>(readStoredAuth());
  private refreshing: Observable<string> | null = null;
  private readonly signedIn$ = new Subject<AuthUser | null>();

  readonly user = computed(() => this.state()?.user ?? null);
  readonly isSignedIn = computed(() => this.state() !== null);
  readonly isSupervisor = computed(() => this.state()?.user.role === 'supervisor');
  /** True when the tokens were refused even after a refresh: the shell asks for the password. */
  readonly reloginRequired = signal(false);
  /** Emits the user after each sign-in, or null on sign-out (the interceptor waits on it). */
  readonly signInEvents = this.signedIn$.asObservable();
  /** The e-mail of the signed-in user (this tab's sessionStorage), to sign the same user in again. */
  get lastEmail(): string | null {
    return this.state()?.email || null;
  }

  get accessToken(): string | null {
    return this.state()?.accessToken ?? null;
  }

  login(email: string, password: string): Observable<AuthUser> {
    const body: LoginRequestDto = { email: email.trim(), password };
    return this.http.post<LoginResponseDto>('/auth/login', body).pipe(
      map((dto) => toAuthState(dto, body.email)),
      tap((state) => {
        this.setState(state);
        this.reloginRequired.set(false);
        this.signedIn$.next(state.user);
      }),
      map((state) => state.user),
    );
  }

  /**
   * One refresh at a time; callers that arrive while it runs share its answer. An answer that
   * comes back after a sign-in or sign-out belongs to the tokens it was asked with: it fails,
   * and the new sign-in keeps its own token.
   */
  refresh(): Observable<string> {
    const current = this.state();
    if (!current) throw new Error('No hay sesión iniciada.');
    if (this.refreshing) return this.refreshing;
    const used = current.refreshToken;
    const refreshing: Observable<string> = this.http
      .post<RefreshResponseDto>('/auth/refresh_token', null, {
        headers: new HttpHeaders({ Authorization: `Bearer ${used}` }),
      })
      .pipe(
        map((res) => {
          const now = this.state();
          if (now?.refreshToken !== used) throw new SessionChangedError();
          this.setState({ ...now, accessToken: res.access_token });
          return res.access_token;
        }),
        finalize(() => {
          if (this.refreshing === refreshing) this.refreshing = null;
        }),
        share(),
      );
    this.refreshing = refreshing;
    return refreshing;
  }

  requireRelogin(): void {
    this.reloginRequired.set(true);
  }

  logout(): void {
    this.setState(null);
    this.reloginRequired.set(false);
    this.signedIn$.next(null);
  }

  private setState(state: AuthState | null): void {
    // A refresh asked with other tokens is not shared with the callers of these.
    if (state?.refreshToken !== this.state()?.refreshToken) this.refreshing = null;
    this.state.set(state);
    if (state) sessionStorage.setItem(AUTH_STORAGE_KEY, JSON.stringify(state));
    else sessionStorage.removeItem(AUTH_STORAGE_KEY);
  }
}

function readStoredAuth(): AuthState | null {
  // Earlier versions kept the tokens in localStorage, where they outlived the browser.
  localStorage.removeItem(AUTH_STORAGE_KEY);
  return parseStoredAuth(sessionStorage.getItem(AUTH_STORAGE_KEY));
}
