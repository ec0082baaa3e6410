import { apiTestingProviders, storeSignedIn } from '../../../../testing/providers';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatRadioGroupHarness } from '@angular/material/radio/testing';
import { provideRouter } from '@angular/router';
import {
  HISTORIAL_CLIENTES_BODY,
  SALDOS_BODY,
  SESION_ABIERTA_BODY,
  errorBody,
} from '../../../../testing/fixtures';
import { BAD_INPUTS } from '../../../../testing/bad-inputs';
import { authInterceptor } from '../../../core/auth/auth.interceptor';
import TopupPage from './topup-page';

const VIVA = { ...SALDOS_BODY[1], id: 3, nombre_operadora: 'Viva', saldo_actual: '45.00' };

describe('TopupPage', () => {
  let fixture: ComponentFixture<TopupPage>;
  let ctrl: HttpTestingController;
  let el: HTMLElement;

  async function setup(opts: { sesion: boolean } = { sesion: true }) {
    storeSignedIn();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), ...apiTestingProviders(authInterceptor)],
    });
    ctrl = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(TopupPage);
    el = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    if (opts.sesion) ctrl.expectOne('/api/cajas/sesion-activa/3').flush(SESION_ABIERTA_BODY);
    else
      ctrl
        .expectOne('/api/cajas/sesion-activa/3')
        .flush(
          errorBody(
            404,
            '/cajas/sesion-activa/3',
            'No hay sesión activa para el usuario 3',
            'Not Found',
          ),
          { status: 404, statusText: 'Not Found' },
        );
    ctrl.match('/api/cajas').forEach((r) => r.flush([]));
    ctrl.match('/api/cajas/sesion/1/balance').forEach((r) => r.flush('500.00'));
    await new Promise((r) => setTimeout(r, 40));
    ctrl.match('/api/recargas/operadoras/saldos').forEach((r) => r.flush([...SALDOS_BODY, VIVA]));
    ctrl.match('/api/recargas/historial/clientes').forEach((r) => r.flush(HISTORIAL_CLIENTES_BODY));
    await fixture.whenStable();
    return TestbedHarnessEnvironment.loader(fixture);
  }

  afterEach(() => {
    ctrl.match(() => true);
    localStorage.clear();
  });

  async function type(loader: Awaited<ReturnType<typeof setup>>, label: string, value: string) {
    const input = await loader.getHarness(
      MatInputHarness.with({ selector: `[formControlName=${label}]` }),
    );
    await input.setValue(value);
    await input.blur();
  }

  function errorsText(): string {
    return Array.from(el.querySelectorAll('mat-error, [role=alert]'))
      .map((e) => e.textContent?.trim())
      .join(' | ');
  }

  it('lists each operator with its balance in the radio group', async () => {
    const loader = await setup();
    const group = await loader.getHarness(MatRadioGroupHarness);
    const labels = await Promise.all((await group.getRadioButtons()).map((r) => r.getLabelText()));
    expect(labels[0]).toContain('Tigo');
    expect(labels[0]).toContain('Bs 1.500,00');
    expect(labels[2]).toContain('Bs 45,00');
  });

  for (const row of BAD_INPUTS.filter((b) => b.field !== 'operadora' && 'refused' in b.expected)) {
    it(`refuses ${row.field} ${JSON.stringify(row.input)} on screen, sending nothing`, async () => {
      const loader = await setup();
      await (await loader.getHarness(MatRadioGroupHarness)).checkRadioButton({ label: /Tigo/ });
      await type(loader, 'numero', row.field === 'numero' ? row.input : '76543210');
      await type(loader, 'monto', row.field === 'monto' ? row.input : '10');
      await (await loader.getHarness(MatButtonHarness.with({ text: 'Recargar' }))).click();
      await fixture.whenStable();
      expect(errorsText()).toContain((row.expected as { refused: string }).refused);
      expect(
        await TestbedHarnessEnvironment.documentRootLoader(fixture).getAllHarnesses(
          MatDialogHarness,
        ),
      ).toEqual([]);
      ctrl.expectNone('/api/recargas/cliente');
    });
  }

  it('disables quick amounts above the chosen operator balance', async () => {
    const loader = await setup();
    await (await loader.getHarness(MatRadioGroupHarness)).checkRadioButton({ label: /Viva/ });
    await fixture.whenStable();
    const quick = async (text: string) =>
      (await loader.getHarness(MatButtonHarness.with({ text }))).isDisabled();
    expect(await quick('Bs 30,00')).toBeFalse();
    expect(await quick('Bs 50,00')).toBeTrue();
    expect(await quick('Bs 100,00')).toBeTrue();
  });

  it('suggests the operator last used for a number, without choosing it', async () => {
    const loader = await setup();
    await type(loader, 'numero', '7654 3210');
    await fixture.whenStable();
    expect(el.textContent).toContain('última recarga: Tigo');
    expect(el.querySelector('.sugerida')?.closest('mat-radio-button')?.textContent).toContain(
      'Tigo',
    );
    expect(await (await loader.getHarness(MatRadioGroupHarness)).getCheckedValue()).toBeNull();
  });

  it('reads operator, grouped number and amount back in the dialog before sending', async () => {
    const loader = await setup();
    await (await loader.getHarness(MatRadioGroupHarness)).checkRadioButton({ label: /Entel/ });
    await type(loader, 'numero', '+591 7111-2222');
    await type(loader, 'monto', '10,50');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Recargar' }))).click();
    const dialog =
      await TestbedHarnessEnvironment.documentRootLoader(fixture).getHarness(MatDialogHarness);
    const text = await (await dialog.host()).text();
    expect(text).toContain('Entel');
    expect(text).toContain('7111 2222');
    expect(text).toContain('Bs 10,50');
    ctrl.expectNone('/api/recargas/cliente');
    await dialog.close();
  });

  it('without an open session disables the form and shows the alert', async () => {
    const loader = await setup({ sesion: false });
    expect(el.querySelector('[role=alert]')?.textContent).toContain('No tienes una caja abierta');
    expect(
      await (await loader.getHarness(MatButtonHarness.with({ text: 'Recargar' }))).isDisabled(),
    ).toBeTrue();
    expect(
      await (
        await loader.getHarness(MatInputHarness.with({ selector: '[formControlName=numero]' }))
      ).isDisabled(),
    ).toBeTrue();
  });
});
