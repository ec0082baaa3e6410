import { ApplicationRef, Injectable, inject, signal } from '@angular/core';
import { filter, race, take, timer } from 'rxjs';

/** What the Angular service worker (ngsw) tells its pages: `VERSION_READY`, ... */
export interface SwMessage {
  type: string;
}

/**
 * The app shell's service worker (production build only), registered by hand: `kantuta-sw.js`
 * (public/), Angular's `ngsw-worker.js` with the service's traffic (`/api`, `/socket.io`) left to
 * the browser, and the same messages as `@angular/service-worker`'s `SwUpdate`, without its
 * ~2 kB in the counter's first load. A new version needs no activation call: the next page
 * load (a new client) gets it.
 */
@Injectable({ providedIn: 'root' })
export class SwVersions {
  private readonly appRef = inject(ApplicationRef);
  private readonly ready = signal(false);
  /**
   * A newer version is ready, or the cached one is broken (cured by loading the newest): the
   * worker says so once per version, so this holds it until the page loads again. A banner
   * created later (the shell is built at each sign-in, and absent from /login) still tells it.
   */
  readonly updateReady = this.ready.asReadonly();

  /** A message from the worker. */
  receive(message: SwMessage): void {
    if (message.type === 'VERSION_READY' || message.type === 'UNRECOVERABLE_STATE')
      this.ready.set(true);
  }

  /** Registers the worker once the app is stable, 30 s at the latest. */
  register(script = 'kantuta-sw.js'): void {
    const sw = typeof navigator === 'undefined' ? undefined : navigator.serviceWorker;
    if (!sw) return;
    sw.addEventListener('message', (e: MessageEvent<unknown>) => {
      const data = e.data as Partial<SwMessage> | null;
      if (data && typeof data.type === 'string') this.receive({ type: data.type });
    });
    race(this.appRef.isStable.pipe(filter(Boolean)), timer(30_000))
      .pipe(take(1))
      .subscribe(() => void sw.register(script, { scope: './' }).catch(() => undefined));
  }
}
