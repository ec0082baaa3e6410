import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Subject } from 'rxjs';
import { DataChangedEvent, DataChangedService } from '../../../core/realtime/data-changed.service';
import { errorOf } from '../../../core/http/call-state';
import { Cents } from '../../../shared/money';
import { apiTestingProviders, storeSignedIn } from '../../../../testing/providers';
import { OperadoraNombre } from './operadora';
import { PoolSettingsStore } from './pool-settings.store';
import { SaldosStore } from './saldos.store';

const URL = '/api/recargas/operadoras/saldos';
const { Tigo, Entel, Viva } = OperadoraNombre;

/** The service's answer: Tigo and Entel set up, Viva without a row. */
const pools = (tigo: string, entel: string) => [
  { id: 1, nombre_operadora: 'Tigo', saldo_actual: tigo, estado: true },
  { id: 2, nombre_operadora: 'Entel', saldo_actual: entel, estado: true },
];

describe('SaldosStore', () => {
  let ctrl: HttpTestingController;
  let changed: Subject<DataChangedEvent>;

  /** Creates the store as the counter would, with the time under jasmine's clock. */
  function start(): SaldosStore {
    TestBed.configureTestingModule({
      providers: [
        ...apiTestingProviders(),
        { provide: DataChangedService, useValue: { events$: changed } },
      ],
    });
    ctrl = TestBed.inject(HttpTestingController);
    return TestBed.inject(SaldosStore);
  }

  const lines = (store: SaldosStore) =>
    store.items().map((i) => `${i.operadora} ${i.saldo} / ${i.threshold}${i.low ? ' bajo' : ''}`);

  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
    changed = new Subject();
    jasmine.clock().install();
    jasmine.clock().mockDate(new Date('2026-11-25T18:00:00Z'));
  });

  afterEach(() => {
    ctrl?.verify();
    jasmine.clock().uninstall();
    sessionStorage.clear();
    localStorage.clear();
  });

  it('reads the pools once on start, in cents, Viva without a row, warned below Bs 100,00', () => {
    storeSignedIn();
    const store = start();
    expect(store.loaded()).toBeFalse();
    expect(store.state()).toBe('loading');
    ctrl.expectOne(URL).flush(pools('1500.00', '99.99'));

    expect(store.state()).toBe('loaded');
    expect(lines(store)).toEqual([
      'Tigo 150000 / 10000',
      'Entel 9999 / 10000 bajo',
      'Viva null / 10000',
    ]);
    expect(store.saldoOf(Tigo)).toBe(150000 as Cents);
    expect(store.saldoOf(Viva)).toBeNull();
  });

  it("warns below the supervisor's own threshold on this device, and follows it when changed", () => {
    localStorage.setItem('kantuta.pools', JSON.stringify({ umbrales: { Tigo: 200000 } }));
    storeSignedIn();
    const store = start();
    ctrl.expectOne(URL).flush(pools('1500.00', '800.00'));
    expect(lines(store)).toEqual([
      'Tigo 150000 / 200000 bajo',
      'Entel 80000 / 10000',
      'Viva null / 10000',
    ]);

    const settings = TestBed.inject(PoolSettingsStore);
    settings.setUmbral(Entel, 90000 as Cents);
    settings.setUmbral(Tigo, null);
    expect(lines(store)).toEqual([
      'Tigo 150000 / 10000',
      'Entel 80000 / 90000 bajo',
      'Viva null / 10000',
    ]);
  });

  it('reads again after a dataChanged event, one read for a burst, old values shown meanwhile', () => {
    storeSignedIn();
    const store = start();
    ctrl.expectOne(URL).flush(pools('1500.00', '800.00'));

    changed.next({ entity: 'recarga', action: 'RECARGA_CLIENTE' } as DataChangedEvent);
    store.refresh();
    changed.next({ entity: 'recarga', action: 'RECARGA_CLIENTE' } as DataChangedEvent);
    ctrl.expectNone(URL);
    jasmine.clock().tick(30);

    const again = ctrl.expectOne(URL);
    expect(store.state()).toBe('loaded');
    expect(store.saldoOf(Tigo)).toBe(150000 as Cents);
    again.flush(pools('1480.00', '800.00'));
    expect(store.saldoOf(Tigo)).toBe(148000 as Cents);
  });

  it('reads again every minute without events', () => {
    storeSignedIn();
    start();
    ctrl.expectOne(URL).flush(pools('1500.00', '800.00'));
    jasmine.clock().tick(59_999);
    ctrl.expectNone(URL);
    jasmine.clock().tick(1);
    ctrl.expectOne(URL).flush(pools('1500.00', '800.00'));
  });

  it('keeps the last pools on a failed read and says so in its state', () => {
    storeSignedIn();
    const store = start();
    ctrl.expectOne(URL).flush(pools('1500.00', '800.00'));
    store.refresh();
    jasmine.clock().tick(30);
    ctrl.expectOne(URL).flush(null, { status: 503, statusText: 'Service Unavailable' });

    expect(errorOf(store.state())?.status).toBe(503);
    expect(store.saldoOf(Entel)).toBe(80000 as Cents);
    expect(store.loaded()).toBeTrue();
  });

  it('reads nothing while nobody is signed in', () => {
    const store = start();
    store.refresh();
    jasmine.clock().tick(60_000);
    ctrl.expectNone(URL);
    expect(store.loaded()).toBeFalse();
  });
});
