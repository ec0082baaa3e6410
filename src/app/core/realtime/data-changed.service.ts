import { ApplicationRef, DestroyRef, Injectable, InjectionToken, inject } from '@angular/core';
import { Observable, Subject, fromEvent, map, merge } from 'rxjs';
import { backendMode } from '../../backend';
import { MOCK_DATA_CHANGED_EVENT } from '../mock-control';

export interface DataChangedEvent {
  entity: string;
  action: string;
}

/** What the app uses of a Socket.IO client socket. */
export interface RealtimeSocket {
  on(event: string, listener: (...args: never[]) => void): unknown;
  disconnect(): unknown;
}

/**
 * Opens the service's socket: same origin, path `/socket.io` (the proxy and the production
 * server route it to the service). socket.io-client is a dynamic import, so it is not part of
 * the counter's first load.
 */
export const REALTIME_SOCKET = new InjectionToken<() => Promise<RealtimeSocket>>(
  'REALTIME_SOCKET',
  {
    providedIn: 'root',
    factory: () => async () => {
      const { io } = await import('socket.io-client');
      return io({ path: '/socket.io', transports: ['websocket', 'polling'] });
    },
  },
);

/** Longest wait for the app's first stable moment (a 64 MB history keeps it busy). */
export const CONNECT_AT_LATEST_MS = 10_000;

/**
 * After a reconnection, events sent while the socket was down are lost: this one tells the
 * stores to read again, as any `dataChanged` does.
 */
export const RECONNECTED_EVENT: DataChangedEvent = { entity: 'socket', action: 'reconectado' };

/**
 * The service's `dataChanged` Socket.IO event (any cashier's sale changes balances), or the
 * mock's in-page equivalent. In API mode the socket connects once the first screen is done
 * (the app stable, then an idle moment), so its code never delays the counter.
 */
@Injectable({ providedIn: 'root' })
export class DataChangedService {
  private readonly local = new Subject<DataChangedEvent>();
  readonly events$: Observable<DataChangedEvent>;

  constructor() {
    if (backendMode === 'mock') {
      const mockEvents = fromEvent<CustomEvent<DataChangedEvent>>(
        window,
        MOCK_DATA_CHANGED_EVENT,
      ).pipe(map((e) => e.detail));
      this.events$ = merge(mockEvents, this.local);
    } else {
      this.events$ = this.local.asObservable();
      this.connectWhenIdle();
    }
  }

  private connectWhenIdle(): void {
    const open = inject(REALTIME_SOCKET);
    const appRef = inject(ApplicationRef);
    let destroyed = false;
    let socket: RealtimeSocket | null = null;
    inject(DestroyRef).onDestroy(() => {
      destroyed = true;
      socket?.disconnect();
    });
    const stable = Promise.race([
      appRef.whenStable(),
      new Promise<void>((resolve) => setTimeout(resolve, CONNECT_AT_LATEST_MS)),
    ]);
    void stable
      .then(() => whenIdle())
      .then(() => (destroyed ? null : open()))
      .then((s) => {
        if (!s) return;
        if (destroyed) {
          s.disconnect();
          return;
        }
        socket = s;
        let connectedBefore = false;
        s.on('connect', () => {
          if (connectedBefore) this.local.next(RECONNECTED_EVENT);
          connectedBefore = true;
        });
        s.on('dataChanged', (event: DataChangedEvent) => this.local.next(event));
      });
  }
}

/** The browser's next idle moment (at most 2 s away); a short timer where there is no such API. */
function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout: 2000 });
    else setTimeout(resolve, 200);
  });
}
