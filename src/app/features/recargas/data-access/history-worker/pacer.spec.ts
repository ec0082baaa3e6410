import { MAX_HOLD_MS, Pacer } from './pacer';

describe('Pacer (the worker stepping aside for the page)', () => {
  let pacer: Pacer;
  let woken: number;
  const waitOn = () => {
    const wait = pacer.wait();
    if (wait) void wait.then(() => woken++);
    return wait;
  };
  const flush = () => Promise.resolve();

  beforeEach(() => {
    jasmine.clock().install();
    pacer = new Pacer();
    woken = 0;
  });
  afterEach(() => jasmine.clock().uninstall());

  it('lets a parse go on in the same task when nothing is held', () => {
    expect(pacer.wait()).toBeUndefined();
    pacer.hold(0);
    expect(pacer.wait()).toBeUndefined();
  });

  it('holds every waiting parse until the page releases it', async () => {
    pacer.hold(100);
    expect(waitOn()).toBeDefined();
    expect(waitOn()).toBeDefined();
    jasmine.clock().tick(40);
    await flush();
    expect(woken).toBe(0);
    pacer.hold(0);
    await flush();
    expect(woken).toBe(2);
    expect(pacer.wait()).toBeUndefined();
  });

  it('goes on by itself when the hold runs out, a lost release costing no more', async () => {
    pacer.hold(30);
    waitOn();
    jasmine.clock().tick(29);
    await flush();
    expect(woken).toBe(0);
    jasmine.clock().tick(1);
    await flush();
    expect(woken).toBe(1);

    pacer.hold(60_000);
    waitOn();
    jasmine.clock().tick(MAX_HOLD_MS);
    await flush();
    expect(woken).toBe(2);
  });

  it('takes the later of two holds as the one that counts', async () => {
    pacer.hold(30);
    pacer.hold(100);
    waitOn();
    jasmine.clock().tick(30);
    await flush();
    expect(woken).toBe(0);
    jasmine.clock().tick(70);
    await flush();
    expect(woken).toBe(1);
  });
});
