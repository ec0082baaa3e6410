import { DestroyRef, Injectable, inject } from '@angular/core';
import { Observable, Subject, fromEvent, map, merge } from 'rxjs';
import { backendMode } from '../../backend';
import { MOCK_DATA_CHANGED_EVENT } from '../mock-control';

export interface DataChangedEvent {
  entity: string;
  action: string;
}

/**
 * The service's `dataChanged` Socket.IO event (any cashier's sale changes balances), or the
 * mock's in-page equivalent. socket.io-client is loaded lazily, only in API mode.
 */
@Injectable({ providedIn: 'root' })
export class DataChangedService {
  private readonly local = new Subject<DataChangedEvent>();
  readonly events$: Observable<DataChangedEvent>;

  constructor() {
    const destroyRef = inject(DestroyRef);
    if (backendMode === 'mock') {
      const mockEvents = fromEvent<CustomEvent<DataChangedEvent>>(
        window,
        MOCK_DATA_CHANGED_EVENT,
      ).pipe(map((e) => e.detail));
      this.events$ = merge(mockEvents, this.local);
    } else {
      this.events$ = this.local.asObservable();
      void this.connectSocket(destroyRef);
    }
  }

  private async connectSocket(destroyRef: DestroyRef): Promise<void> {
    const { io } = await import('socket.io-client');
    const socket = io({ path: '/socket.io', transports: ['websocket', 'polling'] });
    socket.on('dataChanged', (event: DataChangedEvent) => this.local.next(event));
    destroyRef.onDestroy(() => socket.disconnect());
  }
}
