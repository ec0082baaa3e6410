import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { failure } from '../../../testing/errors';
import { firstValueFrom } from 'rxjs';
import { errorBody } from '../../../testing/fixtures';
import { API_CONFIG } from './api-config';
import { ApiError } from './api-error';
import { apiBaseUrlInterceptor, apiErrorInterceptor } from './interceptors';
import { NetworkStatus } from './network-status';

describe('apiBaseUrlInterceptor + apiErrorInterceptor', () => {
  let http: HttpClient;
  let ctrl: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([apiBaseUrlInterceptor, apiErrorInterceptor])),
        provideHttpClientTesting(),
        { provide: API_CONFIG, useValue: { baseUrl: '/api', timeoutMs: 50 } },
      ],
    });
    http = TestBed.inject(HttpClient);
    ctrl = TestBed.inject(HttpTestingController);
  });

  afterEach(() => ctrl.verify());

  async function failWith(flush: (url: string) => void): Promise<ApiError> {
    const result = failure(http.get('/recargas/cliente'));
    flush('/api/recargas/cliente');
    return result;
  }

  it('prefixes service paths with the base URL', async () => {
    const done = firstValueFrom(http.get('/recargas/operadoras/saldos'));
    ctrl.expectOne('/api/recargas/operadoras/saldos').flush([]);
    expect(await done).toEqual([]);
  });

  it('keeps a string message and the detail, and drops the stack', async () => {
    const e = await failWith((url) =>
      ctrl
        .expectOne(url)
        .flush(
          errorBody(
            400,
            '/recargas/cliente',
            'La sesión de caja no existe o no está ABIERTA.',
            'Bad Request',
          ),
          { status: 400, statusText: 'Bad Request' },
        ),
    );
    expect(e).toEqual(jasmine.any(ApiError));
    expect(e.status).toBe(400);
    expect(e.messages).toEqual(['La sesión de caja no existe o no está ABIERTA.']);
    expect(e.detail).toBe('Bad Request');
    expect(JSON.stringify(e)).not.toContain('at Service');
    expect(e.outcomeUnknown).toBeFalse();
  });

  it('turns a message array of the validation library into Spanish messages', async () => {
    const e = await failWith((url) =>
      ctrl
        .expectOne(url)
        .flush(
          errorBody(
            400,
            '/recargas/cliente',
            [
              'monto must not be less than 0.1',
              'monto must be a number conforming to the specified constraints',
              'property foo should not exist',
            ],
            'Bad Request',
          ),
          { status: 400, statusText: 'Bad Request' },
        ),
    );
    expect(e.messages).toEqual([
      'El monto: el mínimo es Bs 0,10.',
      'El monto debe ser un número.',
      'El campo «foo» no está permitido.',
    ]);
  });

  it('reads a plain text body as the message', async () => {
    const e = await failWith((url) =>
      ctrl.expectOne(url).flush('Servicio en mantenimiento', { status: 500, statusText: 'Error' }),
    );
    expect(e.messages).toEqual(['Servicio en mantenimiento']);
  });

  it('replaces an HTML error page by the Spanish text of the status, and flags a gateway error as unknown outcome', async () => {
    const e = await failWith((url) =>
      ctrl
        .expectOne(url)
        .flush('<html><body>Bad gateway</body></html>', { status: 502, statusText: 'Bad Gateway' }),
    );
    expect(e.messages).toEqual(['El servidor no está disponible (502).']);
    expect(e.outcomeUnknown).toBeTrue();
  });

  it('maps a 401 "Unauthorized" with a null detail to a Spanish message', async () => {
    const e = await failWith((url) =>
      ctrl.expectOne(url).flush(errorBody(401, '/cajas', 'Unauthorized', null), {
        status: 401,
        statusText: 'Unauthorized',
      }),
    );
    expect(e.status).toBe(401);
    expect(e.detail).toBeNull();
    expect(e.messages).toEqual(['Tu sesión expiró. Vuelve a ingresar.']);
  });

  it('reports a dropped connection (status 0) as no answer and tells the network status', async () => {
    const network = TestBed.inject(NetworkStatus);
    const e = await failWith((url) =>
      ctrl.expectOne(url).error(new ProgressEvent('error'), { status: 0 }),
    );
    expect(e.status).toBe(0);
    expect(e.noAnswer).toBe('network');
    expect(e.outcomeUnknown).toBeTrue();
    expect(e.messages[0]).toContain('No hay conexión');
    expect(network.offline()).toBeTrue();
  });

  it('fails with a timeout when no answer comes within the limit', async () => {
    const result = failure(http.get('/recargas/cliente'));
    const req = ctrl.expectOne('/api/recargas/cliente');
    const e = await result;
    expect(e.noAnswer).toBe('timeout');
    expect(e.outcomeUnknown).toBeTrue();
    expect(req.cancelled).toBeTrue();
  });

  it('uses a Spanish fallback per status when the body says nothing', async () => {
    const e = await failWith((url) =>
      ctrl.expectOne(url).flush(null, { status: 404, statusText: 'Not Found' }),
    );
    expect(e.messages).toEqual(['No se encontró lo que buscabas.']);
  });

  it('never shows the English "Internal server error" of NestJS', async () => {
    const e = await failWith((url) =>
      ctrl
        .expectOne(url)
        .flush(
          errorBody(500, '/recargas/cliente', 'Internal server error', 'Internal Server Error'),
          {
            status: 500,
            statusText: 'Error',
          },
        ),
    );
    expect(e.messages).toEqual(['Error interno del servidor. Inténtalo de nuevo en un momento.']);
  });
});
