import { HttpContextToken, HttpEventType, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, tap, throwError, timeout } from 'rxjs';
import { API_CONFIG } from './api-config';
import { toApiError } from './api-error';
import { NetworkStatus } from './network-status';

/** Service paths start with `/`; the app writes `/recargas/...`, the wire gets `/api/recargas/...`. */
export const apiBaseUrlInterceptor: HttpInterceptorFn = (req, next) => {
  if (!req.url.startsWith('/') || req.url.startsWith('//')) return next(req);
  const { baseUrl } = inject(API_CONFIG);
  return next(req.clone({ url: `${baseUrl}${req.url}` }));
};

/** Per-request override of the time limit (e.g. the 64 MB history gets longer). */
export const REQUEST_TIMEOUT_MS = new HttpContextToken<number | null>(() => null);

/**
 * Innermost: enforces the time limit (between events, so a long download that keeps
 * progressing is not cut) and turns every failure into an ApiError.
 */
export const apiErrorInterceptor: HttpInterceptorFn = (req, next) => {
  const limit = req.context.get(REQUEST_TIMEOUT_MS) ?? inject(API_CONFIG).timeoutMs;
  const network = inject(NetworkStatus);
  return next(req).pipe(
    timeout({ each: limit }),
    // "Sent" is emitted before the request leaves: only a real answer proves the server is up.
    tap((event) => {
      if (event.type !== HttpEventType.Sent) network.reportAnswer();
    }),
    catchError((error: unknown) => {
      const apiError = toApiError(error);
      if (apiError.status === 0 && apiError.noAnswer === 'network') network.reportNoAnswer();
      else network.reportAnswer();
      return throwError(() => apiError);
    }),
  );
};
