import { DestroyRef } from '@angular/core';
import {
  AsyncSubject,
  BehaviorSubject,
  Observable,
  filter,
  switchMap,
  take,
  throwError,
} from 'rxjs';

/** A stale history shown on screen is read again at most this often (from download starts). */
export const STALE_REFRESH_MS = 60_000;

/**
 * When a stale history is read again: only while a screen that shows it is attached, at most
 * once a minute counted from the last download's start, and only when `due()` says so (stale,
 * loaded, no download running). `check()` after anything that may make it due.
 */
export class RefreshPolicy {
  private viewers = 0;
  private lastStart = -Infinity;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly due: () => boolean,
    private readonly refresh: () => void,
  ) {}

  attach(destroyRef: DestroyRef): void {
    this.viewers++;
    destroyRef.onDestroy(() => {
      this.viewers--;
      if (this.viewers === 0) this.cancel();
    });
    this.check();
  }

  /** Whether a screen that shows the history is attached now. */
  get watched(): boolean {
    return this.viewers > 0;
  }

  /** A download started (any: explicit, fresh read or refresh). */
  started(): void {
    this.cancel();
    this.lastStart = Date.now();
  }

  check(): void {
    this.cancel();
    if (this.viewers === 0 || !this.due()) return;
    const wait = this.lastStart + STALE_REFRESH_MS - Date.now();
    if (wait > 0) this.timer = setTimeout(() => this.check(), wait);
    else this.refresh();
  }

  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}

interface Run {
  seq: number;
  done: Observable<void>;
}

/**
 * Numbers the downloads, so a caller can wait for the first one that started at or after a
 * moment (`next` read then), whichever caller started it.
 */
export class RunLog {
  private seq = 0;
  private readonly runs = new BehaviorSubject<Run | null>(null);

  /** The number the next download will get. */
  get next(): number {
    return this.seq + 1;
  }

  begin(): AsyncSubject<void> {
    const done = new AsyncSubject<void>();
    this.runs.next({ seq: ++this.seq, done });
    return done;
  }

  /** Completes with the first download numbered `min` or later (fails with it). */
  from(min: number): Observable<void> {
    return this.runs.pipe(
      filter((run): run is Run => run !== null && run.seq >= min),
      take(1),
      switchMap((run) => run.done),
    );
  }

  /** Fails everybody still waiting (the store was cleared). */
  discard(error: Error): void {
    this.runs.next({ seq: Infinity, done: throwError(() => error) });
    this.runs.next(null);
  }
}
