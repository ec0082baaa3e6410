import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { failure } from '../../../testing/errors';
import { firstValueFrom } from 'rxjs';
import { LOGIN_OK_BODY, REFRESH_OK_BODY, errorBody } from '../../../testing/fixtures';
import { apiBaseUrlInterceptor, apiErrorInterceptor } from '../http/interceptors';
import { authInterceptor } from './auth.interceptor';
import { AUTH_STORAGE_KEY, AuthService } from './auth.service';

const unauthorized = () =>
  [
    errorBody(401, '/cajas', 'Unauthorized', null),
    { status: 401, statusText: 'Unauthorized' },
  ] as const;

describe('AuthService and authInterceptor', () => {
  let auth: AuthService;
  let http: HttpClient;
  let ctrl: HttpTestingController;

  function setup(): void {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(
          withInterceptors([apiBaseUrlInterceptor, authInterceptor, apiErrorInterceptor]),
        ),
        provideHttpClientTesting(),
      ],
    });
    auth = TestBed.inject(AuthService);
    http = TestBed.inject(HttpClient);
    ctrl = TestBed.inject(HttpTestingController);
  }

  async function signIn(): Promise<void> {
    const done = firstValueFrom(auth.login(' operador@kantuta.test ', 'secreto'));
    const req = ctrl.expectOne('/api/auth/login');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ email: 'operador@kantuta.test', password: 'secreto' });
    expect(req.request.headers.has('Authorization')).toBeFalse();
    req.flush(LOGIN_OK_BODY);
    await done;
  }

  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    setup();
  });

  afterEach(() => {
    ctrl.verify();
    localStorage.clear();
    sessionStorage.clear();
  });

  it('keeps the tokens, { id, name, role } and the e-mail in sessionStorage: never the password hash', async () => {
    await signIn();
    expect(auth.user()).toEqual({ id: 3, name: 'Oscar Operador Prueba', role: 'cajero' });
    const stored = sessionStorage.getItem(AUTH_STORAGE_KEY) ?? '';
    expect(stored).not.toContain('$2b$');
    expect(stored).not.toContain('persona');
    expect(stored).not.toContain('secreto');
    expect(Object.keys(JSON.parse(stored) as object).sort()).toEqual([
      'accessToken',
      'email',
      'refreshToken',
      'user',
    ]);
    expect(auth.lastEmail).toBe('operador@kantuta.test');
    expect(localStorage.length).toBe(0);
  });

  it('survives a page reload (a new service reads the storage)', async () => {
    await signIn();
    TestBed.resetTestingModule();
    setup();
    expect(auth.isSignedIn()).toBeTrue();
    expect(auth.user()?.name).toBe('Oscar Operador Prueba');
    expect(auth.lastEmail).toBe('operador@kantuta.test');
  });

  it('a restarted browser (empty sessionStorage) asks for the password again', async () => {
    await signIn();
    sessionStorage.clear();
    TestBed.resetTestingModule();
    setup();
    expect(auth.isSignedIn()).toBeFalse();
  });

  it('drops the tokens an older version left in localStorage, without using them', () => {
    localStorage.setItem(
      AUTH_STORAGE_KEY,
      JSON.stringify({
        accessToken: 'a',
        refreshToken: 'r',
        user: { id: 3, name: 'X', role: 'cajero' },
      }),
    );
    TestBed.resetTestingModule();
    setup();
    expect(auth.isSignedIn()).toBeFalse();
    expect(localStorage.getItem(AUTH_STORAGE_KEY)).toBeNull();
  });

  it('ignores a tampered storage entry', () => {
    sessionStorage.setItem(
      AUTH_STORAGE_KEY,
      JSON.stringify({
        accessToken: 'x',
        refreshToken: 'y',
        user: { id: '3', name: 'x', role: 'root' },
      }),
    );
    TestBed.resetTestingModule();
    setup();
    expect(auth.isSignedIn()).toBeFalse();
  });

  it('sends the bearer token on service calls', async () => {
    await signIn();
    const done = firstValueFrom(http.get('/cajas'));
    const req = ctrl.expectOne('/api/cajas');
    expect(req.request.headers.get('Authorization')).toBe(`Bearer ${LOGIN_OK_BODY.access_token}`);
    req.flush([]);
    await done;
  });

  it('on a 401 refreshes once with the refresh token and retries the call', async () => {
    await signIn();
    const done = firstValueFrom(http.get('/cajas'));
    ctrl.expectOne('/api/cajas').flush(...unauthorized());
    const refresh = ctrl.expectOne('/api/auth/refresh_token');
    expect(refresh.request.headers.get('Authorization')).toBe(
      `Bearer ${LOGIN_OK_BODY.refresh_token}`,
    );
    refresh.flush(REFRESH_OK_BODY);
    const retry = ctrl.expectOne('/api/cajas');
    expect(retry.request.headers.get('Authorization')).toBe(
      `Bearer ${REFRESH_OK_BODY.access_token}`,
    );
    retry.flush([{ id: 1 }]);
    expect(await done).toEqual([{ id: 1 }]);
    expect(auth.reloginRequired()).toBeFalse();
  });

  it('shares one refresh between concurrent 401s', async () => {
    await signIn();
    const a = firstValueFrom(http.get('/cajas'));
    const b = firstValueFrom(http.get('/recargas/operadoras/saldos'));
    ctrl.expectOne('/api/cajas').flush(...unauthorized());
    ctrl.expectOne('/api/recargas/operadoras/saldos').flush(...unauthorized());
    ctrl.expectOne('/api/auth/refresh_token').flush(REFRESH_OK_BODY);
    ctrl.expectOne('/api/cajas').flush([]);
    ctrl.expectOne('/api/recargas/operadoras/saldos').flush([]);
    await Promise.all([a, b]);
  });

  it('when the refreshed token is refused too (service defect), a read waits for the new sign-in and is retried', async () => {
    await signIn();
    let result: unknown;
    const sub = http.get('/cajas').subscribe((r) => (result = r));
    ctrl.expectOne('/api/cajas').flush(...unauthorized());
    ctrl.expectOne('/api/auth/refresh_token').flush(REFRESH_OK_BODY);
    ctrl.expectOne('/api/cajas').flush(...unauthorized());
    expect(auth.reloginRequired()).toBeTrue();
    ctrl.expectNone('/api/auth/refresh_token');

    await signIn();
    expect(auth.reloginRequired()).toBeFalse();
    ctrl.expectOne('/api/cajas').flush([{ id: 7 }]);
    expect(result).toEqual([{ id: 7 }]);
    sub.unsubscribe();
  });

  it('a POST refused even after the refresh is NOT replayed after the new sign-in: it fails, not sent', async () => {
    await signIn();
    const done = failure(http.post('/recargas/cliente', { x: 1 }));
    ctrl.expectOne('/api/recargas/cliente').flush(...unauthorized());
    ctrl.expectOne('/api/auth/refresh_token').flush(REFRESH_OK_BODY);
    ctrl.expectOne('/api/recargas/cliente').flush(...unauthorized());
    const e = await done;
    expect(e.status).toBe(401);
    expect(e.messages[0]).toContain('la operación NO se realizó');
    expect(auth.reloginRequired()).toBeTrue();
    await signIn();
    ctrl.expectNone('/api/recargas/cliente');
  });

  it('a failed refresh also asks to sign in again; signing out fails the pending call with the 401', async () => {
    await signIn();
    const done = failure(http.get('/cajas'));
    ctrl.expectOne('/api/cajas').flush(...unauthorized());
    ctrl
      .expectOne('/api/auth/refresh_token')
      .flush(
        errorBody(401, '/auth/refresh_token', 'Invalid or expired refresh token', 'Unauthorized'),
        { status: 401, statusText: 'Unauthorized' },
      );
    expect(auth.reloginRequired()).toBeTrue();
    auth.logout();
    const e = await done;
    expect(e.status).toBe(401);
    expect(auth.isSignedIn()).toBeFalse();
    expect(sessionStorage.getItem(AUTH_STORAGE_KEY)).toBeNull();
  });

  it('a refresh that answers after another sign-in neither replaces its token nor replays the call', async () => {
    await signIn();
    const done = failure(http.get('/cajas'));
    ctrl.expectOne('/api/cajas').flush(...unauthorized());
    const late = ctrl.expectOne('/api/auth/refresh_token'); // the previous sign-in's refresh
    // Meanwhile someone signs in (the expired-session dialog, another person at the till).
    const fresh = {
      ...LOGIN_OK_BODY,
      access_token: `${LOGIN_OK_BODY.access_token}x`,
      refresh_token: `${LOGIN_OK_BODY.refresh_token}x`,
      user: { ...LOGIN_OK_BODY.user, id: 9, name: 'Otra Cajera' },
    };
    const signedIn = firstValueFrom(auth.login('otra@kantuta.bo', 'clave'));
    ctrl.expectOne('/api/auth/login').flush(fresh);
    await signedIn;
    late.flush(REFRESH_OK_BODY);
    expect(auth.accessToken).toBe(fresh.access_token);
    expect((await done).status).toBe(401);
    ctrl.expectNone('/api/cajas'); // not sent again with the previous sign-in's token
    expect(auth.reloginRequired()).toBeFalse(); // the new sign-in is not asked for a password

    // A refresh of the new sign-in is its own, with its own refresh token.
    const next = firstValueFrom(http.get('/cajas'));
    ctrl.expectOne('/api/cajas').flush(...unauthorized());
    const own = ctrl.expectOne('/api/auth/refresh_token');
    expect(own.request.headers.get('Authorization')).toBe(`Bearer ${fresh.refresh_token}`);
    own.flush(REFRESH_OK_BODY);
    ctrl.expectOne('/api/cajas').flush([]);
    await next;
    expect(auth.accessToken).toBe(REFRESH_OK_BODY.access_token);
  });

  it('a read waiting on a refresh goes on with the new token when the same user signs in again', async () => {
    await signIn();
    const done = firstValueFrom(http.get('/cajas'));
    ctrl.expectOne('/api/cajas').flush(...unauthorized());
    const late = ctrl.expectOne('/api/auth/refresh_token');
    const again = {
      ...LOGIN_OK_BODY,
      access_token: `${LOGIN_OK_BODY.access_token}y`,
      refresh_token: `${LOGIN_OK_BODY.refresh_token}y`,
    };
    const unlocked = firstValueFrom(auth.login('operador@kantuta.test', 'secreto'));
    ctrl.expectOne('/api/auth/login').flush(again); // the idle lock: the same user
    await unlocked;
    late.flush(REFRESH_OK_BODY);
    const retry = ctrl.expectOne('/api/cajas');
    expect(retry.request.headers.get('Authorization')).toBe(`Bearer ${again.access_token}`);
    retry.flush([{ id: 1 }]);
    expect(await done).toEqual([{ id: 1 }]);
    expect(auth.accessToken).toBe(again.access_token);
  });

  it('passes other errors through without refreshing', async () => {
    await signIn();
    const done = failure(http.get('/cajas'));
    ctrl.expectOne('/api/cajas').flush(errorBody(500, '/cajas', 'boom', 'Internal Server Error'), {
      status: 500,
      statusText: 'Error',
    });
    expect((await done).status).toBe(500);
    ctrl.expectNone('/api/auth/refresh_token');
  });

  it('maps the supervisor role, old names included', async () => {
    const done = firstValueFrom(auth.login('s@k.bo', 'x'));
    ctrl.expectOne('/api/auth/login').flush({
      ...LOGIN_OK_BODY,
      user: { ...LOGIN_OK_BODY.user, role: { id: 1, nombre: 'admin' } },
    });
    await done;
    expect(auth.isSupervisor()).toBeTrue();
  });
});
