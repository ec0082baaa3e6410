/** The browser's idle callbacks, run by the spec when it says the page is idle. */
export class IdleQueue {
  private readonly pending = new Map<number, IdleRequestCallback>();
  private next = 1;
  cancelled = 0;

  install(): void {
    spyOn(window, 'requestIdleCallback').and.callFake((run: IdleRequestCallback) => {
      const id = this.next++;
      this.pending.set(id, run);
      return id;
    });
    spyOn(window, 'cancelIdleCallback').and.callFake((id: number) => {
      if (this.pending.delete(id)) this.cancelled++;
    });
  }

  get size(): number {
    return this.pending.size;
  }

  /** The page is idle: every callback asked so far runs. */
  idle(): void {
    const runs = [...this.pending.values()];
    this.pending.clear();
    for (const run of runs) run({ didTimeout: false, timeRemaining: () => 50 });
  }
}
