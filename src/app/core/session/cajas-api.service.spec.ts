import { apiTestingProviders } from '../../../testing/providers';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { failure } from '../../../testing/errors';
import { firstValueFrom } from 'rxjs';
import {
  ABRIR_CAJA_BODY,
  CERRAR_CAJA_BODY,
  SESION_ABIERTA_BODY,
  cajaBody,
  errorBody,
} from '../../../testing/fixtures';
import { Cents } from '../../shared/money';
import { CajasApiService } from './cajas-api.service';

describe('CajasApiService', () => {
  let api: CajasApiService;
  let ctrl: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [...apiTestingProviders()],
    });
    api = TestBed.inject(CajasApiService);
    ctrl = TestBed.inject(HttpTestingController);
  });

  afterEach(() => ctrl.verify());

  it('reads the active session with exact money and dates', async () => {
    const done = firstValueFrom(api.getSesionActiva(3));
    const req = ctrl.expectOne('/api/cajas/sesion-activa/3');
    expect(req.request.method).toBe('GET');
    req.flush(SESION_ABIERTA_BODY);
    const s = await done;
    expect(s).toEqual(
      jasmine.objectContaining({
        id: 1,
        idCaja: 1,
        idUsuario: 3,
        montoInicial: 50000 as Cents,
        estado: 'ABIERTA',
        fechaCierre: null,
      }),
    );
    expect(s?.fechaApertura.toISOString()).toBe('2026-11-25T20:29:39.073Z');
  });

  it('answers null when the service says there is no open session (404)', async () => {
    const done = firstValueFrom(api.getSesionActiva(2));
    ctrl
      .expectOne('/api/cajas/sesion-activa/2')
      .flush(
        errorBody(
          404,
          '/cajas/sesion-activa/2',
          'No hay sesión activa para el usuario 2',
          'Not Found',
        ),
        { status: 404, statusText: 'Not Found' },
      );
    expect(await done).toBeNull();
  });

  it('still fails on other errors of the active session', async () => {
    const done = failure(api.getSesionActiva(2));
    ctrl.expectOne('/api/cajas/sesion-activa/2').flush(null, { status: 500, statusText: 'Error' });
    expect((await done).status).toBe(500);
  });

  it('reads the till cash from a text/html body', async () => {
    const done = firstValueFrom(api.getTillBalance(1));
    const req = ctrl.expectOne('/api/cajas/sesion/1/balance');
    expect(req.request.responseType).toBe('text');
    req.flush('430.56', { headers: { 'content-type': 'text/html; charset=utf-8' } });
    expect(await done).toBe(43056 as Cents);
  });

  it('opens a till with exactly the contract fields, the initial cash only when given', async () => {
    const a = firstValueFrom(api.abrir({ idCaja: 1, idUsuario: 3 }));
    const r1 = ctrl.expectOne('/api/cajas/abrir');
    expect(r1.request.method).toBe('POST');
    expect(r1.request.body).toEqual({ id_caja: 1, id_usuario: 3, id_user_create: 3 });
    r1.flush(ABRIR_CAJA_BODY);
    expect((await a).montoInicial).toBe(50000 as Cents);

    const b = firstValueFrom(api.abrir({ idCaja: 2, idUsuario: 1, montoInicial: 12345 as Cents }));
    const r2 = ctrl.expectOne('/api/cajas/abrir');
    expect(r2.request.body).toEqual({
      id_caja: 2,
      id_usuario: 1,
      id_user_create: 1,
      monto_inicial: 123.45,
    });
    r2.flush(ABRIR_CAJA_BODY);
    await b;
  });

  it('closes a session and rounds the float noise of the answer to the cent', async () => {
    const done = firstValueFrom(api.cerrar(1, 45456 as Cents, 3));
    const req = ctrl.expectOne('/api/cajas/sesion/1/cerrar');
    expect(req.request.method).toBe('PATCH');
    expect(req.request.body).toEqual({ monto_final_real: 454.56, id_user_update: 3 });
    req.flush(CERRAR_CAJA_BODY);
    const s = await done;
    expect(s.montoFinalTeorico).toBe(45456 as Cents);
    expect(s.diferencia).toBe(0 as Cents);
    expect(s.estado).toBe('CERRADA');
  });

  it('lists the tills with their cash', async () => {
    const done = firstValueFrom(api.getCajas());
    ctrl.expectOne('/api/cajas').flush([cajaBody()]);
    expect(await done).toEqual([
      { id: 1, nombre: 'Caja 01', especialidad: 'MIXTA', saldo: 50000 as Cents },
    ]);
  });
});
