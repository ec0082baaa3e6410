import { HttpTestingController, TestRequest } from '@angular/common/http/testing';

/**
 * One turn of the browser's event loop through a MessageChannel: IndexedDB callbacks and
 * other macrotasks get to run, and neither real time nor jasmine's mocked clock is involved.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Waits for a condition (not for a time): yields event-loop turns until `condition()` holds,
 * and fails the spec, naming `what`, if it never does.
 */
export async function until(
  condition: () => unknown | Promise<unknown>,
  what = 'the condition',
): Promise<void> {
  // performance.now(), not Date: jasmine's mocked clock does not stop this deadline.
  const deadline = performance.now() + 5000;
  while (!(await condition())) {
    if (performance.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await nextTask();
  }
}

/** The one request matching `match`, once it has been sent (the spec fails if two are). */
export async function sent(
  ctrl: HttpTestingController,
  match: string | { method?: string; url?: string },
): Promise<TestRequest> {
  let found: TestRequest[] = [];
  await until(
    () => (found = ctrl.match(match)).length > 0,
    `a request to ${JSON.stringify(match)}`,
  );
  expect(found.length)
    .withContext(`requests to ${JSON.stringify(match)}`)
    .toBe(1);
  return found[0];
}

/**
 * A few turns of the event loop: enough for promise chains (a lazily imported module already
 * loaded, an IndexedDB write) to finish, so that "nothing happened" is worth asserting.
 */
export async function turns(n = 10): Promise<void> {
  for (let i = 0; i < n; i++) await nextTask();
}
