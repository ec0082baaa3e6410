import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { apiTestingProviders } from '../../../testing/providers';
import { MoneyInFlight } from '../session/money-in-flight';
import { AUTH_STORAGE_KEY, AuthService } from './auth.service';
import { signedOutGuard } from './guards';
import { SignOut } from './sign-out';

@Component({ template: '' })
class Blank {}

describe('SignOut (Cerrar sesión)', () => {
  let signOut: SignOut;
  let auth: AuthService;
  let money: MoneyInFlight;
  let router: Router;
  let pageMayBeLeft: boolean;

  /** Waits for a condition (dialog, navigation), running effects and change detection. */
  async function until(condition: () => boolean): Promise<void> {
    for (let i = 0; i < 100 && !condition(); i++) {
      await new Promise((resolve) => setTimeout(resolve));
      TestBed.tick();
    }
    expect(condition()).withContext('condition not reached').toBeTrue();
  }
  /** Lets pending messages and lock callbacks run (a few event-loop turns, no clock time). */
  async function settle(): Promise<void> {
    for (let i = 0; i < 10; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      TestBed.tick();
    }
  }
  const button = (name: string) =>
    Array.from(document.querySelectorAll<HTMLButtonElement>('mat-dialog-container button')).find(
      (b) => b.textContent?.trim() === name,
    );
  const dialogText = () => document.querySelector('mat-dialog-container')?.textContent ?? '';

  beforeEach(async () => {
    sessionStorage.setItem(
      AUTH_STORAGE_KEY,
      JSON.stringify({
        accessToken: 'a',
        refreshToken: 'r',
        user: { id: 3, name: 'C', role: 'cajero' },
      }),
    );
    pageMayBeLeft = true;
    TestBed.configureTestingModule({
      providers: [
        ...apiTestingProviders(),
        provideRouter([
          { path: 'login', component: Blank, canActivate: [signedOutGuard] },
          { path: 'recargas', component: Blank, canDeactivate: [() => pageMayBeLeft] },
        ]),
      ],
    });
    signOut = TestBed.inject(SignOut);
    auth = TestBed.inject(AuthService);
    money = TestBed.inject(MoneyInFlight);
    router = TestBed.inject(Router);
    await router.navigateByUrl('/recargas');
  });

  afterEach(() => sessionStorage.clear());

  it('with nothing on the move, leaves for /login and signs out', async () => {
    expect(await signOut.request()).toBeTrue();
    expect(router.url).toBe('/login');
    expect(auth.isSignedIn()).toBeFalse();
  });

  it('never signs out on a page that refuses to be left', async () => {
    pageMayBeLeft = false;
    expect(await signOut.request()).toBeFalse();
    expect(router.url).toBe('/recargas');
    expect(auth.isSignedIn()).toBeTrue();
  });

  it('waits for a verdict being awaited, then signs out by itself', async () => {
    const verdict = money.begin();
    const done = signOut.request();
    await until(() => dialogText().includes('Una operación espera su resultado'));
    expect(auth.isSignedIn()).toBeTrue();
    verdict();
    expect(await done).toBeTrue();
    expect(auth.isSignedIn()).toBeFalse();
    expect(router.url).toBe('/login');
  });

  it('the cashier may stay instead of waiting', async () => {
    money.begin();
    const done = signOut.request();
    await until(() => !!button('Cancelar'));
    button('Cancelar')!.click();
    expect(await done).toBeFalse();
    expect(auth.isSignedIn()).toBeTrue();
    expect(router.url).toBe('/recargas');
  });

  it('asks before leaving an operation of unknown outcome unresolved', async () => {
    money.setUnresolved(1);
    const done = signOut.request();
    await until(() => dialogText().includes('Hay 1 operación con estado desconocido'));
    expect(auth.isSignedIn()).toBeTrue();
    button('Cerrar sesión igualmente')!.click();
    expect(await done).toBeTrue();
    expect(auth.isSignedIn()).toBeFalse();
  });

  it('asks about an unknown outcome the ledger counts only when asked (no money page opened)', async () => {
    money.countUnresolvedWith(async () => {
      await new Promise((resolve) => setTimeout(resolve));
      money.setUnresolved(1);
    });
    const done = signOut.request();
    await until(() => dialogText().includes('Hay 1 operación con estado desconocido'));
    expect(auth.isSignedIn()).toBeTrue();
    button('Cancelar')!.click();
    expect(await done).toBeFalse();
    expect(auth.isSignedIn()).toBeTrue();
    expect(router.url).toBe('/recargas');
  });

  it("another tab's sign-out of the same user signs this tab out too; another user's does not", async () => {
    const other = new BroadcastChannel('kantuta.auth');
    other.postMessage({ type: 'signed-out', userId: 9 });
    await settle();
    expect(auth.isSignedIn()).toBeTrue();
    other.postMessage({ type: 'signed-out', userId: 3 });
    await until(() => !auth.isSignedIn());
    expect(router.url).toBe('/login');
    other.close();
  });
});
