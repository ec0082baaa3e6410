import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { IdleQueue } from '../../testing/idle-queue';
import { StagedRenders, idleAfter, renderInStages } from './staged-render';

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
  const text = () => (fixture.nativeElement as HTMLElement).textContent?.trim();

  beforeEach(async () => {
    queue = new IdleQueue();
    queue.install();
    fixture = TestBed.createComponent(Staged);
    await fixture.whenStable();
  });

  it('renders stage 0 first, then one stage per idle moment, each after the previous rendered', async () => {
    expect(text()).toBe('stage 0');
    expect(queue.size).toBe(1);

    queue.idle();
    await fixture.whenStable();
    expect(text()).toBe('stage 1');
    // The next stage is asked only once stage 1 has rendered, never two in one idle moment.
    expect(queue.size).toBe(1);

    queue.idle();
    await fixture.whenStable();
    expect(text()).toBe('stage 2');
    expect(queue.size).toBe(0);
  });

  it('renders a stage in the idle moment itself, not in a later task with the frame', () => {
    queue.idle();
    // No await: the stage is on the page when the idle callback returns.
    expect(text()).toBe('stage 1');
  });

  it('cancels a waiting stage when the screen goes away', async () => {
    fixture.destroy();
    expect(queue.cancelled).toBe(1);
    expect(queue.size).toBe(0);
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

  it('renders in the idle moment itself', async () => {
    fixture.componentInstance.when.set(true);
    await fixture.whenStable();
    queue.idle();
    expect(text()).toBe('heavy');
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

describe('StagedRenders', () => {
  let queue: IdleQueue;
  let settled: boolean;
  const watch = (renders: StagedRenders, maxMs = 60_000) => {
    settled = false;
    void renders.whenSettled(maxMs).then(() => (settled = true));
  };
  const flush = () => new Promise((resolve) => setTimeout(resolve));

  beforeEach(() => {
    queue = new IdleQueue();
    queue.install();
  });

  it('settles once a screen has rendered its last stage and the page is then idle', async () => {
    const renders = TestBed.inject(StagedRenders);
    const fixture = TestBed.createComponent(Staged);
    await fixture.whenStable();
    watch(renders);
    for (const stage of [1, 2]) {
      queue.idle(); // renders the next stage
      await fixture.whenStable();
      await flush();
      expect(settled).withContext(`after stage ${stage}`).toBeFalse();
    }
    queue.idle(); // the idle moment after the last stage
    await flush();
    expect(settled).toBeTrue();
  });

  it('settles at the next idle moment when no screen is being built, not before', async () => {
    watch(TestBed.inject(StagedRenders));
    await flush();
    expect(settled).toBeFalse();
    queue.idle();
    await flush();
    expect(settled).toBeTrue();
  });

  it('settles when the screen goes away with stages left, and after its time limit at the latest', async () => {
    const renders = TestBed.inject(StagedRenders);
    const fixture = TestBed.createComponent(Staged);
    await fixture.whenStable();
    watch(renders);
    fixture.destroy();
    queue.idle();
    await flush();
    expect(settled).toBeTrue();

    const end = renders.begin(); // a screen that never finishes (a hidden tab renders nothing)
    expect(renders.building).toBeTrue();
    watch(renders, 20);
    queue.idle();
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(settled).toBeTrue();
    end();
    expect(renders.building).toBeFalse();
    expect(queue.size).toBe(0); // a wait that ended on its time limit is not kept
    end(); // twice is once: the next screen's count is not spoiled
    const other = renders.begin();
    watch(renders);
    queue.idle();
    await flush();
    expect(settled).toBeFalse();
    other();
    queue.idle();
    await flush();
    expect(settled).toBeTrue();
  });
});
