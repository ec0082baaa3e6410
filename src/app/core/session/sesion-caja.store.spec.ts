import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { NEVER } from 'rxjs';
import { SESION_ABIERTA_BODY, errorBody } from '../../../testing/fixtures';
import { Cents } from '../../shared/money';
import { AUTH_STORAGE_KEY } from '../auth/auth.service';
import { apiBaseUrlInterceptor, apiErrorInterceptor } from '../http/interceptors';
import { DataChangedService } from '../realtime/data-changed.service';
import { SesionCajaStore } from './sesion-caja.store';

describe('SesionCajaStore', () => {
  let ctrl: HttpTestingController;
  let store: SesionCajaStore;

  beforeEach(() => {
    localStorage.setItem(
      AUTH_STORAGE_KEY,
      JSON.stringify({
        accessToken: 'a',
        refreshToken: 'r',
        user: { id: 3, name: 'Carla', role: 'cajero' },
      }),
    );
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([apiBaseUrlInterceptor, apiErrorInterceptor])),
        provideHttpClientTesting(),
        { provide: DataChangedService, useValue: { events$: NEVER } },
      ],
    });
    ctrl = TestBed.inject(HttpTestingController);
    store = TestBed.inject(SesionCajaStore);
    TestBed.tick();
  });

  afterEach(() => {
    ctrl.verify();
    localStorage.clear();
  });

  it("loads the signed-in user's open session, its till and the till's cash (text body)", () => {
    expect(store.sesion()).toBeUndefined();
    ctrl.expectOne('/api/cajas/sesion-activa/3').flush(SESION_ABIERTA_BODY);
    ctrl.expectOne('/api/cajas').flush([
      {
        estado: true,
        id_user_create: null,
        id_user_update: null,
        created_at: '',
        updated_at: '',
        id: 1,
        nombre: 'Caja 01',
        especialidad: 'MIXTA',
        saldo: '500.00',
      },
    ]);
    ctrl.expectOne('/api/cajas/sesion/1/balance').flush('512.50');
    expect(store.hasOpenSession()).toBeTrue();
    expect(store.cajaNombre()).toBe('Caja 01');
    expect(store.tillCash()).toBe(51250 as Cents);
  });

  it('answers null, not an error, when the service says 404 (no open session)', () => {
    ctrl
      .expectOne('/api/cajas/sesion-activa/3')
      .flush(
        errorBody(
          404,
          '/cajas/sesion-activa/3',
          'No hay sesión activa para el usuario 3',
          'Not Found',
        ),
        { status: 404, statusText: 'Not Found' },
      );
    ctrl.expectOne('/api/cajas').flush([]);
    expect(store.sesion()).toBeNull();
    expect(store.state()).toBe('loaded');
    expect(store.tillCash()).toBeNull();
  });

  it('keeps the error of a failed read for the screen to show', () => {
    ctrl.expectOne('/api/cajas/sesion-activa/3').flush(null, { status: 500, statusText: 'Error' });
    const state = store.state();
    expect(typeof state === 'object' && state.error.status).toBe(500);
  });
});
