/**
 * One-shot faults for the fault-injection suite. `dropAfterApply` and `{ delayMs }` apply the
 * change and then lose or delay the answer; the others refuse before any change.
 */
export type Fault =
  | 'dropAfterApply'
  | 'dropBeforeApply'
  | 'unauthorized'
  | { status: 500 | 502 | 503 | 504 }
  /** A refusal with a chosen message (e.g. HTML, to prove the app shows it as text). */
  | { status: 400; message: string | string[] }
  | { delayMs: number }
  /**
   * `commit-late`: the answer is lost at once and the operation is applied this much later,
   * as the service does when a POST waits for row locks after the client gave up.
   */
  | { commitLateMs: number };

export interface FaultControl {
  /**
   * Queues a fault for the next request matching `pattern`: `"POST /recargas/cliente"`, or a
   * path alone (any method); `*` stands for part of one path segment, as in
   * `"GET /cajas/sesion-activa/*"`. The `/api` prefix is optional.
   */
  next(pattern: string, fault: Fault): void;
  /** Every /api request fails as a network error while on. */
  offline(on: boolean): void;
  clear(): void;
  /** How many queued faults have not fired yet. */
  pending(): number;
}

interface Queued {
  method: string | null;
  path: RegExp;
  fault: Fault;
}

export class FaultQueue implements FaultControl {
  private queue: Queued[] = [];
  private isOffline = false;

  next(pattern: string, fault: Fault): void {
    const [first, second] = pattern.trim().split(/\s+/);
    const method = second === undefined ? null : first.toUpperCase();
    const path = (second ?? first).replace(/^\/api(?=\/)/, '');
    const source = path
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^/]*');
    this.queue.push({ method, path: new RegExp(`^${source}/?$`), fault });
  }

  offline(on: boolean): void {
    this.isOffline = on;
  }

  clear(): void {
    this.queue = [];
    this.isOffline = false;
  }

  pending(): number {
    return this.queue.length;
  }

  get offlineNow(): boolean {
    return this.isOffline;
  }

  /** Removes and returns the first fault queued for this request, if any. */
  take(method: string, path: string): Fault | null {
    const index = this.queue.findIndex(
      (q) => (q.method === null || q.method === method.toUpperCase()) && q.path.test(path),
    );
    return index < 0 ? null : this.queue.splice(index, 1)[0].fault;
  }
}
