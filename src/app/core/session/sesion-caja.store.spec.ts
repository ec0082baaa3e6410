import { apiTestingProviders, storeSignedIn } from '../../../testing/providers';
import { HttpTestingController } from '@angular/common/http/testing';
import { DestroyRef, EnvironmentInjector, createEnvironmentInjector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  ABRIR_CAJA_BODY,
  CERRAR_CAJA_BODY,
  SESION_ABIERTA_BODY,
  cajaBody,
  errorBody,
} from '../../../testing/fixtures';
import { Cents } from '../../shared/money';
import { AuthService } from '../auth/auth.service';
import { ApiError } from '../http/api-error';
import { NetworkStatus } from '../http/network-status';
import { SesionCajaStore } from './sesion-caja.store';

const NO_ACTIVE = errorBody(404, '/cajas/sesion-activa/3', 'No hay sesión activa', 'Not Found');

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
    ctrl.expectOne('/api/cajas').flush([cajaBody()]);
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

  it('reads the session again when the service refuses a close (closed elsewhere), not after a lost answer', () => {
    ctrl.expectOne('/api/cajas/sesion-activa/3').flush(SESION_ABIERTA_BODY);
    ctrl.expectOne('/api/cajas').flush([]);
    ctrl.expectOne('/api/cajas/sesion/1/balance').flush('500.00');
    let refused: ApiError | null = null;
    store.cerrar(1, 50000 as Cents).subscribe({ error: (e: ApiError) => (refused = e) });
    ctrl
      .expectOne('/api/cajas/sesion/1/cerrar')
      .flush(errorBody(400, '/cajas/sesion/1/cerrar', 'La sesión ya está cerrada', 'Bad Request'), {
        status: 400,
        statusText: 'Bad Request',
      });
    expect(refused!.messages).toEqual(['La sesión ya está cerrada']);
    const none = errorBody(404, '/cajas/sesion-activa/3', 'No hay sesión activa', 'Not Found');
    ctrl
      .expectOne('/api/cajas/sesion-activa/3')
      .flush(none, { status: 404, statusText: 'Not Found' });
    ctrl.match('/api/cajas').forEach((r) => r.flush([]));
    expect(store.hasOpenSession()).toBeFalse();

    // A lost answer: nothing read again here (the page says it could not tell).
    store.reload();
    ctrl.expectOne('/api/cajas/sesion-activa/3').flush(SESION_ABIERTA_BODY);
    ctrl.expectOne('/api/cajas/sesion/1/balance').flush('500.00');
    store.cerrar(1, 50000 as Cents).subscribe({ error: () => undefined });
    ctrl.expectOne('/api/cajas/sesion/1/cerrar').error(new ProgressEvent('error'));
    ctrl.expectNone('/api/cajas/sesion-activa/3');
    ctrl.match('/api/cajas').forEach((r) => r.flush([]));
  });

  it('keeps the answer of a close, for its cierre, and forgets it at sign-out', () => {
    ctrl.expectOne('/api/cajas/sesion-activa/3').flush(SESION_ABIERTA_BODY);
    ctrl.expectOne('/api/cajas').flush([]);
    ctrl.expectOne('/api/cajas/sesion/1/balance').flush('454.56');
    store.cerrar(1, 45456 as Cents).subscribe();
    ctrl.expectOne('/api/cajas/sesion/1/cerrar').flush(CERRAR_CAJA_BODY);
    const closed = store.lastClosed();
    expect(closed?.estado).toBe('CERRADA');
    expect(closed?.montoFinalReal).toBe(45456 as Cents);
    expect(closed?.diferencia).toBe(0 as Cents);
    const none = errorBody(404, '/cajas/sesion-activa/3', 'No hay sesión activa', 'Not Found');
    ctrl
      .expectOne('/api/cajas/sesion-activa/3')
      .flush(none, { status: 404, statusText: 'Not Found' });
    ctrl.match('/api/cajas').forEach((r) => r.flush([]));
    // Still there once the session reads as closed: the cierre opens after that.
    expect(store.sesion()).toBeNull();
    expect(store.lastClosed()?.id).toBe(1);
    TestBed.inject(AuthService).logout();
    TestBed.tick();
    expect(store.lastClosed()).toBeNull();
  });

  it('reads the tills again at each reload while a screen shows their cash and no session is open', () => {
    const none = errorBody(404, '/cajas/sesion-activa/3', 'No hay sesión activa', 'Not Found');
    const noSession = () =>
      ctrl
        .expectOne('/api/cajas/sesion-activa/3')
        .flush(none, { status: 404, statusText: 'Not Found' });
    noSession();
    ctrl.expectOne('/api/cajas').flush([cajaBody('500.00')]);
    // No screen shows the cash: a reload (any sale in the shop) does not read the tills.
    store.reload();
    noSession();
    ctrl.expectNone('/api/cajas');

    const screen = createEnvironmentInjector([], TestBed.inject(EnvironmentInjector));
    store.watchCajas(screen.get(DestroyRef));
    ctrl.expectOne('/api/cajas').flush([cajaBody('520.00')]);
    store.reload(); // another cashier sold and closed: the till's cash moved
    noSession();
    // An older read still on its way never lands last.
    const older = ctrl.expectOne('/api/cajas');
    store.reload();
    noSession();
    ctrl.expectOne('/api/cajas').flush([cajaBody('535.00')]);
    expect(older.cancelled).toBeTrue();
    expect(store.cajas()[0].saldo).toBe(53500 as Cents);

    // With a session open the list is read once; the screen gone, not at all.
    store.reload();
    ctrl.expectOne('/api/cajas/sesion-activa/3').flush(SESION_ABIERTA_BODY);
    ctrl.expectNone('/api/cajas');
    ctrl.expectOne('/api/cajas/sesion/1/balance').flush('535.00');
    screen.destroy();
    store.reload();
    noSession();
    ctrl.expectNone('/api/cajas');
  });

  it("forgets the previous user's closed session and tills when another user signs in", () => {
    ctrl.expectOne('/api/cajas/sesion-activa/3').flush(SESION_ABIERTA_BODY);
    ctrl.expectOne('/api/cajas').flush([]);
    ctrl.expectOne('/api/cajas/sesion/1/balance').flush('454.56');
    store.cerrar(1, 45456 as Cents).subscribe();
    ctrl.expectOne('/api/cajas/sesion/1/cerrar').flush(CERRAR_CAJA_BODY);
    ctrl.match('/api/cajas/sesion-activa/3').forEach((r) => r.flush(SESION_ABIERTA_BODY));
    ctrl.match('/api/cajas/sesion/1/balance').forEach((r) => r.flush('454.56'));
    ctrl.match('/api/cajas').forEach((r) => r.flush([]));
    expect(store.lastClosed()?.id).toBe(1);

    TestBed.inject(AuthService).login('otra@kantuta.bo', 'x').subscribe();
    ctrl.expectOne('/api/auth/login').flush({
      access_token: 'h.eyJzdWIiOjcsInJvbGVOYW1lIjoiT3BlcmFkb3IifQ.s',
      refresh_token: 'r',
      user: { id: 7, name: 'Otra', email: 'otra@kantuta.bo', role: { id: 2, nombre: 'Operador' } },
    });
    TestBed.tick();
    expect(store.lastClosed()).toBeNull();
    ctrl.expectOne('/api/cajas/sesion-activa/7').flush(null, { status: 500, statusText: 'Error' });
  });

  it('reads the session again by itself when the connection comes back after a read it lost (an offline start)', () => {
    const network = TestBed.inject(NetworkStatus);
    ctrl.expectOne('/api/cajas/sesion-activa/3').error(new ProgressEvent('error'));
    expect(network.offline()).toBeTrue();
    expect(store.state()).toEqual({ error: jasmine.any(ApiError) });
    TestBed.tick();
    ctrl.expectNone('/api/cajas/sesion-activa/3'); // not while still offline

    network.reportAnswer(); // the probe got an answer
    TestBed.tick();
    ctrl.expectOne('/api/cajas/sesion-activa/3').flush(SESION_ABIERTA_BODY);
    ctrl.expectOne('/api/cajas').flush([cajaBody()]);
    ctrl.expectOne('/api/cajas/sesion/1/balance').flush('500.00');
    expect(store.hasOpenSession()).toBeTrue();

    // Back online after a good read: nothing is read again for it.
    network.reportNoAnswer();
    TestBed.tick();
    network.reportAnswer();
    TestBed.tick();
    ctrl.expectNone('/api/cajas/sesion-activa/3');
  });

  it('shows the session an opening answered at once (the form goes), then reads it again', () => {
    ctrl
      .expectOne('/api/cajas/sesion-activa/3')
      .flush(NO_ACTIVE, { status: 404, statusText: 'Not Found' });
    ctrl.expectOne('/api/cajas').flush([cajaBody()]);
    expect(store.hasOpenSession()).toBeFalse();
    store.abrir(1).subscribe();
    ctrl.expectOne('/api/cajas/abrir').flush(ABRIR_CAJA_BODY);
    expect(store.hasOpenSession()).toBeTrue(); // before the session is read again
    expect(store.sesion()?.id).toBe(1);
    ctrl.expectOne('/api/cajas/sesion-activa/3').flush(SESION_ABIERTA_BODY);
    ctrl.match('/api/cajas').forEach((r) => r.flush([cajaBody()]));
    ctrl.match('/api/cajas/sesion/1/balance').forEach((r) => r.flush('500.00'));
    expect(store.cajaNombre()).toBe('Caja 01');
  });

  it('closes only the session that was counted: another one open by now is not closed', () => {
    ctrl.expectOne('/api/cajas/sesion-activa/3').flush({ ...SESION_ABIERTA_BODY, id: 2 });
    ctrl.expectOne('/api/cajas').flush([]);
    ctrl.expectOne('/api/cajas/sesion/2/balance').flush('500.00');
    let refused: ApiError | null = null;
    store.cerrar(1, 50000 as Cents).subscribe({ error: (e: ApiError) => (refused = e) });
    ctrl.expectNone('/api/cajas/sesion/2/cerrar');
    expect(refused!.messages).toEqual([
      'La caja abierta ya no es la sesión 1 que contaste: no se cerró nada.',
    ]);
  });

  it('keeps the error of a failed read for the screen to show', () => {
    ctrl.expectOne('/api/cajas/sesion-activa/3').flush(null, { status: 500, statusText: 'Error' });
    const state = store.state();
    expect(typeof state === 'object' && state.error.status).toBe(500);
  });
});

describe('SesionCajaStore: till cash that may be stale', () => {
  // 18:02 UTC is 14:02 in Bolivia.
  const T0 = new Date('2026-11-25T18:02:00Z');
  const BALANCE = '/api/cajas/sesion/1/balance';
  let ctrl: HttpTestingController;
  let store: SesionCajaStore;

  beforeEach(() => {
    jasmine.clock().install();
    jasmine.clock().mockDate(T0);
    storeSignedIn();
    TestBed.configureTestingModule({ providers: [...apiTestingProviders()] });
    ctrl = TestBed.inject(HttpTestingController);
    store = TestBed.inject(SesionCajaStore);
    TestBed.tick();
    ctrl.expectOne('/api/cajas/sesion-activa/3').flush(SESION_ABIERTA_BODY);
    ctrl.expectOne('/api/cajas').flush([]);
    ctrl.expectOne(BALANCE).flush('500.00');
  });

  afterEach(() => {
    ctrl.verify();
    jasmine.clock().uninstall();
  });

  const unavailable = { status: 503, statusText: 'Service Unavailable' };

  it('knows when the till cash was read', () => {
    expect(store.tillCash()).toBe(50000 as Cents);
    expect(store.tillCashAt()).toEqual(T0);
    expect(store.tillCashError()).toBeNull();
  });

  it('a failed read keeps the last value and its time, and says why; a later read clears it', () => {
    jasmine.clock().tick(30_000);
    store.refreshTillCash();
    ctrl.expectOne(BALANCE).flush(null, unavailable);
    expect(store.tillCash()).toBe(50000 as Cents);
    expect(store.tillCashAt()).toEqual(T0);
    expect(store.tillCashError()?.status).toBe(503);
    store.refreshTillCash();
    ctrl.expectOne(BALANCE).flush('480.00');
    expect(store.tillCash()).toBe(48000 as Cents);
    expect(store.tillCashAt()).toEqual(new Date('2026-11-25T18:02:30Z'));
    expect(store.tillCashError()).toBeNull();
  });

  it('freshTillCash uses a value up to a minute old without asking again', () => {
    jasmine.clock().tick(60_000);
    const got: Cents[] = [];
    store.freshTillCash().subscribe((c) => got.push(c));
    expect(got).toEqual([50000 as Cents]);
    ctrl.expectNone(BALANCE);
  });

  it('freshTillCash reads again when the value is older than a minute', () => {
    jasmine.clock().tick(60_001);
    const got: Cents[] = [];
    store.freshTillCash().subscribe((c) => got.push(c));
    expect(got).toEqual([]);
    ctrl.expectOne(BALANCE).flush('450.00');
    expect(got).toEqual([45000 as Cents]);
    expect(store.tillCash()).toBe(45000 as Cents);
    expect(store.tillCashAt()).toEqual(new Date('2026-11-25T18:03:00.001Z'));
  });

  it('freshTillCash fails to its caller on a failed read, keeping the old value marked stale', () => {
    jasmine.clock().tick(61_000);
    const errors: ApiError[] = [];
    store.freshTillCash().subscribe({ error: (e: ApiError) => errors.push(e) });
    ctrl.expectOne(BALANCE).flush(null, unavailable);
    expect(errors.map((e) => e.status)).toEqual([503]);
    expect(store.tillCash()).toBe(50000 as Cents);
    expect(store.tillCashError()?.status).toBe(503);
    // A value known to be stale is never used, however recent its time.
    store.freshTillCash().subscribe();
    ctrl.expectOne(BALANCE).flush('500.00');
    expect(store.tillCashError()).toBeNull();
  });

  it('freshTillCash without an open session refuses', () => {
    TestBed.inject(AuthService).logout();
    TestBed.tick();
    const errors: ApiError[] = [];
    store.freshTillCash().subscribe({ error: (e: ApiError) => errors.push(e) });
    expect(errors.map((e) => e.messages)).toEqual([['No tienes una caja abierta.']]);
  });
});
