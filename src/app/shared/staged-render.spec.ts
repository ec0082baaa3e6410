import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { IdleQueue } from '../../testing/idle-queue';
import { Foreground } from './foreground';
import { idleAfter, renderInStages } from './staged-render';

@Component({
  template: `<p>stage {{ stage() }}</p>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Staged {
  readonly stage = renderInStages(2);
}

@Component({
  template: `@if (shown()) {
    <p>heavy</p>
  }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class AfterIdle {
  readonly when = signal(false);
  readonly shown = idleAfter(this.when);
}

describe('renderInStages', () => {
  let queue: IdleQueue;
  let fixture: ComponentFixture<Staged>;
  let busy: boolean[];
  const text = () => (fixture.nativeElement as HTMLElement).textContent?.trim();
  const painted = () =>
    new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

  beforeEach(async () => {
    queue = new IdleQueue();
    queue.install();
    busy = [];
    TestBed.inject(Foreground).busy$.subscribe((b) => busy.push(b));
    fixture = TestBed.createComponent(Staged);
    await fixture.whenStable();
  });

  it('renders stage 0 first, then one stage per idle moment, each after the previous was painted', async () => {
    expect(text()).toBe('stage 0');
    expect(queue.size).toBe(1);

    queue.idle();
    await fixture.whenStable();
    expect(text()).toBe('stage 1');
    // The next stage is asked only once stage 1 is on screen, never two in one idle moment.
    expect(queue.size).toBe(0);
    await painted();
    await painted();
    expect(queue.size).toBe(1);

    queue.idle();
    await fixture.whenStable();
    expect(text()).toBe('stage 2');
    await painted();
    await painted();
    expect(queue.size).toBe(0);
  });

  it('is a foreground render from each stage until it was painted', async () => {
    expect(busy).toEqual([false]);
    queue.idle();
    expect(busy).toEqual([false, true]);
    await fixture.whenStable();
    expect(busy).toEqual([false, true]);
    await painted();
    await painted();
    expect(busy).toEqual([false, true, false]);
  });

  it('cancels a waiting stage when the screen goes away', async () => {
    fixture.destroy();
    expect(queue.cancelled).toBe(1);
    expect(queue.size).toBe(0);
  });

  it('ends its foreground render when the screen goes away mid-stage', async () => {
    queue.idle();
    await fixture.whenStable();
    fixture.destroy();
    expect(busy).toEqual([false, true, false]);
  });
});

describe('idleAfter', () => {
  let queue: IdleQueue;
  let fixture: ComponentFixture<AfterIdle>;
  const text = () => (fixture.nativeElement as HTMLElement).textContent?.trim();

  beforeEach(async () => {
    queue = new IdleQueue();
    queue.install();
    fixture = TestBed.createComponent(AfterIdle);
    await fixture.whenStable();
  });

  it('stays false until the source is true and the page has been idle once', async () => {
    expect(queue.size).toBe(0);
    fixture.componentInstance.when.set(true);
    await fixture.whenStable();
    expect(text()).toBe('');
    expect(queue.size).toBe(1);

    queue.idle();
    await fixture.whenStable();
    expect(text()).toBe('heavy');
  });

  it('turns false with the source, and a source that flips back before idle shows nothing', async () => {
    fixture.componentInstance.when.set(true);
    await fixture.whenStable();
    fixture.componentInstance.when.set(false);
    await fixture.whenStable();
    expect(queue.cancelled).toBe(1);
    queue.idle();
    await fixture.whenStable();
    expect(text()).toBe('');

    fixture.componentInstance.when.set(true);
    await fixture.whenStable();
    queue.idle();
    await fixture.whenStable();
    expect(text()).toBe('heavy');
    fixture.componentInstance.when.set(false);
    await fixture.whenStable();
    expect(text()).toBe('');
  });
});
