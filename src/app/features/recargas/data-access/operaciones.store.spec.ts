import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { RECARGA_OK_BODY, SESION_ABIERTA_BODY } from '../../../../testing/fixtures';
import { apiTestingProviders, storeSignedIn } from '../../../../testing/providers';
import { API_CONFIG } from '../../../core/http/api-config';
import { Cents } from '../../../shared/money';
import { OperadoraNombre } from './operadora';
import { OperacionesStore } from './operaciones.store';

const nueva = {
  operadora: OperadoraNombre.Tigo,
  numeroCliente: '76543210',
  monto: 2000 as Cents,
  idSesion: 1,
};
// Created just now, as a lost top-up would be (no history was loaded: no id baseline).
const historyRow = (id: number) => ({
  ...RECARGA_OK_BODY,
  id,
  monto: '20.00',
  fecha_hora: new Date().toISOString(),
  caja_sesion: SESION_ABIERTA_BODY,
});
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('OperacionesStore: lost answers', () => {
  let store: OperacionesStore;
  let ctrl: HttpTestingController;

  beforeEach(() => {
    storeSignedIn();
    TestBed.configureTestingModule({
      providers: [
        ...apiTestingProviders(),
        {
          provide: API_CONFIG,
          useValue: { baseUrl: '/api', timeoutMs: 5000, reconcileGraceMs: 30 },
        },
      ],
    });
    store = TestBed.inject(OperacionesStore);
    ctrl = TestBed.inject(HttpTestingController);
  });

  afterEach(() => localStorage.clear());

  function history() {
    return ctrl.expectOne(
      (r) => r.method === 'GET' && r.url === '/api/recargas/historial/clientes',
    );
  }

  it('after a gateway timeout, an absent row is read again after the grace period: the late commit is confirmed', async () => {
    const verdict = firstValueFrom(store.recargar(nueva));
    ctrl
      .expectOne('/api/recargas/cliente')
      .flush('<html>504</html>', { status: 504, statusText: 'Gateway Timeout' });
    history().flush([]);
    await wait(60);
    history().flush([historyRow(1)]);
    const v = await verdict;
    expect(v.kind).toBe('applied');
    expect(v.kind === 'applied' && v.reconciled && v.record.id).toBe(1);
    expect(store.unresolved()).toEqual([]);
  });

  it('after a gateway error, a row still absent after the grace period is "not applied"', async () => {
    const verdict = firstValueFrom(store.recargar(nueva));
    ctrl.expectOne('/api/recargas/cliente').flush(null, { status: 502, statusText: 'Bad Gateway' });
    history().flush([]);
    await wait(60);
    history().flush([]);
    expect((await verdict).kind).toBe('not-applied');
  });

  it('a dropped connection is checked once, without waiting', async () => {
    const verdict = firstValueFrom(store.recargar(nueva));
    ctrl.expectOne('/api/recargas/cliente').error(new ProgressEvent('error'), { status: 0 });
    history().flush([]);
    expect((await verdict).kind).toBe('not-applied');
    ctrl.expectNone('/api/recargas/historial/clientes');
  });

  it('an unreadable history leaves the number blocked as "unknown" until a check succeeds', async () => {
    const verdict = firstValueFrom(store.recargar(nueva));
    ctrl.expectOne('/api/recargas/cliente').error(new ProgressEvent('error'), { status: 0 });
    history().flush(null, { status: 503, statusText: 'Unavailable' });
    expect((await verdict).kind).toBe('unknown');
    expect(store.blockedNumbers().has('76543210')).toBeTrue();
    const [u] = store.unresolvedRecargas();
    const again = firstValueFrom(store.recheck(u));
    history().flush([historyRow(5)]);
    expect((await again).kind).toBe('applied');
    expect(store.blockedNumbers().size).toBe(0);
  });

  it('a refusal by the service is final: no history read', async () => {
    const verdict = firstValueFrom(store.recargar(nueva));
    ctrl.expectOne('/api/recargas/cliente').flush(
      {
        statusCode: 400,
        message: 'Saldo insuficiente para la operadora Tigo. Saldo actual: 5.00',
        error_detail: 'Bad Request',
      },
      { status: 400, statusText: 'Bad Request' },
    );
    expect((await verdict).kind).toBe('refused');
    ctrl.expectNone('/api/recargas/historial/clientes');
  });

  it('without a loaded history, an identical top-up from before the submit makes it "unknown", not a guess', async () => {
    const verdict = firstValueFrom(store.recargar(nueva));
    ctrl.expectOne('/api/recargas/cliente').error(new ProgressEvent('error'), { status: 0 });
    history().flush([{ ...historyRow(1), fecha_hora: '2026-01-01T10:00:00.000Z' }]);
    expect((await verdict).kind).toBe('unknown');
  });
});
