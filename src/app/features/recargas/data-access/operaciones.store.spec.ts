import { signal } from '@angular/core';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RECARGA_OK_BODY, errorBody } from '../../../../testing/fixtures';
import {
  fakeAuth,
  fakeHistoryStore,
  fakeSesionCaja,
  recargaRow,
  testLedgerDb,
} from '../../../../testing/ledger';
import { apiTestingProviders } from '../../../../testing/providers';
import { sent, turns, until } from '../../../../testing/wait';
import { AuthService } from '../../../core/auth/auth.service';
import { API_CONFIG } from '../../../core/http/api-config';
import { ApiError } from '../../../core/http/api-error';
import { NetworkStatus } from '../../../core/http/network-status';
import { MoneyInFlight } from '../../../core/session/money-in-flight';
import { SesionCajaStore } from '../../../core/session/sesion-caja.store';
import { Cents } from '../../../shared/money';
import { InyeccionesHistoryStore, RecargasHistoryStore } from './history.store';
import { LEDGER_DB, LedgerStore } from './ledger/ledger.store';
import { OperationEvent, OperacionesStore } from './operaciones.store';
import { OperadoraNombre } from './operadora';
import { InyeccionOperadora, RecargaCliente } from './recargas.model';
import { SaldosStore } from './saldos.store';

const T0 = new Date('2026-11-25T18:00:00Z');
const noop = () => undefined;
const nueva = {
  operadora: OperadoraNombre.Tigo,
  numeroCliente: '76543210',
  monto: 2000 as Cents,
  idSesion: 1,
};
const POST = { method: 'POST', url: '/api/recargas/cliente' };
/** After the sale answered by RECARGA_OK_BODY (20:29:50 UTC): the recent list's order. */
const LATER = new Date('2026-11-25T20:35:00Z');
const NO_BALANCE = 'Saldo insuficiente para la operadora Tigo. Saldo actual: 5.00';

describe('OperacionesStore', () => {
  let dbs: ReturnType<typeof testLedgerDb>;
  let store: OperacionesStore;
  let ledger: LedgerStore;
  let ctrl: HttpTestingController;
  let recargas: ReturnType<typeof fakeHistoryStore<RecargaCliente>>;
  let inyecciones: ReturnType<typeof fakeHistoryStore<InyeccionOperadora>>;
  let saldos: { refresh: jasmine.Spy };
  let sesion: ReturnType<typeof fakeSesionCaja>;

  beforeEach(async () => {
    jasmine.clock().install();
    jasmine.clock().mockDate(T0);
    dbs = testLedgerDb();
    await boot();
  });

  afterEach(async () => {
    ctrl.verify();
    jasmine.clock().uninstall();
    TestBed.resetTestingModule();
    await dbs.drop();
  });

  /** The app (re)loaded over the same ledger database; no history loaded. */
  async function boot(): Promise<void> {
    TestBed.resetTestingModule();
    recargas = fakeHistoryStore<RecargaCliente>();
    inyecciones = fakeHistoryStore<InyeccionOperadora>();
    saldos = { refresh: jasmine.createSpy('refresh') };
    sesion = fakeSesionCaja();
    TestBed.configureTestingModule({
      providers: [
        ...apiTestingProviders(),
        {
          provide: API_CONFIG,
          useValue: { baseUrl: '/api', timeoutMs: 15000, reconcileGraceMs: 5000 },
        },
        {
          provide: NetworkStatus,
          useValue: { reportNoAnswer: noop, reportAnswer: noop, offline: signal(false) },
        },
        { provide: LEDGER_DB, useValue: dbs.open() },
        { provide: AuthService, useValue: fakeAuth(3) },
        { provide: SesionCajaStore, useValue: sesion },
        { provide: SaldosStore, useValue: saldos },
        { provide: RecargasHistoryStore, useValue: recargas },
        { provide: InyeccionesHistoryStore, useValue: inyecciones },
      ],
    });
    ctrl = TestBed.inject(HttpTestingController);
    store = TestBed.inject(OperacionesStore);
    ledger = TestBed.inject(LedgerStore);
    TestBed.tick();
    await until(() => ledger.loaded(), 'the ledger');
  }

  function recargar() {
    const events: OperationEvent<RecargaCliente>[] = [];
    store.recargar(nueva).subscribe((e) => events.push(e));
    return events;
  }

  /** A history read answered (the Subject behind freshRead()). */
  async function answer(i: number, rows: RecargaCliente[]) {
    await until(() => recargas.reads.length > i, `history read #${i + 1}`);
    expect(recargas.reads.length)
      .withContext('history reads')
      .toBe(i + 1);
    recargas.reads[i].next(rows);
    recargas.reads[i].complete();
  }

  async function sellApplied(id: number): Promise<void> {
    const events = recargar();
    (await sent(ctrl, POST)).flush({ ...RECARGA_OK_BODY, id });
    await until(() => events.length === 1, 'the verdict');
  }

  it('applied directly: one POST, the ledger row applied, balances and till cash refreshed', async () => {
    const events = recargar();
    const post = await sent(ctrl, POST);
    expect(post.request.body).toEqual({
      operadora: 'Tigo',
      numero_cliente: '76543210',
      monto: 20,
      id_caja_sesion: 1,
    });
    expect(TestBed.inject(MoneyInFlight).waiting()).toBe(1);
    post.flush({ ...RECARGA_OK_BODY, id: 7 });
    await until(() => events.length === 1, 'the verdict');
    expect(events[0]).toEqual(jasmine.objectContaining({ kind: 'applied', reconciled: false }));
    expect(events[0].kind === 'applied' && [events[0].record.id, events[0].record.monto]).toEqual([
      7, 2000,
    ]);
    expect(ledger.ops().map((o) => [o.estado, o.rowId, o.numero, o.monto])).toEqual([
      ['applied', 7, '76543210', 2000],
    ]);
    expect(ledger.recargas().map((r) => r.id)).toEqual([7]);
    expect(saldos.refresh).toHaveBeenCalledTimes(1);
    expect(sesion.refreshTillCash).toHaveBeenCalledTimes(1);
    // The counter sells without the history: not read, not even loaded to add the row.
    expect(recargas.reads).toEqual([]);
    expect(recargas.added).toEqual([]);
    expect(TestBed.inject(MoneyInFlight).waiting()).toBe(0);
  });

  it('refused by the service: final, nothing kept in the ledger, no history read', async () => {
    const events = recargar();
    (await sent(ctrl, POST)).flush(errorBody(400, '/recargas/cliente', NO_BALANCE, 'Bad Request'), {
      status: 400,
      statusText: 'Bad Request',
    });
    await until(() => events.length === 1, 'the verdict');
    expect(events[0].kind === 'refused' && events[0].error.messages).toEqual([NO_BALANCE]);
    expect(ledger.ops()).toEqual([]);
    expect(await dbs.open().ofUser(3)).toEqual([]);
    expect(recargas.reads).toEqual([]);
    expect(saldos.refresh).toHaveBeenCalledTimes(1);
    expect(sesion.markClosedElsewhere).not.toHaveBeenCalled();
  });

  it('a session closed elsewhere reloads the session', async () => {
    const events = recargar();
    (await sent(ctrl, POST)).flush(
      errorBody(
        400,
        '/recargas/cliente',
        'La sesión de caja no existe o no está ABIERTA.',
        'Bad Request',
      ),
      { status: 400, statusText: 'Bad Request' },
    );
    await until(() => events.length === 1, 'the verdict');
    expect(sesion.markClosedElsewhere).toHaveBeenCalledTimes(1);
  });

  describe('a dropped connection', () => {
    async function drop(): Promise<OperationEvent<RecargaCliente>[]> {
      const events = recargar();
      (await sent(ctrl, POST)).error(new ProgressEvent('error'), { status: 0 });
      await until(() => events.length === 1, 'verifying');
      expect(events[0]).toEqual({ kind: 'verifying' });
      return events;
    }

    it('is checked with a single history read: the row above the baseline is "confirmed"', async () => {
      await sellApplied(41);
      const events = await drop();
      await answer(0, [recargaRow({ id: 41 }), recargaRow({ id: 42, fechaHora: LATER })]);
      await until(() => events.length === 2, 'the verdict');
      expect(events[1].kind === 'applied' && [events[1].reconciled, events[1].record.id]).toEqual([
        true,
        42,
      ]);
      expect(ledger.recargas().map((r) => r.id)).toEqual([42, 41]);
      expect(ledger.ops()[1].reconciled).toBeTrue();
      // The history read for the check is loaded now: the row shows there at once.
      expect(recargas.added.map((r) => r.id)).toEqual([42]);
      jasmine.clock().tick(60_000);
      await turns();
      expect(recargas.reads.length).toBe(1);
    });

    it('absent from the history: "not applied", watched for 10 minutes', async () => {
      await sellApplied(41);
      const events = await drop();
      await answer(0, [recargaRow({ id: 41 })]);
      await until(() => events.length === 2, 'the verdict');
      const v = events[1];
      expect(v.kind).toBe('not-applied');
      expect(v.kind === 'not-applied' && v.watchUntil).toEqual(new Date('2026-11-25T18:10:00Z'));
      const op = ledger.ops()[1];
      expect(v.kind === 'not-applied' && v.key).toBe(op.key);
      expect([op.estado, op.watchUntil, op.checks]).toEqual([
        'not-applied',
        T0.getTime() + 600_000,
        [T0.getTime()],
      ]);
      expect(store.blockedNumbers().size).toBe(0);
      jasmine.clock().tick(4_999);
      await turns();
      expect(recargas.reads.length).withContext('no second read before the watch').toBe(1);
    });

    it('an unreadable history: "unknown", the number blocked', async () => {
      const events = await drop();
      await until(() => recargas.reads.length === 1, 'the history read');
      recargas.reads[0].error(new ApiError(503, ['El servidor no está disponible (503).']));
      await until(() => events.length === 2, 'the verdict');
      expect(events[1].kind).toBe('unknown');
      expect([...store.blockedNumbers()]).toEqual(['76543210']);
      expect(store.unresolvedRecargas().length).toBe(1);
      expect(store.unresolvedInyecciones()).toEqual([]);
      TestBed.tick();
      expect(TestBed.inject(MoneyInFlight).unresolved()).toBe(1);
    });

    it('without any baseline, the one row of the session nobody accounts for is the lost one', async () => {
      const events = await drop();
      await answer(0, [recargaRow({ id: 41 }), recargaRow({ id: 30, idSesion: 2 })]);
      await until(() => events.length === 2, 'the verdict');
      expect(events[1].kind === 'applied' && [events[1].reconciled, events[1].record.id]).toEqual([
        true,
        41,
      ]);
    });

    it("makes objects of the lost operation's session only, keeping the whole read's highest id as the next baseline", async () => {
      const events = await drop();
      await answer(0, [
        recargaRow({ id: 57, idSesion: 2, fechaHora: LATER }),
        recargaRow({ id: 41 }),
      ]);
      await until(() => events.length === 2, 'the verdict');
      expect(recargas.readSesiones).toEqual([[1]]);
      expect(events[1].kind === 'applied' && events[1].record.id).toBe(41);
      await until(async () => (await dbs.open().knownMaxId('recarga')) === 57, 'the baseline');
    });

    it('without any baseline, an identical row among other unaccounted ones is "unknown", never a guess', async () => {
      const events = await drop();
      await answer(0, [recargaRow({ id: 40, numeroCliente: '71112222' }), recargaRow({ id: 41 })]);
      await until(() => events.length === 2, 'the verdict');
      expect(events[1].kind).toBe('unknown');
      expect([...store.blockedNumbers()]).toEqual(['76543210']);
    });
  });

  describe('a gateway error (504)', () => {
    async function gateway(): Promise<OperationEvent<RecargaCliente>[]> {
      await sellApplied(41);
      const events = recargar();
      (await sent(ctrl, POST)).flush('<html>504</html>', {
        status: 504,
        statusText: 'Gateway Timeout',
      });
      await until(() => recargas.reads.length === 1, 'the first read');
      await answer(0, [recargaRow({ id: 41 })]);
      await until(() => ledger.ops().length === 2 && events.length === 1, 'the first check');
      jasmine.clock().tick(4_999);
      await turns();
      expect(recargas.reads.length).withContext('no read before the grace period').toBe(1);
      jasmine.clock().tick(1);
      await until(() => recargas.reads.length === 2, 'the grace read');
      return events;
    }

    it('an absent row is read again after the grace period: a late commit is confirmed', async () => {
      const events = await gateway();
      await answer(1, [recargaRow({ id: 41 }), recargaRow({ id: 42 })]);
      await until(() => events.length === 2, 'the verdict');
      expect(events[1].kind === 'applied' && events[1].record.id).toBe(42);
    });

    it('still absent after the grace period: "not applied"', async () => {
      const events = await gateway();
      await answer(1, [recargaRow({ id: 41 })]);
      await until(() => events.length === 2, 'the verdict');
      expect(events[1].kind).toBe('not-applied');
    });
  });

  it('after a reload, the identical earlier top-up known to the ledger is never taken for the lost one', async () => {
    await sellApplied(41);
    await boot();
    expect(recargas.rows()).toBeNull();
    let events = recargar();
    (await sent(ctrl, POST)).error(new ProgressEvent('error'), { status: 0 });
    await until(() => recargas.reads.length === 1, 'the history read');
    await answer(0, [recargaRow({ id: 41 })]);
    await until(() => events.length === 2, 'the verdict');
    expect(events[1].kind).toBe('not-applied');
    // The cashier retries deliberately; this time the lost answer was applied as id 43.
    events = recargar();
    (await sent(ctrl, POST)).error(new ProgressEvent('error'), { status: 0 });
    await until(() => recargas.reads.length === 2, 'the history read');
    await answer(1, [recargaRow({ id: 41 }), recargaRow({ id: 43 })]);
    await until(() => events.length === 2, 'the verdict');
    expect(events[1].kind === 'applied' && events[1].record.id).toBe(43);
  });

  it('"unknown" survives a reload and blocks the number until a recheck resolves it', async () => {
    await sellApplied(41);
    const events = recargar();
    (await sent(ctrl, POST)).error(new ProgressEvent('error'), { status: 0 });
    await until(() => recargas.reads.length === 1, 'the history read');
    recargas.reads[0].error(new ApiError(0, ['x'], null, 'network'));
    await until(() => events.length === 2, 'the verdict');

    await boot();
    expect([...store.blockedNumbers()]).toEqual(['76543210']);
    const [op] = store.unresolvedRecargas();
    const failed: unknown[] = [];
    store.recheck(op).subscribe((v) => failed.push(v));
    await until(() => recargas.reads.length === 1, 'the recheck read');
    recargas.reads[0].error(new ApiError(503, ['El servidor no está disponible (503).']));
    await until(() => failed.length === 1, 'the failed recheck');
    expect(failed[0]).toEqual(jasmine.objectContaining({ kind: 'unknown' }));
    expect([...store.blockedNumbers()]).toEqual(['76543210']);

    const verdicts: unknown[] = [];
    store.recheck(store.unresolvedRecargas()[0]).subscribe((v) => verdicts.push(v));
    await answer(1, [recargaRow({ id: 41 }), recargaRow({ id: 42, fechaHora: LATER })]);
    await until(() => verdicts.length === 1, 'the recheck');
    expect(verdicts[0]).toEqual(jasmine.objectContaining({ kind: 'applied', reconciled: true }));
    expect(store.blockedNumbers().size).toBe(0);
    expect(ledger.recargas().map((r) => r.id)).toEqual([42, 41]);
    expect((await dbs.open().ofUser(3)).map((o) => o.estado)).toEqual(['applied', 'applied']);
    TestBed.tick();
    expect(TestBed.inject(MoneyInFlight).unresolved()).toBe(0);
  });

  it('one row is never credited to two identical operations checked at the same time', async () => {
    await sellApplied(41);
    for (let i = 0; i < 2; i++) {
      const events = recargar();
      (await sent(ctrl, POST)).error(new ProgressEvent('error'), { status: 0 });
      await until(() => recargas.reads.length === i + 1, 'the history read');
      recargas.reads[i].error(new ApiError(0, ['x'], null, 'network'));
      await until(() => events.length === 2, 'the verdict');
    }
    await boot();
    const [a, b] = store.unresolvedRecargas();
    const verdicts: { kind: string }[] = [];
    store.recheck(a).subscribe((v) => verdicts.push(v));
    store.recheck(b).subscribe((v) => verdicts.push(v));
    await until(() => recargas.reads.length === 2, 'both reads');
    // Both reads started before either decided; the service holds one row: one top-up.
    const rows = [recargaRow({ id: 41 }), recargaRow({ id: 42, fechaHora: LATER })];
    for (const read of recargas.reads) {
      read.next(rows);
      read.complete();
    }
    await until(() => verdicts.length === 2, 'both verdicts');
    expect(verdicts.map((v) => v.kind).sort()).toEqual(['applied', 'not-applied']);
    expect(ledger.recargas().map((r) => r.id)).toEqual([42, 41]);
  });

  it('a lost injection with an unreadable history blocks every injection, not top-ups', async () => {
    const events: OperationEvent<InyeccionOperadora>[] = [];
    store
      .inyectar({ operadora: OperadoraNombre.Viva, monto: 10000 as Cents, idSesion: 1 })
      .subscribe((e) => events.push(e));
    const post = await sent(ctrl, { method: 'POST', url: '/api/recargas/inyeccion' });
    expect(post.request.body).toEqual({ operadora_destino: 'Viva', monto: 100, id_caja_sesion: 1 });
    post.error(new ProgressEvent('error'), { status: 0 });
    await until(() => inyecciones.reads.length === 1, 'the injection history read');
    expect(recargas.reads).toEqual([]);
    inyecciones.reads[0].error(new ApiError(0, ['x'], null, 'network'));
    await until(() => events.length === 2, 'the verdict');
    expect(events[1].kind).toBe('unknown');
    expect(store.unresolvedInyecciones().length).toBe(1);
    expect(store.blockedNumbers().size).toBe(0);
  });
});
