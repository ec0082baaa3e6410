import {
  ApplicationRef,
  DestroyRef,
  Injectable,
  Injector,
  Signal,
  afterNextRender,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';

/** How long a stage may wait for the page to be idle. */
const IDLE_TIMEOUT_MS = 200;

/**
 * A screen too heavy to render in one task (a task over 50 ms freezes the page) shown in
 * stages: `stage()` is 0 at the first render, then 1, 2, … up to `stages`, each set when the
 * page is next idle after the previous stage has rendered, so each renders in a task of its
 * own (`@if (stage() >= 1) { … }`). Unlike `@defer`, it adds no lazy chunk and no defer runtime
 * to the first load. Call it in an injection context (a component's field).
 */
export function renderInStages(stages: number): Signal<number> {
  const stage = signal(0);
  const injector = inject(Injector);
  const app = inject(ApplicationRef);
  const end = inject(StagedRenders).begin();
  let cancel: (() => void) | null = null;
  const next = () => {
    if (stage() >= stages) {
      end(); // the last stage has rendered
      return;
    }
    cancel = whenIdle(() => {
      cancel = null;
      stage.update((s) => s + 1);
      afterNextRender(next, { injector });
      renderNow(app);
    });
  };
  afterNextRender(next, { injector });
  inject(DestroyRef).onDestroy(() => {
    cancel?.();
    end();
  });
  return stage.asReadonly();
}

/**
 * The page's staged renders that still have a stage to show (renderInStages). Work that would
 * compete with them for the machine's cores can wait for them: the history's download holds its
 * parse after the first rows until the screen is built (see HistoryDownloader).
 */
@Injectable({ providedIn: 'root' })
export class StagedRenders {
  private pending = 0;
  private waiting: (() => void)[] = [];

  /** A staged render begins; the function returned ends it (once). */
  begin(): () => void {
    this.pending++;
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      if (--this.pending > 0) return;
      const waiting = this.waiting;
      this.waiting = [];
      for (const run of waiting) run();
    };
  }

  /** True while some staged render has a stage left to show. */
  get building(): boolean {
    return this.pending > 0;
  }

  /**
   * Resolves at the page's first idle moment once no staged render has a stage left (the last
   * stage's render done), or after `maxMs` whatever is left (a hidden tab renders little).
   */
  whenSettled(maxMs: number): Promise<void> {
    return new Promise((resolve) => {
      let cancelIdle: (() => void) | null = null;
      const timer = setTimeout(() => finish(), maxMs);
      const idle = () => (cancelIdle = whenIdle(finish));
      const finish = () => {
        clearTimeout(timer);
        cancelIdle?.();
        this.waiting = this.waiting.filter((run) => run !== idle);
        resolve();
      };
      if (this.pending === 0) idle();
      else this.waiting.push(idle);
    });
  }
}

/**
 * True from the page's first idle moment after `when()` turned true, false again with it: what
 * follows a change and is heavy to render (the chart after the totals) gets a task of its own.
 * Call it in an injection context.
 */
export function idleAfter(when: Signal<boolean>): Signal<boolean> {
  const ready = signal(false);
  const app = inject(ApplicationRef);
  let cancel: (() => void) | null = null;
  effect(() => {
    const on = when();
    untracked(() => {
      cancel?.();
      cancel = null;
      if (!on) ready.set(false);
      else if (!ready())
        cancel = whenIdle(() => {
          cancel = null;
          ready.set(true);
          renderNow(app);
        });
    });
  });
  inject(DestroyRef).onDestroy(() => cancel?.());
  return ready.asReadonly();
}

/**
 * Renders what the idle callback changed in its own task. Left to the scheduler, the render
 * often runs in the next animation frame, where the browser's style, layout and paint of the
 * new part follow in the same task: one task of both, where these are two.
 */
function renderNow(app: ApplicationRef): void {
  app.tick();
}

/** Runs `run` when the page is next idle (within IDLE_TIMEOUT_MS); returns its cancel. */
export function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run);
  return () => clearTimeout(id);
}
