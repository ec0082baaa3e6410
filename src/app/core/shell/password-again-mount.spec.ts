import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Subject } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { IdleLock } from '../auth/idle-lock.service';
import { LazyDialog } from '../lazy-dialog';
import { PasswordAgainData } from './password-again-dialog';
import { mountPasswordAgainDialogs } from './password-again-mount';

@Component({ selector: 'app-host', template: '' })
class Host {
  constructor() {
    mountPasswordAgainDialogs();
  }
}

describe('mountPasswordAgainDialogs', () => {
  let opened: { reason: PasswordAgainData['reason']; closed: Subject<void> }[];
  const locked = signal(false);
  const reloginRequired = signal(false);

  beforeEach(() => {
    opened = [];
    locked.set(false);
    reloginRequired.set(false);
    TestBed.configureTestingModule({
      providers: [
        { provide: IdleLock, useValue: { locked } },
        { provide: AuthService, useValue: { reloginRequired } },
        {
          provide: LazyDialog,
          useValue: {
            open: (_load: unknown, config: { data: PasswordAgainData }) => {
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
