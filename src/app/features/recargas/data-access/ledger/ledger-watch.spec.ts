import {
  EnvironmentInjector,
  createEnvironmentInjector,
  runInInjectionContext,
} from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  fakeAuth,
  fakeHistoryStore,
  fakeSesionCaja,
  ledgerOp,
  recargaRow,
  testLedgerDb,
} from '../../../../../testing/ledger';
import { turns, until } from '../../../../../testing/wait';
import { AuthService } from '../../../../core/auth/auth.service';
import { ApiError } from '../../../../core/http/api-error';
import { SesionCajaStore } from '../../../../core/session/sesion-caja.store';
import { Cents } from '../../../../shared/money';
import { InyeccionesHistoryStore, RecargasHistoryStore } from '../history.store';
import { OperadoraNombre } from '../operadora';
import { InyeccionOperadora, RecargaCliente } from '../recargas.model';
import { SaldosStore } from '../saldos.store';
import { HistoryAccess } from './history-access';
import { LedgerWatch } from './ledger-watch';
import { LedgerOp } from './ledger.model';
import { LEDGER_DB, LedgerStore } from './ledger.store';

/** The answer was lost and judged "not applied" at T0. */
const T0 = Date.parse('2026-11-25T18:00:00Z');
const notApplied = (over: Partial<LedgerOp> = {}) =>
  ledgerOp({
    key: 'lost',
    estado: 'not-applied',
    baselineId: 41,
    rowId: null,
    rowAt: null,
    sentAt: T0 - 20_000,
    checks: [T0],
    watchUntil: T0 + 600_000,
    ...over,
  });

describe('LedgerWatch: a "not applied" may still be committed', () => {
  let dbs: ReturnType<typeof testLedgerDb>;
  let ledger: LedgerStore;
  let recargas: ReturnType<typeof fakeHistoryStore<RecargaCliente>>;
  let inyecciones: ReturnType<typeof fakeHistoryStore<InyeccionOperadora>>;
  let saldos: { refresh: jasmine.Spy };
  let sesion: ReturnType<typeof fakeSesionCaja>;

  beforeEach(() => {
    jasmine.clock().install();
    jasmine.clock().mockDate(new Date(T0));
    dbs = testLedgerDb();
  });

  afterEach(async () => {
    jasmine.clock().uninstall();
    TestBed.resetTestingModule();
    await dbs.drop();
  });

  /** The ledger loaded over `ops`, no watch started. */
  async function setup(...ops: LedgerOp[]): Promise<void> {
    const db = dbs.open();
    for (const op of ops) await db.put(op);
    recargas = fakeHistoryStore<RecargaCliente>();
    inyecciones = fakeHistoryStore<InyeccionOperadora>();
    saldos = { refresh: jasmine.createSpy('refresh') };
    sesion = fakeSesionCaja();
    TestBed.configureTestingModule({
      providers: [
        { provide: LEDGER_DB, useValue: db },
        { provide: AuthService, useValue: fakeAuth(3) },
        { provide: SesionCajaStore, useValue: sesion },
        { provide: SaldosStore, useValue: saldos },
        { provide: RecargasHistoryStore, useValue: recargas },
        { provide: InyeccionesHistoryStore, useValue: inyecciones },
      ],
    });
    ledger = TestBed.inject(LedgerStore);
    TestBed.tick();
    await until(() => ledger.loaded(), 'the ledger');
  }

  async function boot(...ops: LedgerOp[]): Promise<void> {
    await setup(...ops);
    const watch = TestBed.inject(LedgerWatch);
    TestBed.runInInjectionContext(() => watch.start());
    TestBed.tick();
  }

  const op = () => ledger.ops().find((o) => o.key === 'lost')!;
  /** Moves the clock to `ms` after the loss, and lets what that started run. */
  async function at(ms: number) {
    jasmine.clock().tick(T0 + ms - Date.now());
    // What those timers scheduled for "now" (a setTimeout(0)) runs too, as in a browser.
    jasmine.clock().tick(0);
    await turns();
  }
  async function answer(i: number, rows: RecargaCliente[]) {
    await until(() => recargas.reads.length > i, `history read #${i + 1}`);
    expect(recargas.reads.length)
      .withContext('history reads')
      .toBe(i + 1);
    recargas.reads[i].next(rows);
    recargas.reads[i].complete();
    await turns();
  }

  it('reads the history 5 s, 30 s, 2 min and 10 min after the loss, counting each absence, then stops', async () => {
    await boot(notApplied());
    await at(4_999);
    expect(recargas.reads.length).toBe(0);
    const times = [5_000, 30_000, 120_000, 600_000];
    for (const [i, t] of times.entries()) {
      await at(t - 1);
      expect(recargas.reads.length).withContext(`before ${t} ms`).toBe(i);
      await at(t);
      await answer(i, [recargaRow({ id: 41 })]);
      expect(op().checks).toEqual([T0, ...times.slice(0, i + 1).map((c) => T0 + c)]);
    }
    expect(op().estado).toBe('not-applied');
    TestBed.tick();
    expect(ledger.watched()).toEqual([]);
    await at(3_600_000);
    expect(recargas.reads.length).toBe(4);
    // Each check made objects of the watched session's rows only.
    expect(recargas.readSesiones).toEqual([[1], [1], [1], [1]]);
    expect(saldos.refresh).not.toHaveBeenCalled();
  });

  it('a row that turns up is recorded as applied and late, and announced', async () => {
    await boot(notApplied());
    await at(5_000);
    await answer(0, [recargaRow({ id: 41 })]);
    await at(30_000);
    await answer(1, [
      recargaRow({ id: 41 }),
      recargaRow({ id: 42, fechaHora: new Date(T0 + 20_000) }),
    ]);
    expect(op()).toEqual(
      jasmine.objectContaining({
        estado: 'applied',
        rowId: 42,
        rowAt: T0 + 20_000,
        reconciled: true,
        late: true,
        announced: false,
        watchUntil: null,
      }),
    );
    expect(ledger.lateCommits().map((o) => o.key)).toEqual(['lost']);
    expect(saldos.refresh).toHaveBeenCalledTimes(1);
    expect(sesion.refreshTillCash).toHaveBeenCalledTimes(1);
    await until(async () => (await dbs.open().ofUser(3))[0]?.estado === 'applied', 'the write');
    await at(600_000);
    expect(recargas.reads.length).toBe(2);
  });

  it('an unreadable history is tried again 30 s later, without counting a check', async () => {
    await boot(notApplied());
    await at(5_000);
    await until(() => recargas.reads.length === 1, 'the first check');
    recargas.reads[0].error(new ApiError(503, ['El servidor no está disponible (503).']));
    expect(op().checks).toEqual([T0]);
    await at(34_999);
    expect(recargas.reads.length).toBe(1);
    await at(35_000);
    await answer(1, []);
    expect(op().checks).toEqual([T0, T0 + 35_000]);
    // The 30 s check is covered by the one at 35 s: the next is at 2 min.
    await at(119_999);
    expect(recargas.reads.length).toBe(2);
    await at(120_000);
    await until(() => recargas.reads.length === 3, 'the 2 min check');
  });

  it('searches every history that lands in the store, without counting it as a check', async () => {
    await boot(notApplied());
    await at(5_000);
    await answer(0, [recargaRow({ id: 41 })]);
    expect(op().checks).toEqual([T0, T0 + 5_000]);
    // A history screen refreshed meanwhile: searched, but no check is counted.
    recargas.rows.set([recargaRow({ id: 41 }), recargaRow({ id: 40, numeroCliente: '71112222' })]);
    TestBed.tick();
    expect(op().estado).toBe('not-applied');
    expect(op().checks).toEqual([T0, T0 + 5_000]);
    recargas.rows.set([recargaRow({ id: 41 }), recargaRow({ id: 43 })]);
    TestBed.tick();
    expect([op().estado, op().rowId, op().late]).toEqual(['applied', 43, true]);
    await at(30_000);
    expect(recargas.reads.length).toBe(1);
  });

  it('an identical row it cannot tell apart (no baseline) turns the verdict "unknown"', async () => {
    await boot(notApplied({ baselineId: null }));
    await at(5_000);
    // Another row of the session this device cannot account for (another device's sale).
    await answer(0, [recargaRow({ id: 40, numeroCliente: '71112222' }), recargaRow({ id: 41 })]);
    expect(op().estado).toBe('unknown');
    expect(ledger.unresolved().map((o) => o.key)).toEqual(['lost']);
  });

  it('a watched injection is looked for in the injection history', async () => {
    await boot(
      notApplied({
        tipo: 'inyeccion',
        numero: '',
        operadora: OperadoraNombre.Viva,
        monto: 10000 as Cents,
        baselineId: 3,
      }),
    );
    await at(5_000);
    await until(() => inyecciones.reads.length === 1, 'the injection history read');
    expect(recargas.reads).toEqual([]);
    inyecciones.reads[0].next([
      {
        id: 4,
        operadora: OperadoraNombre.Viva,
        monto: 10000 as Cents,
        fechaHora: new Date(T0 + 1000),
        idSesion: 1,
        idUsuario: 3,
      },
    ]);
    expect([op().estado, op().rowId, op().late]).toEqual(['applied', 4, true]);
  });

  it('a watch goes on after a reload, from the checks kept in the ledger', async () => {
    jasmine.clock().mockDate(new Date(T0 + 60_000));
    await boot(notApplied({ checks: [T0, T0 + 5_000, T0 + 30_000] }));
    await at(119_999);
    expect(recargas.reads.length).toBe(0);
    await at(120_000);
    await until(() => recargas.reads.length === 1, 'the 2 min check');
  });

  it('one check reads the sessions of every watched operation, and only those', async () => {
    await boot(notApplied(), notApplied({ key: 'older', sesionId: 7, numero: '71112222' }));
    await at(5_000);
    await until(() => recargas.reads.length === 1, 'the check');
    expect(recargas.readSesiones).toEqual([[1, 7]]);
    recargas.reads[0].next([
      recargaRow({ id: 41 }),
      recargaRow({ id: 44, idSesion: 7, numeroCliente: '71112222' }),
      recargaRow({ id: 45, idSesion: 9, numeroCliente: '76543210' }),
    ]);
    await turns();
    const older = ledger.ops().find((o) => o.key === 'older')!;
    expect([older.estado, older.rowId, older.late]).toEqual(['applied', 44, true]);
    // Session 9's identical top-up is not session 1's lost one.
    expect([op().estado, op().checks]).toEqual(['not-applied', [T0, T0 + 5_000]]);
  });

  it('leaves no timer behind once its injector is destroyed', async () => {
    await setup(notApplied());
    // The history code is loaded: a check that fires reads at once.
    await TestBed.inject(HistoryAccess).load();
    const root = TestBed.inject(EnvironmentInjector);
    const watchIn = (app: EnvironmentInjector) =>
      runInInjectionContext(app, () => app.get(LedgerWatch).start());
    // Two app instances over one ledger: one is discarded before the first check is due.
    const kept = createEnvironmentInjector([LedgerWatch], root);
    const gone = createEnvironmentInjector([LedgerWatch], root);
    watchIn(kept);
    watchIn(gone);
    TestBed.tick();
    gone.destroy();
    await at(5_000);
    await turns();
    expect(recargas.reads.length).withContext('history reads at 5 s').toBe(1);
    kept.destroy();
    await at(600_000);
    expect(recargas.reads.length).toBe(1);
  });
});
