import { TestBed } from '@angular/core/testing';
import { fakeAuth, fakeSesionCaja, ledgerOp, testLedgerDb } from '../../../../../testing/ledger';
import { until } from '../../../../../testing/wait';
import { AuthService } from '../../../../core/auth/auth.service';
import { SesionCajaStore } from '../../../../core/session/sesion-caja.store';
import { Cents } from '../../../../shared/money';
import { OperadoraNombre } from '../operadora';
import { LEDGER_DB, LedgerStore } from './ledger.store';

const tigo20 = {
  tipo: 'recarga' as const,
  nueva: {
    operadora: OperadoraNombre.Tigo,
    numeroCliente: '76543210',
    monto: 2000 as Cents,
    idSesion: 1,
  },
};

describe('LedgerStore', () => {
  let dbs: ReturnType<typeof testLedgerDb>;
  let auth: ReturnType<typeof fakeAuth>;

  beforeEach(() => {
    dbs = testLedgerDb();
    auth = fakeAuth(3);
  });

  afterEach(async () => {
    TestBed.resetTestingModule();
    await dbs.drop();
  });

  /** A page (re)load: a new app over the same ledger database. */
  async function boot(sesion = fakeSesionCaja()): Promise<LedgerStore> {
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({
      providers: [
        { provide: LEDGER_DB, useValue: dbs.open() },
        { provide: AuthService, useValue: auth },
        { provide: SesionCajaStore, useValue: sesion },
      ],
    });
    const store = TestBed.inject(LedgerStore);
    TestBed.tick();
    await until(() => store.loaded(), 'the ledger to load');
    return store;
  }

  /** Writes straight to the database, as an earlier session of this device did. */
  async function seed(...ops: ReturnType<typeof ledgerOp>[]): Promise<void> {
    const db = dbs.open();
    for (const op of ops) await db.put(op);
  }

  it('records an intent as "sending" before it leaves, with the highest id known as baseline', async () => {
    await seed(ledgerOp({ key: 'earlier', rowId: 41 }));
    const store = await boot();
    const op = await store.begin(tigo20, 'k2');
    expect([op.estado, op.baselineId, op.numero, op.monto]).toEqual([
      'sending',
      41,
      '76543210',
      2000,
    ]);
    expect((await dbs.open().ofSesion(3, 1)).map((o) => [o.key, o.estado])).toEqual([
      ['earlier', 'applied'],
      ['k2', 'sending'],
    ]);
    // In flight on this page: waiting for its answer, not "unknown".
    expect(store.unresolved()).toEqual([]);
  });

  it('without any known id the baseline is null', async () => {
    const store = await boot();
    expect((await store.begin(tigo20, 'k1')).baselineId).toBeNull();
  });

  it('a "sending" operation found after a reload is unresolved and blocks', async () => {
    const first = await boot();
    await first.begin(tigo20, 'k1');
    const reloaded = await boot();
    expect(reloaded.unresolved().map((o) => [o.key, o.estado])).toEqual([['k1', 'sending']]);
  });

  it('a settled operation without a verdict is unresolved on this page too', async () => {
    const store = await boot();
    const op = await store.begin(tigo20, 'k1');
    await store.save({ ...op, estado: 'unknown' });
    expect(store.unresolved()).toEqual([]);
    store.settle('k1');
    expect(store.unresolved().map((o) => o.key)).toEqual(['k1']);
  });

  it('an applied operation feeds the recent list, the strip and the reported ids', async () => {
    const store = await boot();
    const op = await store.begin(tigo20, 'k1');
    const at = Date.parse('2026-11-25T18:00:05Z');
    await store.save({ ...op, estado: 'applied', rowId: 50, rowAt: at });
    store.settle('k1');
    await store.save({
      ...(await store.begin(tigo20, 'k2')),
      estado: 'applied',
      rowId: 51,
      rowAt: at + 1000,
    });
    store.settle('k2');
    expect(store.recargas().map((r) => r.id)).toEqual([51, 50]);
    expect(store.resumen()?.montoRecargas).toBe(4000 as Cents);
    expect(store.resumen()?.recargas).toBe(2);
    expect([...store.reportedIds('recarga')]).toEqual([50, 51]);
    expect([...store.reportedIds('inyeccion')]).toEqual([]);
    expect(store.unresolved()).toEqual([]);
    expect((await store.begin(tigo20, 'k3')).baselineId).toBe(51);
  });

  it('a load that read the database before a verdict was written does not undo the verdict', async () => {
    const store = await boot();
    const op = await store.begin(tigo20, 'k1');
    const db = TestBed.inject(LEDGER_DB);
    const read = db.ofUser.bind(db);
    let taken!: () => void;
    const snapshotTaken = new Promise<void>((r) => (taken = r));
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    spyOn(db, 'ofUser').and.callFake(async (id: number) => {
      const snapshot = await read(id); // still "sending"
      taken();
      await released;
      return snapshot;
    });
    const loading = store.reload(); // another tab wrote, or the session was read again
    await snapshotTaken;
    await store.save({ ...op, estado: 'applied', rowId: 77, rowAt: Date.now() });
    store.settle('k1');
    release();
    await loading;
    expect(store.ops().map((o) => [o.key, o.estado])).toEqual([['k1', 'applied']]);
    expect(store.unresolved()).toEqual([]); // not "Estado desconocido" again
    expect([...store.reportedIds('recarga')]).toEqual([77]);
  });

  it('reads the ledger again for another session, not for each new copy of the same one', async () => {
    const sesion = fakeSesionCaja();
    await boot(sesion);
    const db = TestBed.inject(LEDGER_DB);
    spyOn(db, 'ofUser').and.callThrough();
    sesion.sesion.set({ ...sesion.sesion()! }); // the session read again after any sale
    TestBed.tick();
    expect(db.ofUser).not.toHaveBeenCalled();
    sesion.sesion.set({ ...sesion.sesion()!, id: 2 });
    TestBed.tick();
    expect(db.ofUser).toHaveBeenCalledTimes(1);
  });

  it("keeps the rows reported in a closed session out of a late commit's reach", async () => {
    // Session 1: a lost answer judged not applied, then its retry applied as row 60.
    await seed(
      ledgerOp({
        key: 'lost',
        estado: 'not-applied',
        rowId: null,
        watchUntil: Date.now() + 60_000,
      }),
      ledgerOp({ key: 'retry', rowId: 60 }),
    );
    // The till closed, or the cashier signed in again later: no session open now.
    const store = await boot(fakeSesionCaja(null));
    expect(store.ops().map((o) => o.key)).toEqual(['lost']);
    // Row 60 was the retry, told to the cashier: never "La recarga SÍ se aplicó" for it.
    expect([...store.reportedIds('recarga')]).toEqual([60]);
  });

  it('forgets a refused operation: nothing left in memory or on disk', async () => {
    const store = await boot();
    const op = await store.begin(tigo20, 'k1');
    await store.forget(op);
    expect(store.ops()).toEqual([]);
    expect(await dbs.open().ofUser(3)).toEqual([]);
  });

  it('a late commit stays announced until acknowledged, across a reload', async () => {
    await seed(ledgerOp({ key: 'late', late: true, reconciled: true, sesionId: 0 }));
    const store = await boot();
    expect(store.lateCommits().map((o) => o.key)).toEqual(['late']);
    await store.acknowledge(store.lateCommits()[0]);
    expect(store.lateCommits()).toEqual([]);
    expect((await boot()).lateCommits()).toEqual([]);
  });

  it("loads the open session's operations, plus unresolved and watched ones of older sessions", async () => {
    await seed(
      ledgerOp({ key: 'old-applied', sesionId: 0 }),
      ledgerOp({ key: 'old-unknown', sesionId: 0, estado: 'unknown', rowId: null }),
      ledgerOp({
        key: 'old-watched',
        sesionId: 0,
        estado: 'not-applied',
        rowId: null,
        watchUntil: Date.now() + 60_000,
        checks: [Date.now() - 540_000],
      }),
      ledgerOp({ key: 'mine', sesionId: 1 }),
    );
    const store = await boot();
    expect(
      store
        .ops()
        .map((o) => o.key)
        .sort(),
    ).toEqual(['mine', 'old-unknown', 'old-watched']);
    expect(store.sesionOps().map((o) => o.key)).toEqual(['mine']);
    expect(store.unresolved().map((o) => o.key)).toEqual(['old-unknown']);
    expect(store.watched().map((o) => o.key)).toEqual(['old-watched']);
  });

  it('is keyed by user: another user signed in sees nothing of the first one', async () => {
    const store = await boot();
    await store.begin(tigo20, 'k1');
    store.settle('k1');
    auth.user.set({ id: 9, name: 'Beto', role: 'cajero' });
    TestBed.tick();
    await until(() => store.ops().length === 0, "the other user's ledger");
    expect(store.unresolved()).toEqual([]);
    expect(store.recargas()).toEqual([]);
    auth.user.set(null);
    TestBed.tick();
    await until(() => !store.loaded(), 'the signed-out ledger');
    expect(store.ops()).toEqual([]);
    auth.user.set({ id: 3, name: 'Carla', role: 'cajero' });
    TestBed.tick();
    await until(() => store.ops().length === 1, "the first user's ledger again");
    expect(store.unresolved().map((o) => o.key)).toEqual(['k1']);
  });

  it('without an open session shows no strip', async () => {
    const store = await boot(fakeSesionCaja(null));
    expect(store.resumen()).toBeNull();
  });

  it('suggests the operator last applied to a number, across sessions and cashiers', async () => {
    const T = Date.parse('2026-11-20T12:00:00Z');
    await seed(
      ledgerOp({
        key: 'a',
        numero: '71112222',
        operadora: OperadoraNombre.Entel,
        sentAt: T,
        sesionId: 0,
      }),
      ledgerOp({
        key: 'b',
        numero: '71112222',
        operadora: OperadoraNombre.Viva,
        sentAt: T + 1,
        userId: 9,
      }),
      ledgerOp({
        key: 'c',
        numero: '71112222',
        operadora: OperadoraNombre.Tigo,
        sentAt: T + 2,
        estado: 'not-applied',
        rowId: null,
      }),
    );
    const store = await boot();
    expect(await store.lastOperadoraFor('71112222')).toBe(OperadoraNombre.Viva);
    expect(await store.lastOperadoraFor('69999999')).toBeNull();
  });
});
