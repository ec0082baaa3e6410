import { apiTestingProviders } from '../../../../testing/providers';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { failure } from '../../../../testing/errors';
import { firstValueFrom } from 'rxjs';
import {
  INYECCION_OK_BODY,
  RECARGA_OK_BODY,
  SALDOS_BODY,
  errorBody,
} from '../../../../testing/fixtures';
import { Cents } from '../../../shared/money';
import { OperadoraNombre } from './operadora';
import { RecargasApiService } from './recargas-api.service';

describe('RecargasApiService', () => {
  let api: RecargasApiService;
  let ctrl: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [...apiTestingProviders()],
    });
    api = TestBed.inject(RecargasApiService);
    ctrl = TestBed.inject(HttpTestingController);
  });

  afterEach(() => ctrl.verify());

  it('reads the operator balances as exact cents', async () => {
    const done = firstValueFrom(api.getSaldos());
    const req = ctrl.expectOne('/api/recargas/operadoras/saldos');
    expect(req.request.method).toBe('GET');
    req.flush(SALDOS_BODY);
    expect(await done).toEqual([
      { id: 1, operadora: OperadoraNombre.Tigo, saldo: 150000 as Cents },
      { id: 2, operadora: OperadoraNombre.Entel, saldo: 80000 as Cents },
    ]);
  });

  it('posts a top-up with exactly the four contract fields and reads the numeric echo', async () => {
    const done = firstValueFrom(
      api.recargar({
        operadora: OperadoraNombre.Tigo,
        numeroCliente: '76543210',
        monto: 2000 as Cents,
        idSesion: 1,
      }),
    );
    const req = ctrl.expectOne('/api/recargas/cliente');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({
      operadora: 'Tigo',
      numero_cliente: '76543210',
      monto: 20,
      id_caja_sesion: 1,
    });
    req.flush(RECARGA_OK_BODY, { status: 201, statusText: 'Created' });
    const r = await done;
    expect(r).toEqual(
      jasmine.objectContaining({
        id: 1,
        monto: 2000 as Cents,
        numeroCliente: '76543210',
        idSesion: 1,
        idUsuario: 3, // the answer's id_user_create: a fresh row names its cashier
      }),
    );
    expect(r.fechaHora.toISOString()).toBe('2026-11-25T20:29:50.720Z');
  });

  it('never sends more than two decimals', async () => {
    const done = firstValueFrom(
      api.recargar({
        operadora: OperadoraNombre.Tigo,
        numeroCliente: '76543210',
        monto: 1056 as Cents,
        idSesion: 1,
      }),
    );
    const req = ctrl.expectOne('/api/recargas/cliente');
    expect(req.request.body.monto).toBe(10.56);
    req.flush({ ...RECARGA_OK_BODY, monto: 10.56 });
    await done;
  });

  it('posts an injection with operadora_destino, monto and id_caja_sesion', async () => {
    const done = firstValueFrom(
      api.inyectar({ operadora: OperadoraNombre.Viva, monto: 10000 as Cents, idSesion: 1 }),
    );
    const req = ctrl.expectOne('/api/recargas/inyeccion');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ operadora_destino: 'Viva', monto: 100, id_caja_sesion: 1 });
    req.flush(INYECCION_OK_BODY, { status: 201, statusText: 'Created' });
    expect(await done).toEqual(
      jasmine.objectContaining({
        operadora: OperadoraNombre.Viva,
        monto: 10000 as Cents,
        idSesion: 1,
      }),
    );
  });

  it('fails a top-up with the service message when the pool is short', async () => {
    const done = failure(
      api.recargar({
        operadora: OperadoraNombre.Entel,
        numeroCliente: '76543210',
        monto: 500000 as Cents,
        idSesion: 1,
      }),
    );
    ctrl
      .expectOne('/api/recargas/cliente')
      .flush(
        errorBody(
          400,
          '/recargas/cliente',
          'Saldo insuficiente para la operadora Entel. Saldo actual: 800.00',
          'Bad Request',
        ),
        { status: 400, statusText: 'Bad Request' },
      );
    const e = await done;
    expect(e.messages).toEqual([
      'Saldo insuficiente para la operadora Entel. Saldo actual: 800.00',
    ]);
  });

  it('sends nothing for a tampered operator, number or amount', async () => {
    const tampered = {
      operadora: 'Claro' as OperadoraNombre,
      numeroCliente: '76543210',
      monto: 1000 as Cents,
      idSesion: 1,
    };
    const e = await failure(api.recargar(tampered));
    expect(e.messages).toEqual(['La operadora no es válida (Tigo, Entel o Viva).']);
    const e2 = await failure(
      api.recargar({ ...tampered, operadora: OperadoraNombre.Tigo, numeroCliente: '<b>x</b>' }),
    );
    expect(e2.messages).toEqual(['El número de celular no es válido.']);
    const e3 = await failure(
      api.inyectar({ operadora: OperadoraNombre.Tigo, monto: 10.5 as Cents, idSesion: 1 }),
    );
    expect(e3.messages).toEqual(['El monto no es válido.']);
    ctrl.expectNone(() => true);
  });
});
