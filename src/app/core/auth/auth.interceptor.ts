import { HttpHandlerFn, HttpInterceptorFn, HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, switchMap, take, throwError } from 'rxjs';
import { ApiError } from '../http/api-error';
import { AuthService, SessionChangedError } from './auth.service';

const PUBLIC_PATHS = ['/auth/login', '/auth/refresh_token'];

const NOT_SENT_AFTER_EXPIRY = new ApiError(401, [
  'Tu sesión expiró y la operación NO se realizó. Vuelve a ingresar y confírmala de nuevo.',
]);

function withBearer(req: HttpRequest<unknown>, token: string | null): HttpRequest<unknown> {
  return token ? req.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : req;
}

function isUnauthorized(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}

/**
 * Bearer token, then on a 401: refresh once and retry once (a 401 was not applied, so the
 * retry cannot apply a POST twice). If that is refused too (the real service rejects its own
 * refreshed tokens today), the user signs in again over the current screen. A read is then
 * retried by itself; a POST or PATCH is not: minutes may have passed, so it fails with a 401
 * and the cashier confirms it again from the form, which kept what was typed.
 */
export const authInterceptor: HttpInterceptorFn = (req, next) => {
  if (PUBLIC_PATHS.some((p) => req.url.endsWith(p))) return next(req);
  const auth = inject(AuthService);
  if (!auth.accessToken) return next(req);
  const userId = auth.user()?.id;

  return next(withBearer(req, auth.accessToken)).pipe(
    catchError((error: unknown) => {
      if (!isUnauthorized(error)) return throwError(() => error);
      return auth.refresh().pipe(
        catchError((refreshError: unknown) =>
          throwError(() => (refreshError instanceof SessionChangedError ? refreshError : error)),
        ),
        switchMap((token) => next(withBearer(req, token))),
        catchError((retryError: unknown) => {
          // Someone signed in meanwhile: this call was the previous sign-in's. It fails as
          // refused (not sent again), and the new sign-in is not asked for a password.
          if (retryError instanceof SessionChangedError) {
            if (req.method !== 'GET') return throwError(() => NOT_SENT_AFTER_EXPIRY);
            // The same person signed in again (the lock): the read goes on with their new token.
            return auth.user()?.id === userId && auth.accessToken
              ? next(withBearer(req, auth.accessToken))
              : throwError(() => error);
          }
          return isUnauthorized(retryError)
            ? afterRelogin(req, next, auth, retryError)
            : throwError(() => retryError);
        }),
      );
    }),
  );
};

function afterRelogin(
  req: HttpRequest<unknown>,
  next: HttpHandlerFn,
  auth: AuthService,
  error: unknown,
) {
  const userId = auth.user()?.id;
  auth.requireRelogin();
  if (req.method !== 'GET') return throwError(() => NOT_SENT_AFTER_EXPIRY);
  // Only the same user may carry on: another user's sign-in must not replay this call.
  return auth.signInEvents.pipe(
    take(1),
    switchMap((user) =>
      user && user.id === userId
        ? next(withBearer(req, auth.accessToken))
        : throwError(() => error),
    ),
  );
}
