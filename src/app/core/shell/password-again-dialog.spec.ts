import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { HttpTestingController } from '@angular/common/http/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatDialog, MatDialogRef } from '@angular/material/dialog';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { Router, provideRouter } from '@angular/router';
import { ButtonHarness } from '../../../testing/button.harness';
import { LOGIN_OK_BODY, errorBody } from '../../../testing/fixtures';
import { apiTestingProviders } from '../../../testing/providers';
import { UNLOCK_EXHAUSTED_SIGN_OUT_MS } from '../auth/idle-lock.config';
import { until } from '../../../testing/wait';
import { AUTH_STORAGE_KEY, AuthService } from '../auth/auth.service';
import { SignOut } from '../auth/sign-out';
import { PasswordAgainData, PasswordAgainDialog } from './password-again-dialog';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class Page {}

describe('PasswordAgainDialog', () => {
  let fixture: ComponentFixture<Page>;
  let http: HttpTestingController;
  let signOut: { request: jasmine.Spy; force: jasmine.Spy };
  let forced: Promise<void>;
  let ref: MatDialogRef<PasswordAgainDialog>;
  let closed: boolean;
  let root: HarnessLoader;

  /** Carla signed in (a reload of her tab), locked or not, then the dialog for `reason`. */
  async function open(reason: PasswordAgainData['reason'], locked = false): Promise<void> {
    sessionStorage.setItem(
      AUTH_STORAGE_KEY,
      JSON.stringify({
        accessToken: 'a',
        refreshToken: 'r',
        user: { id: 3, name: 'Carla', role: 'cajero' },
        email: 'carla@kantuta.bo',
      }),
    );
    if (locked) sessionStorage.setItem('kantuta.locked', '1');
    let onForce = () => undefined as void;
    forced = new Promise((resolve) => (onForce = resolve));
    signOut = {
      request: jasmine.createSpy('request').and.resolveTo(true),
      force: jasmine.createSpy('force').and.callFake(() => {
        onForce();
        return Promise.resolve(true);
      }),
    };
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        ...apiTestingProviders(),
        { provide: SignOut, useValue: signOut },
        // The lock's two seconds of "Demasiados intentos" before signing out: none here.
        { provide: UNLOCK_EXHAUSTED_SIGN_OUT_MS, useValue: 0 },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    if (reason === 'expired') TestBed.inject(AuthService).requireRelogin();
    fixture = TestBed.createComponent(Page);
    ref = TestBed.inject(MatDialog).open(PasswordAgainDialog, { data: { reason } });
    closed = false;
    ref.afterClosed().subscribe(() => (closed = true));
    root = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await fixture.whenStable();
  }

  const password = () => root.getHarness(MatInputHarness.with({ selector: '[type=password]' }));
  const button = (text: string) => root.getHarness(ButtonHarness.with({ text }));
  const alertText = () => document.querySelector('mat-dialog-container [role=alert]')?.textContent;

  async function send(typed: string, ok: boolean, submit: string): Promise<void> {
    await (await password()).setValue(typed);
    await (await button(submit)).click();
    const req = http.expectOne('/api/auth/login');
    if (ok) req.flush(LOGIN_OK_BODY);
    else
      req.flush(errorBody(401, '/auth/login', 'Contraseña incorrecta', 'Unauthorized'), {
        status: 401,
        statusText: 'Unauthorized',
      });
    await fixture.whenStable();
  }

  beforeEach(() => sessionStorage.clear());

  afterEach(() => {
    http.verify();
    TestBed.inject(MatDialog).closeAll();
    sessionStorage.clear();
  });

  describe('locked (idle on a shared PC)', () => {
    it('asks for the password only, as "Sesión bloqueada", naming the user', async () => {
      await open('locked', true);
      const dialog = await root.getHarness(MatDialogHarness);
      expect(await dialog.getTitleText()).toBe('Sesión bloqueada');
      expect(await dialog.getContentText()).toContain('La caja se bloqueó por inactividad. Carla,');
      expect(await root.getAllHarnesses(MatInputHarness)).toHaveSize(1);
      expect(await (await button('Cerrar sesión')).isDisabled()).toBeFalse();
    });

    it('a wrong password empties the field and counts down; the right one closes it', async () => {
      await open('locked', true);
      await send('equivocada', false, 'Desbloquear');
      expect(alertText()).toContain('Contraseña incorrecta Te quedan 4 intentos.');
      expect(await (await password()).getValue()).toBe('');
      expect(closed).toBeFalse();

      await send('cajero123', true, 'Desbloquear');
      await until(() => closed, 'the dialog to close');
    });

    it('after five wrong passwords it says so, refuses more and signs out', async () => {
      await open('locked', true);
      for (let i = 0; i < 5; i++) await send('equivocada', false, 'Desbloquear');
      expect(alertText()).toContain('Demasiados intentos: se cierra la sesión.');
      expect(await (await button('Desbloquear')).isDisabled()).toBeTrue();
      await expectAsync(forced).toBeResolved();
      expect(signOut.force).toHaveBeenCalledTimes(1);
    });

    it('"Cerrar sesión" goes through the app\'s sign-out (verdicts first)', async () => {
      await open('locked', true);
      await (await button('Cerrar sesión')).click();
      expect(signOut.request).toHaveBeenCalledTimes(1);
    });
  });

  describe('expired (tokens refused after a refresh)', () => {
    it('asks for e-mail (filled in) and password, as "Tu sesión expiró"', async () => {
      await open('expired');
      const dialog = await root.getHarness(MatDialogHarness);
      expect(await dialog.getTitleText()).toBe('Tu sesión expiró');
      expect(await dialog.getContentText()).toContain('lo que escribiste se conserva');
      const email = await root.getHarness(MatInputHarness.with({ selector: '[type=email]' }));
      expect(await email.getValue()).toBe('carla@kantuta.bo');
      // The e-mail known, the focus starts on the password: what the cashier types goes there.
      const password = document.querySelector<HTMLInputElement>('input[type=password]');
      await until(() => document.activeElement === password, 'the focus on Contraseña');
      expect(await email.isFocused()).toBeFalse();
    });

    it('a wrong password is said and the dialog stays; signing in closes it', async () => {
      await open('expired');
      await send('equivocada', false, 'Ingresar');
      expect(alertText()).toContain('Contraseña incorrecta');
      expect(closed).toBeFalse();

      await send('cajero123', true, 'Ingresar');
      await until(() => closed, 'the dialog to close');
      expect(TestBed.inject(AuthService).reloginRequired()).toBeFalse();
    });

    it('"Cerrar sesión" goes through the app\'s sign-out too (verdicts first, other tabs told)', async () => {
      await open('expired');
      const navigate = spyOn(TestBed.inject(Router), 'navigateByUrl').and.resolveTo(true);
      await (await button('Cerrar sesión')).click();
      expect(signOut.request).toHaveBeenCalledTimes(1);
      // Not signed out behind the app's back: no sign-out of its own, no navigation of its own.
      expect(TestBed.inject(AuthService).user()).not.toBeNull();
      expect(navigate).not.toHaveBeenCalled();
    });
  });
});
