import { ApplicationRef, Injectable, inject } from '@angular/core';
import { Observable, Subject, filter, race, take, timer } from 'rxjs';

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
  private readonly messages = new Subject<SwMessage>();
  readonly events$: Observable<SwMessage> = this.messages.asObservable();

  /** Registers the worker once the app is stable, 30 s at the latest. */
  register(script = 'kantuta-sw.js'): void {
    const sw = typeof navigator === 'undefined' ? undefined : navigator.serviceWorker;
    if (!sw) return;
    sw.addEventListener('message', (e: MessageEvent<unknown>) => {
      const data = e.data as Partial<SwMessage> | null;
      if (data && typeof data.type === 'string') this.messages.next({ type: data.type });
    });
    race(this.appRef.isStable.pipe(filter(Boolean)), timer(30_000))
      .pipe(take(1))
      .subscribe(() => void sw.register(script, { scope: './' }).catch(() => undefined));
  }
}
