import { EnvironmentInjector, createEnvironmentInjector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MoneyInFlight } from './money-in-flight';
import { SellingTab } from './selling-tab';
import { SELLING_RELEASE_GRACE_MS } from './selling-tab.config';

/** Two tabs of one browser: two services, each with its own MoneyInFlight, in one page. */
describe('SellingTab (one selling tab per browser)', () => {
  let injectors: EnvironmentInjector[];

  function tab(): { selling: SellingTab; money: MoneyInFlight } {
    const injector = createEnvironmentInjector(
      [SellingTab, MoneyInFlight, { provide: SELLING_RELEASE_GRACE_MS, useValue: 0 }],
      TestBed.inject(EnvironmentInjector),
    );
    injectors.push(injector);
    return { selling: injector.get(SellingTab), money: injector.get(MoneyInFlight) };
  }

  /** Lock grants and channel messages are asynchronous: wait for the condition, not a time. */
  async function until(condition: () => boolean): Promise<void> {
    for (let i = 0; i < 200 && !condition(); i++) {
      await new Promise((resolve) => setTimeout(resolve));
      TestBed.tick();
    }
    expect(condition()).withContext('condition not reached').toBeTrue();
  }

  /** Lets pending messages and lock callbacks run (a few event-loop turns, no clock time). */
  async function settle(): Promise<void> {
    for (let i = 0; i < 10; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      TestBed.tick();
    }
  }

  const sellers = (...tabs: SellingTab[]) => tabs.map((t) => t.isSellingTab());

  beforeEach(() => (injectors = []));

  afterEach(async () => {
    injectors.forEach((i) => i.destroy());
    // The next spec starts with the lock free.
    await settle();
    const state = await navigator.locks.query();
    expect(state.held?.filter((l) => l.name === 'kantuta.selling')).toEqual([]);
  });

  it('the first page that claims sells; a second tab is told another tab sells', async () => {
    const a = tab().selling;
    const b = tab().selling;
    expect(sellers(a, b)).toEqual([false, false]);
    a.claim();
    await until(() => a.isSellingTab());
    b.claim();
    await until(() => b.otherTabSells());
    expect(sellers(a, b)).toEqual([true, false]);
    expect(a.otherTabSells()).toBeFalse();
  });

  it('`Usar aquí` moves the selling; the previous tab then shows the message', async () => {
    const a = tab().selling;
    const b = tab().selling;
    a.claim();
    await until(() => a.isSellingTab());
    b.claim();
    await until(() => b.otherTabSells());

    b.useHere();
    await until(() => b.isSellingTab());
    expect(sellers(a, b)).toEqual([false, true]);
    expect(a.otherTabSells()).toBeTrue();

    a.useHere();
    await until(() => a.isSellingTab());
    expect(sellers(a, b)).toEqual([true, false]);
    expect(b.otherTabSells()).toBeTrue();
  });

  it('waits for the verdict the selling tab awaits before moving', async () => {
    const first = tab();
    const b = tab().selling;
    first.selling.claim();
    await until(() => first.selling.isSellingTab());
    b.claim();
    await until(() => b.otherTabSells());
    const verdict = first.money.begin();

    b.useHere();
    await until(() => b.movingHere());
    // The selling tab keeps selling while its top-up awaits the verdict.
    await settle();
    expect(sellers(first.selling, b)).toEqual([true, false]);

    verdict();
    await until(() => b.isSellingTab());
    expect(sellers(first.selling, b)).toEqual([false, true]);
    expect(b.movingHere()).toBeFalse();
  });

  it('a waiting tab takes over when the selling tab leaves its selling pages', async () => {
    const a = tab().selling;
    const b = tab().selling;
    a.claim();
    await until(() => a.isSellingTab());
    b.claim();
    await until(() => b.otherTabSells());

    a.release();
    await until(() => b.isSellingTab());
    expect(a.isSellingTab()).toBeFalse();
    expect(a.otherTabSells()).toBeFalse();
  });

  it('a tab that is closed hands the selling over', async () => {
    const a = tab().selling;
    const b = tab().selling;
    a.claim();
    await until(() => a.isSellingTab());
    b.claim();
    await until(() => b.otherTabSells());

    injectors.shift()?.destroy();
    await until(() => b.isSellingTab());
  });
});
