import { TestBed } from '@angular/core/testing';
import {
  ActivatedRouteSnapshot,
  Router,
  RouterStateSnapshot,
  UrlTree,
  provideRouter,
} from '@angular/router';
import { provideHttpClient } from '@angular/common/http';
import { AUTH_STORAGE_KEY } from './auth.service';
import { signedInGuard, signedOutGuard } from './guards';

describe('guards', () => {
  function run(guard: typeof signedInGuard, url = '/caja') {
    return TestBed.runInInjectionContext(() =>
      guard({} as ActivatedRouteSnapshot, { url } as RouterStateSnapshot),
    );
  }
  function signIn(role: 'cajero' | 'supervisor') {
    sessionStorage.setItem(
      AUTH_STORAGE_KEY,
      JSON.stringify({ accessToken: 'a', refreshToken: 'r', user: { id: 3, name: 'X', role } }),
    );
  }
  const url = (result: unknown) => TestBed.inject(Router).serializeUrl(result as UrlTree);

  beforeEach(() => {
    sessionStorage.clear();
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient()] });
  });
  afterEach(() => sessionStorage.clear());

  it('sends a signed-out user to /login with the page asked for', () => {
    expect(url(run(signedInGuard, '/recargas/historial/clientes?numero=7'))).toBe(
      '/login?volver=%2Frecargas%2Fhistorial%2Fclientes%3Fnumero%3D7',
    );
  });

  it('lets a signed-in user through and sends them from /login to their start page', () => {
    signIn('cajero');
    expect(run(signedInGuard)).toBeTrue();
    expect(url(run(signedOutGuard))).toBe('/');
  });
});
