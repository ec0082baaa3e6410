import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Subject } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { IdleLock } from '../auth/idle-lock.service';
import { NetworkStatus } from '../http/network-status';
import { LazyDialog } from '../lazy-dialog';
import { PasswordAgainData } from './password-again-dialog';
import {
  PASSWORD_AGAIN_PREFETCH_MS,
  PASSWORD_AGAIN_RETRY_MS,
  mountPasswordAgainDialogs,
} from './password-again-mount';

/** Lets the promise callbacks of a dialog's open run. */
const settle = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

@Component({ selector: 'app-host', template: '' })
class Host {
  constructor() {
    mountPasswordAgainDialogs();
  }
}

describe('mountPasswordAgainDialogs', () => {
  let opened: { reason: PasswordAgainData['reason']; closed: Subject<void> }[];
  /** Fetches of the dialog's code that fail from now on (no connection). */
  let failing: number;
  let loads: number;
  const locked = signal(false);
  const reloginRequired = signal(false);
  const offline = signal(false);

  beforeEach(() => {
    opened = [];
    failing = 0;
    loads = 0;
    locked.set(false);
    reloginRequired.set(false);
    offline.set(false);
    jasmine.clock().install();
    TestBed.configureTestingModule({
      providers: [
        { provide: IdleLock, useValue: { locked } },
        { provide: AuthService, useValue: { reloginRequired } },
        { provide: NetworkStatus, useValue: { offline } },
        {
          provide: LazyDialog,
          useValue: {
            load: () => {
              loads++;
              return Promise.resolve();
            },
            open: (_load: unknown, config: { data: PasswordAgainData }) => {
              if (failing > 0) {
                failing--;
                return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
              }
              const closed = new Subject<void>();
              opened.push({ reason: config.data.reason, closed });
              return Promise.resolve({ afterClosed: () => closed });
            },
          },
        },
      ],
    });
    TestBed.createComponent(Host);
    TestBed.tick();
  });

  afterEach(() => jasmine.clock().uninstall());

  it('a lock whose dialog code could not be fetched (no connection) opens once it can be', async () => {
    failing = 2;
    locked.set(true);
    TestBed.tick();
    await settle();
    expect(opened).toEqual([]);
    jasmine.clock().tick(PASSWORD_AGAIN_RETRY_MS);
    await settle();
    expect(opened).toEqual([]); // still no connection
    jasmine.clock().tick(PASSWORD_AGAIN_RETRY_MS);
    await settle();
    expect(opened.map((o) => o.reason)).toEqual(['locked']);
    jasmine.clock().tick(10 * PASSWORD_AGAIN_RETRY_MS);
    await settle();
    expect(opened.length).toBe(1); // one dialog, not one per try
  });

  it('stops trying when the reason is gone', async () => {
    failing = 1;
    reloginRequired.set(true);
    TestBed.tick();
    await settle();
    reloginRequired.set(false);
    TestBed.tick();
    jasmine.clock().tick(PASSWORD_AGAIN_RETRY_MS);
    await settle();
    expect(opened).toEqual([]);
  });

  it("fetches the dialog's code ahead only once the connection is up", async () => {
    offline.set(true);
    jasmine.clock().tick(PASSWORD_AGAIN_PREFETCH_MS);
    TestBed.tick();
    await new Promise((idle) => requestIdleCallback(idle));
    expect(loads).toBe(0);
    offline.set(false);
    TestBed.tick();
    await new Promise((idle) => requestIdleCallback(idle));
    expect(loads).toBe(1);
  });

  it("fetches the dialog's code ahead once the shell has settled", async () => {
    jasmine.clock().tick(PASSWORD_AGAIN_PREFETCH_MS - 1);
    await new Promise((idle) => requestIdleCallback(idle));
    expect(loads).toBe(0);
    jasmine.clock().tick(1);
    TestBed.tick();
    await new Promise((idle) => requestIdleCallback(idle)); // the page's next idle moment
    expect(loads).toBe(1);
  });

  it('asks for the password when the page locks, and when the tokens are refused', () => {
    locked.set(true);
    TestBed.tick();
    expect(opened.map((o) => o.reason)).toEqual(['locked']);
    locked.set(false);
    reloginRequired.set(true);
    TestBed.tick();
    expect(opened.map((o) => o.reason)).toEqual(['locked', 'expired']);
  });

  it('never opens "Tu sesión expiró" over the lock: its e-mail field would let another person in', async () => {
    locked.set(true);
    reloginRequired.set(true); // the tokens ran out while the page was locked
    TestBed.tick();
    expect(opened.map((o) => o.reason)).toEqual(['locked']);
    // Unlocked with the same user's password, which renews the tokens.
    reloginRequired.set(false);
    locked.set(false);
    await Promise.resolve();
    opened[0].closed.next();
    TestBed.tick();
    expect(opened.map((o) => o.reason)).toEqual(['locked']);
  });
});
