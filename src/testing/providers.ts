import { HttpInterceptorFn, provideHttpClient, withInterceptors } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { EnvironmentProviders, Provider } from '@angular/core';
import { NEVER } from 'rxjs';
import { AUTH_STORAGE_KEY } from '../app/core/auth/auth.service';
import { Role } from '../app/core/auth/auth.model';
import { apiBaseUrlInterceptor, apiErrorInterceptor } from '../app/core/http/interceptors';
import { DataChangedService } from '../app/core/realtime/data-changed.service';

/**
 * HttpClient as the app builds it (base URL first, errors innermost, optional ones between)
 * against HttpTestingController, and no socket: what service and store specs share.
 */
export function apiTestingProviders(
  ...between: HttpInterceptorFn[]
): (Provider | EnvironmentProviders)[] {
  return [
    provideHttpClient(withInterceptors([apiBaseUrlInterceptor, ...between, apiErrorInterceptor])),
    provideHttpClientTesting(),
    { provide: DataChangedService, useValue: { events$: NEVER } },
  ];
}

/** A signed-in user as a reload would find it in storage (before the TestBed is built). */
export function storeSignedIn(role: Role = 'cajero', id = 3, name = 'Carla'): void {
  sessionStorage.setItem(
    AUTH_STORAGE_KEY,
    JSON.stringify({ accessToken: 'a', refreshToken: 'r', user: { id, name, role } }),
  );
}
