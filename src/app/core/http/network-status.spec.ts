import { apiTestingProviders } from '../../../testing/providers';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { NetworkStatus, PROBE_INTERVAL_MS } from './network-status';

describe('NetworkStatus', () => {
  let network: NetworkStatus;
  let ctrl: HttpTestingController;

  const tick = (ms: number) => jasmine.clock().tick(ms);

  beforeEach(() => {
    jasmine.clock().install();
    TestBed.configureTestingModule({
      providers: [...apiTestingProviders()],
    });
    network = TestBed.inject(NetworkStatus);
    ctrl = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    ctrl.verify();
    jasmine.clock().uninstall();
  });

  it('follows the browser offline and online events', () => {
    window.dispatchEvent(new Event('offline'));
    expect(network.offline()).toBeTrue();
    window.dispatchEvent(new Event('online'));
    ctrl.match('/api/recargas/operadoras/saldos').forEach((r) => r.flush([]));
    expect(network.offline()).toBeFalse();
  });

  it('probes an unreachable server until it answers, then stops', () => {
    network.reportNoAnswer();
    expect(network.offline()).toBeTrue();
    tick(PROBE_INTERVAL_MS);
    ctrl
      .expectOne('/api/recargas/operadoras/saldos')
      .error(new ProgressEvent('error'), { status: 0 });
    expect(network.offline()).toBeTrue();
    tick(PROBE_INTERVAL_MS);
    ctrl.expectOne('/api/recargas/operadoras/saldos').flush([]);
    expect(network.offline()).toBeFalse();
    tick(PROBE_INTERVAL_MS * 3);
    ctrl.expectNone('/api/recargas/operadoras/saldos');
  });

  it('stops probing when the app is destroyed', () => {
    network.reportNoAnswer();
    TestBed.resetTestingModule();
    tick(PROBE_INTERVAL_MS * 2);
    expect().nothing();
  });
});
