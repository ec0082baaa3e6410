import { Injectable } from '@angular/core';
import { BehaviorSubject, Observable, distinctUntilChanged, map } from 'rxjs';

/**
 * The page saying "I am rendering now": background work on this machine's other core (the
 * history worker's parse) steps aside meanwhile, so the page's own tasks are not stretched
 * while they wait for a core. Measured at 100,000 rows on two cores: a staged render of 10-15
 * ms of CPU took 20-90 ms of wall time beside the parse, and 13-27 ms with the parse held.
 * Renders nest: the page is busy until the last one has ended.
 */
@Injectable({ providedIn: 'root' })
export class Foreground {
  private readonly renders = new BehaviorSubject(0);

  /** True while at least one render is under way; emits only on a change. */
  readonly busy$: Observable<boolean> = this.renders.pipe(
    map((n) => n > 0),
    distinctUntilChanged(),
  );

  /** A render starts; call the returned function (once or more) when it has been painted. */
  begin(): () => void {
    let ended = false;
    this.renders.next(this.renders.value + 1);
    return () => {
      if (ended) return;
      ended = true;
      this.renders.next(this.renders.value - 1);
    };
  }
}

/** A hidden tab renders no frames: past this, afterNextPaint runs anyway. */
const PAINT_TIMEOUT_MS = 100;

/**
 * Runs `run` once the next frame has been rendered (style, layout and paint included), or
 * after PAINT_TIMEOUT_MS when no frame comes: an animation frame's callback comes before its
 * rendering, a message posted from it after. Returns its cancel.
 */
export function afterNextPaint(run: () => void): () => void {
  let pending = true;
  const done = () => {
    if (!pending) return;
    cancel();
    run();
  };
  const frame = requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      done();
    };
    channel.port2.postMessage(null);
  });
  const timer = setTimeout(done, PAINT_TIMEOUT_MS);
  function cancel() {
    pending = false;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  }
  return cancel;
}
