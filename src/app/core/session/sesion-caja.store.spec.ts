import { apiTestingProviders, storeSignedIn } from '../../../testing/providers';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { SESION_ABIERTA_BODY, errorBody } from '../../../testing/fixtures';
import { Cents } from '../../shared/money';
import { SesionCajaStore } from './sesion-caja.store';

describe('SesionCajaStore', () => {
  let ctrl: HttpTestingController;
  let store: SesionCajaStore;

  beforeEach(() => {
    storeSignedIn();
    TestBed.configureTestingModule({
      providers: [...apiTestingProviders()],
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
