import { TestBed } from '@angular/core/testing';
import { Foreground, afterNextPaint } from './foreground';

describe('Foreground', () => {
  let foreground: Foreground;
  let seen: boolean[];

  beforeEach(() => {
    foreground = TestBed.inject(Foreground);
    seen = [];
    foreground.busy$.subscribe((busy) => seen.push(busy));
  });

  it('is busy from the first render begun until the last one ended', () => {
    expect(seen).toEqual([false]);
    const a = foreground.begin();
    const b = foreground.begin();
    a();
    expect(seen).toEqual([false, true]);
    b();
    expect(seen).toEqual([false, true, false]);
  });

  it('counts a render ended twice once', () => {
    const a = foreground.begin();
    const b = foreground.begin();
    a();
    a();
    expect(seen).toEqual([false, true]);
    b();
    expect(seen).toEqual([false, true, false]);
  });
});

describe('afterNextPaint', () => {
  const frameRendered = () =>
    new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

  it('runs once the next frame has been rendered, not before', async () => {
    const run = jasmine.createSpy('run');
    afterNextPaint(run);
    await Promise.resolve();
    expect(run).not.toHaveBeenCalled();
    await frameRendered();
    await frameRendered();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs nothing once cancelled', async () => {
    const run = jasmine.createSpy('run');
    afterNextPaint(run)();
    await frameRendered();
    await frameRendered();
    expect(run).not.toHaveBeenCalled();
  });

  it('runs anyway when no frame comes (a hidden tab), once', () => {
    jasmine.clock().install();
    try {
      spyOn(window, 'requestAnimationFrame').and.returnValue(1);
      const run = jasmine.createSpy('run');
      afterNextPaint(run);
      jasmine.clock().tick(99);
      expect(run).not.toHaveBeenCalled();
      jasmine.clock().tick(1);
      expect(run).toHaveBeenCalledTimes(1);
    } finally {
      jasmine.clock().uninstall();
    }
  });
});
