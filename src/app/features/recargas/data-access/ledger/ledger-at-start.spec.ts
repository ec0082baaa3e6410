import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { fakeAuth, fakeSesionCaja, ledgerOp, testLedgerDb } from '../../../../../testing/ledger';
import { until } from '../../../../../testing/wait';
import { AuthService } from '../../../../core/auth/auth.service';
import { MoneyInFlight } from '../../../../core/session/money-in-flight';
import { SesionCajaStore } from '../../../../core/session/sesion-caja.store';
import { provideLedgerAtStart } from './ledger-at-start';
import { LEDGER_DB } from './ledger.store';

/** A top-up of user 3 in an earlier session whose answer was lost: "Estado desconocido". */
const unknown = ledgerOp({
  key: 'lost',
  sesionId: 0,
  estado: 'unknown',
  rowId: null,
  rowAt: null,
  checks: [Date.parse('2026-11-25T18:00:05Z')],
});

describe('provideLedgerAtStart: unknown outcomes reach the sign-out on every page', () => {
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

  /** A page load on a screen that sends no money (/caja, a history): nothing else is created. */
  async function start(): Promise<MoneyInFlight> {
    const db = dbs.open();
    await db.put(unknown);
    TestBed.configureTestingModule({
      providers: [
        provideLedgerAtStart(),
        provideRouter([]),
        { provide: LEDGER_DB, useValue: db },
        { provide: AuthService, useValue: auth },
        { provide: SesionCajaStore, useValue: fakeSesionCaja() },
      ],
    });
    return TestBed.inject(MoneyInFlight);
  }

  it('a sign-out asked right after the load finds the unknown operation', async () => {
    const money = await start();
    expect(money.unresolved()).toBe(0);
    await money.unresolvedKnown();
    expect(money.unresolved()).toBe(1);
  });

  it('once the first screen is shown, the ledger is read unasked', async () => {
    const money = await start();
    await TestBed.inject(Router).navigateByUrl('/');
    await until(() => money.unresolved() === 1, 'the unresolved count');
  });

  it('follows the signed-in user: none, the cashier, another user', async () => {
    auth.user.set(null);
    const money = await start();
    await money.unresolvedKnown();
    expect(money.unresolved()).toBe(0);
    auth.user.set({ id: 3, name: 'Carla', role: 'cajero' });
    await money.unresolvedKnown();
    expect(money.unresolved()).toBe(1);
    auth.user.set({ id: 4, name: 'Luis', role: 'cajero' });
    await money.unresolvedKnown();
    expect(money.unresolved()).toBe(0);
  });
});
