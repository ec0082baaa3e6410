import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { LOGIN_OK_BODY, errorBody } from '../../../testing/fixtures';
import { apiTestingProviders } from '../../../testing/providers';
import { ApiError } from '../http/api-error';
import { MOCK_CONTROL, MockControl } from '../mock-control';
import { AUTH_STORAGE_KEY } from './auth.service';
import { IDLE_LOCK_MINUTES } from './idle-lock.config';
import { IdleLock } from './idle-lock.service';
import { SignOut } from './sign-out';

const MINUTE = 60_000;

describe('IdleLock', () => {
  let lock: IdleLock;
  let http: HttpTestingController;
  let force: jasmine.Spy;

  function start(extra: unknown[] = []): void {
    force = jasmine.createSpy('force').and.resolveTo(true);
    TestBed.configureTestingModule({
      providers: [...apiTestingProviders(), { provide: SignOut, useValue: { force } }, ...extra],
    });
    lock = TestBed.inject(IdleLock);
    http = TestBed.inject(HttpTestingController);
    TestBed.tick();
  }

  function unlockWith(password: string): ApiError | 'unlocked' {
    let outcome: ApiError | 'unlocked' | null = null;
    lock.unlock(password).subscribe({
      next: () => (outcome = 'unlocked'),
      error: (e: ApiError) => (outcome = e),
    });
    const req = http.expectOne('/api/auth/login');
    expect(req.request.body).toEqual({ email: 'carla@kantuta.bo', password });
    if (password === 'cajero123') req.flush(LOGIN_OK_BODY);
    else
      req.flush(errorBody(401, '/auth/login', 'Contraseña incorrecta', 'Unauthorized'), {
        status: 401,
        statusText: 'Unauthorized',
      });
    TestBed.tick();
    return outcome!;
  }

  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
    sessionStorage.setItem(
      AUTH_STORAGE_KEY,
      JSON.stringify({
        accessToken: 'a',
        refreshToken: 'r',
        user: { id: 3, name: 'Carla', role: 'cajero' },
        email: 'carla@kantuta.bo',
      }),
    );
    jasmine.clock().install();
    jasmine.clock().mockDate(new Date('2026-11-25T14:00:00Z'));
  });

  afterEach(() => {
    http.verify();
    jasmine.clock().uninstall();
    sessionStorage.clear();
    localStorage.clear();
  });

  it('locks after 10 minutes without input, not a moment before', () => {
    start();
    jasmine.clock().tick(10 * MINUTE - 1);
    expect(lock.locked()).toBeFalse();
    jasmine.clock().tick(1);
    expect(lock.locked()).toBeTrue();
  });

  it('keyboard, pointer and touch input each start the 10 minutes again', () => {
    start();
    for (const type of ['keydown', 'pointerdown', 'touchstart']) {
      jasmine.clock().tick(9 * MINUTE);
      document.dispatchEvent(new Event(type));
    }
    jasmine.clock().tick(9 * MINUTE);
    expect(lock.locked()).toBeFalse();
    jasmine.clock().tick(MINUTE);
    expect(lock.locked()).toBeTrue();
  });

  it('input while locked does not unlock; a reload stays locked', () => {
    start();
    jasmine.clock().tick(10 * MINUTE);
    document.dispatchEvent(new Event('keydown'));
    expect(lock.locked()).toBeTrue();
    TestBed.resetTestingModule();
    start();
    expect(lock.locked()).toBeTrue();
  });

  it('unlocks with the password of the same account, then counts 10 minutes again', () => {
    start();
    jasmine.clock().tick(10 * MINUTE);
    expect(unlockWith('cajero123')).toBe('unlocked');
    expect(lock.locked()).toBeFalse();
    jasmine.clock().tick(10 * MINUTE - 1);
    expect(lock.locked()).toBeFalse();
    jasmine.clock().tick(1);
    expect(lock.locked()).toBeTrue();
  });

  it('a wrong password keeps it locked; two seconds after the fifth the user is signed out', () => {
    start();
    jasmine.clock().tick(10 * MINUTE);
    for (let i = 1; i <= 4; i++) {
      expect((unlockWith('nope') as ApiError).message0).toBe('Contraseña incorrecta');
      expect(lock.attemptsLeft()).toBe(5 - i);
    }
    expect(force).not.toHaveBeenCalled();
    unlockWith('nope');
    expect(lock.locked()).toBeTrue();
    expect(lock.attemptsLeft()).toBe(0);
    jasmine.clock().tick(1999);
    expect(force).not.toHaveBeenCalled();
    jasmine.clock().tick(1);
    expect(force).toHaveBeenCalledTimes(1);
    // A sixth try (the button is disabled, a script could) signs out no second time.
    unlockWith('nope');
    jasmine.clock().tick(5000);
    expect(force).toHaveBeenCalledTimes(1);
  });

  it('a reload keeps the count of wrong passwords; exhausted before it, the sign-out follows it', () => {
    start();
    jasmine.clock().tick(10 * MINUTE);
    for (let i = 0; i < 3; i++) unlockWith('nope');
    TestBed.resetTestingModule(); // F5
    start();
    expect(lock.locked()).toBeTrue();
    expect(lock.attemptsLeft()).toBe(2);
    unlockWith('nope');
    unlockWith('nope');
    expect(lock.attemptsLeft()).toBe(0);
    TestBed.resetTestingModule(); // F5 within the two seconds
    start();
    expect(lock.attemptsLeft()).toBe(0);
    expect(force).not.toHaveBeenCalled();
    jasmine.clock().tick(2000);
    expect(force).toHaveBeenCalledTimes(1);
  });

  it('unlocking starts the count of wrong passwords afresh, across a reload too', () => {
    start();
    jasmine.clock().tick(10 * MINUTE);
    unlockWith('nope');
    unlockWith('nope');
    expect(unlockWith('cajero123')).toBe('unlocked');
    jasmine.clock().tick(10 * MINUTE);
    expect(lock.locked()).toBeTrue();
    TestBed.resetTestingModule();
    start();
    expect(lock.attemptsLeft()).toBe(5);
  });

  it('the minutes come from IDLE_LOCK_MINUTES', () => {
    start([{ provide: IDLE_LOCK_MINUTES, useValue: 2 }]);
    jasmine.clock().tick(2 * MINUTE);
    expect(lock.locked()).toBeTrue();
  });

  it('in the mock build, the mock settings may shorten them', () => {
    localStorage.setItem('kantuta.mock.config', JSON.stringify({ idleLockMinutes: 0.5 }));
    start([{ provide: MOCK_CONTROL, useValue: {} as MockControl }]);
    jasmine.clock().tick(29_999);
    expect(lock.locked()).toBeFalse();
    jasmine.clock().tick(1);
    expect(lock.locked()).toBeTrue();
  });
});
