import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  DataChangedEvent,
  DataChangedService,
  REALTIME_SOCKET,
  RealtimeSocket,
} from './data-changed.service';

/** A socket whose server side the spec plays: `emit` calls what the app listens to. */
class FakeSocket implements RealtimeSocket {
  private readonly listeners = new Map<string, ((...args: never[]) => void)[]>();
  disconnected = false;
  on(event: string, listener: (...args: never[]) => void): void {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
  }
  emit(event: string, ...args: unknown[]): void {
    for (const l of this.listeners.get(event) ?? []) (l as (...a: unknown[]) => void)(...args);
  }
  disconnect(): void {
    this.disconnected = true;
  }
}

/** Lets pending promise callbacks run (no timers involved). */
const settle = () => new Promise<void>((resolve) => queueMicrotask(resolve)).then(() => null);
async function settleAll(): Promise<void> {
  for (let i = 0; i < 10; i++) await settle();
}

describe('DataChangedService (API mode)', () => {
  let socket: FakeSocket;
  let open: jasmine.Spy<() => Promise<RealtimeSocket>>;
  let idle: (() => void)[];

  beforeEach(() => {
    socket = new FakeSocket();
    open = jasmine.createSpy('open').and.callFake(() => Promise.resolve(socket));
    idle = [];
    spyOn(window, 'requestIdleCallback').and.callFake((cb: IdleRequestCallback) => {
      idle.push(() => cb({ didTimeout: false, timeRemaining: () => 50 }));
      return idle.length;
    });
    TestBed.configureTestingModule({ providers: [{ provide: REALTIME_SOCKET, useValue: open }] });
  });

  async function untilIdleRequested(): Promise<void> {
    TestBed.inject(DataChangedService);
    await TestBed.inject(ApplicationRef).whenStable();
    await settleAll();
  }

  it('opens the socket only at an idle moment after the app is stable', async () => {
    await untilIdleRequested();
    expect(idle.length).toBe(1);
    expect(open).not.toHaveBeenCalled();

    idle[0]();
    await settleAll();
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('passes on dataChanged, and asks for a re-read after a reconnection only', async () => {
    const events: DataChangedEvent[] = [];
    TestBed.inject(DataChangedService).events$.subscribe((e) => events.push(e));
    await untilIdleRequested();
    idle[0]();
    await settleAll();

    socket.emit('connect');
    socket.emit('dataChanged', { entity: 'caja', action: 'saldo_actualizado' });
    socket.emit('connect');

    expect(events).toEqual([
      { entity: 'caja', action: 'saldo_actualizado' },
      { entity: 'socket', action: 'reconectado' },
    ]);
  });

  it('never opens a socket once the app is gone', async () => {
    await untilIdleRequested();
    TestBed.resetTestingModule();
    idle[0]();
    await settleAll();
    expect(open).not.toHaveBeenCalled();
  });

  it('closes the socket when the app is destroyed', async () => {
    await untilIdleRequested();
    idle[0]();
    await settleAll();
    TestBed.resetTestingModule();
    expect(socket.disconnected).toBeTrue();
  });
});
