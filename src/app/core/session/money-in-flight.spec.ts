import { TestBed } from '@angular/core/testing';
import { turns } from '../../../testing/wait';
import { MoneyInFlight } from './money-in-flight';

describe('MoneyInFlight: the unresolved count, known before a sign-out', () => {
  let money: MoneyInFlight;

  beforeEach(() => (money = TestBed.inject(MoneyInFlight)));
  afterEach(() => jasmine.clock().uninstall());

  it('with nothing registered, is known at once (and zero)', async () => {
    await money.unresolvedKnown();
    expect(money.unresolved()).toBe(0);
  });

  it('asks the registered source each time and waits for it', async () => {
    let count = 0;
    money.countUnresolvedWith(async () => {
      await turns(2);
      money.setUnresolved(++count);
    });
    await money.unresolvedKnown();
    expect(money.unresolved()).toBe(1);
    await money.unresolvedKnown();
    expect(money.unresolved()).toBe(2);
  });

  it('a failing source leaves the count as it was', async () => {
    money.setUnresolved(1);
    money.countUnresolvedWith(() => Promise.reject(new Error('IndexedDB no disponible')));
    await money.unresolvedKnown();
    expect(money.unresolved()).toBe(1);
  });

  it('gives up on a source that never answers after 3 s, so a sign-out is never stuck', async () => {
    jasmine.clock().install();
    money.countUnresolvedWith(() => new Promise<void>(() => undefined));
    let known = false;
    void money.unresolvedKnown().then(() => (known = true));
    jasmine.clock().tick(2999);
    await turns();
    expect(known).toBeFalse();
    jasmine.clock().tick(1);
    await turns();
    expect(known).toBeTrue();
  });
});
