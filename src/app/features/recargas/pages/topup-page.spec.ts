import { HttpTestingController } from '@angular/common/http/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ButtonHarness } from '../../../../testing/button.harness';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { FieldHarness } from '../../../../testing/field.harness';
import { OperadoraRadiosHarness } from '../../../../testing/operadora-radios.harness';
import { BAD_INPUTS } from '../../../../testing/bad-inputs';
import {
  RECARGA_OK_BODY,
  SALDOS_BODY,
  SESION_ABIERTA_BODY,
  errorBody,
} from '../../../../testing/fixtures';
import { ledgerOp, testLedgerDb } from '../../../../testing/ledger';
import { moneyPageProviders } from '../../../../testing/pages';
import { storeSignedIn } from '../../../../testing/providers';
import { sent, until } from '../../../../testing/wait';
import { LedgerOp } from '../data-access/ledger/ledger.model';
import { LedgerStore } from '../data-access/ledger/ledger.store';
import { OperadoraNombre } from '../data-access/operadora';
import TopupPage from './topup-page';

const VIVA = { ...SALDOS_BODY[1], id: 3, nombre_operadora: 'Viva', saldo_actual: '45.00' };
const SALDOS = '/api/recargas/operadoras/saldos';
const BALANCE = '/api/cajas/sesion/1/balance';
const POST = { method: 'POST', url: '/api/recargas/cliente' };
const NO_SESSION = errorBody(
  404,
  '/cajas/sesion-activa/3',
  'No hay sesión activa para el usuario 3',
  'Not Found',
);

describe('TopupPage', () => {
  let fixture: ComponentFixture<TopupPage>;
  let ctrl: HttpTestingController;
  let el: HTMLElement;
  let dbs: ReturnType<typeof testLedgerDb>;

  beforeEach(() => (dbs = testLedgerDb()));

  afterEach(async () => {
    ctrl.verify();
    TestBed.resetTestingModule();
    await dbs.drop();
    sessionStorage.clear();
    localStorage.clear();
  });

  async function setup(opts: { sesion?: boolean; ledger?: LedgerOp[] } = {}) {
    storeSignedIn();
    const db = dbs.open();
    for (const op of opts.ledger ?? []) await db.put(op);
    TestBed.configureTestingModule({ providers: moneyPageProviders(db) });
    ctrl = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(TopupPage);
    el = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    const sesion = await sent(ctrl, '/api/cajas/sesion-activa/3');
    if (opts.sesion === false) sesion.flush(NO_SESSION, { status: 404, statusText: 'Not Found' });
    else sesion.flush(SESION_ABIERTA_BODY);
    (await sent(ctrl, '/api/cajas')).flush([]);
    if (opts.sesion !== false) (await sent(ctrl, BALANCE)).flush('500.00');
    (await sent(ctrl, SALDOS)).flush([...SALDOS_BODY, VIVA]);
    await until(() => TestBed.inject(LedgerStore).loaded(), 'the ledger');
    await fixture.whenStable();
    return TestbedHarnessEnvironment.loader(fixture);
  }

  const NAMES = { numero: 'Número de celular', monto: 'Monto (Bs)' } as const;
  const field = (loader: HarnessLoader, name: keyof typeof NAMES) =>
    loader.getHarness(FieldHarness.with({ label: NAMES[name] }));

  async function type(loader: HarnessLoader, name: keyof typeof NAMES, value: string) {
    await (await field(loader, name)).setValue(value);
  }

  async function fill(loader: HarnessLoader, numero: string, operadora: RegExp, monto: string) {
    await type(loader, 'numero', numero);
    await (await loader.getHarness(OperadoraRadiosHarness)).check(operadora);
    await type(loader, 'monto', monto);
    await (await loader.getHarness(ButtonHarness.with({ text: 'Recargar' }))).click();
  }

  /** The read-back dialog, once its lazily loaded code has opened it. */
  async function dialog(): Promise<MatDialogHarness> {
    await until(() => document.querySelector('mat-dialog-container'), 'the read-back dialog');
    return TestbedHarnessEnvironment.documentRootLoader(fixture).getHarness(MatDialogHarness);
  }

  async function confirm(): Promise<void> {
    await dialog();
    const root = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await (await root.getHarness(ButtonHarness.with({ text: 'Confirmar' }))).click();
  }

  const errorsText = () =>
    Array.from(el.querySelectorAll('[role=alert]'))
      .map((e) => e.textContent?.trim())
      .join(' | ');
  const statusText = () => el.querySelector('[role=status]')?.textContent?.trim() ?? '';
  const openDialogs = () =>
    TestbedHarnessEnvironment.documentRootLoader(fixture).getAllHarnesses(MatDialogHarness);

  it('lists each operator with its balance in the radio group', async () => {
    const loader = await setup();
    const labels = await (await loader.getHarness(OperadoraRadiosHarness)).getLabelTexts();
    expect(labels[0]).toContain('Tigo');
    expect(labels[0]).toContain('Bs 1.500,00');
    expect(labels[2]).toContain('Bs 45,00');
  });

  for (const row of BAD_INPUTS.filter((b) => b.field !== 'operadora' && 'refused' in b.expected)) {
    it(`refuses ${row.field} ${JSON.stringify(row.input)} on screen, sending nothing`, async () => {
      const loader = await setup();
      await fill(
        loader,
        row.field === 'numero' ? row.input : '76543210',
        /Tigo/,
        row.field === 'monto' ? row.input : '10',
      );
      await fixture.whenStable();
      expect(errorsText()).toContain((row.expected as { refused: string }).refused);
      expect(await openDialogs()).toEqual([]);
    });
  }

  it('shows a field error once the cashier leaves the field or submits, as its description', async () => {
    const loader = await setup();
    const numero = await field(loader, 'numero');
    const monto = await field(loader, 'monto');
    expect(await numero.getDescription()).toBe('8 dígitos; se aceptan espacios, guiones y +591');
    // Typing without leaving the field: no red yet.
    await numero.type('7654');
    await fixture.whenStable();
    expect(await numero.getValue()).toBe('7654');
    expect(await numero.isInvalid()).toBeFalse();
    expect(await numero.getHint()).toBe('8 dígitos; se aceptan espacios, guiones y +591');
    await numero.setValue('7654');
    expect(await numero.isInvalid()).toBeTrue();
    expect(await numero.getHint()).toBeNull();
    expect(await numero.getDescription()).toBe((await numero.getError()) ?? 'missing');
    expect(await numero.getError()).toMatch(/8 dígitos/);
    // The amount, never touched, turns red only when the form is submitted.
    expect(await monto.isInvalid()).toBeFalse();
    await (await loader.getHarness(ButtonHarness.with({ text: 'Recargar' }))).click();
    await fixture.whenStable();
    expect(await monto.isInvalid()).toBeTrue();
    expect(await monto.getError()).not.toBeNull();
    expect(await numero.isFocused()).toBeTrue();
    // Corrected: the error gives way to the grouped number.
    await numero.setValue('76543210');
    expect(await numero.isInvalid()).toBeFalse();
    expect(await numero.getDescription()).toBe('7654 3210');
    expect(await openDialogs()).toEqual([]);
  });

  it('disables quick amounts above the chosen operator balance', async () => {
    const loader = await setup();
    await (await loader.getHarness(OperadoraRadiosHarness)).check('Viva');
    await fixture.whenStable();
    const quick = async (text: string) =>
      (await loader.getHarness(ButtonHarness.with({ text }))).isDisabled();
    expect(await quick('Bs 30,00')).toBeFalse();
    expect(await quick('Bs 50,00')).toBeTrue();
    expect(await quick('Bs 100,00')).toBeTrue();
  });

  it('suggests the operator last used for the number on this device, without choosing it', async () => {
    const loader = await setup({
      ledger: [ledgerOp({ sesionId: 0, operadora: OperadoraNombre.Entel })],
    });
    await type(loader, 'numero', '7654 3210');
    await until(() => el.textContent?.includes('última recarga: Entel'), 'the suggestion');
    expect(el.querySelector('.sugerida')?.closest('label')?.textContent).toContain('Entel');
    expect(await (await loader.getHarness(OperadoraRadiosHarness)).getCheckedValue()).toBeNull();
  });

  it('reads operator, grouped number and amount back before sending; Cancelar sends nothing', async () => {
    const loader = await setup();
    await fill(loader, '+591 7111-2222', /Entel/, '10,50');
    const d = await dialog();
    const text = await (await d.host()).text();
    expect(text).toContain('Entel');
    expect(text).toContain('7111 2222');
    expect(text).toContain('Bs 10,50');
    const root = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await (await root.getHarness(ButtonHarness.with({ text: 'Cancelar' }))).click();
    await until(async () => (await openDialogs()).length === 0, 'the dialog to close');
    expect(await (await field(loader, 'numero')).getValue()).toBe('+591 7111-2222');
  });

  it('after a sale the form is clean, without error state, and the focus is back on the number', async () => {
    const loader = await setup();
    await fill(loader, '7654 3210', /Tigo/, '20');
    await confirm();
    const post = await sent(ctrl, POST);
    expect(post.request.body).toEqual({
      operadora: 'Tigo',
      numero_cliente: '76543210',
      monto: 20,
      id_caja_sesion: 1,
    });
    // While it sends: the button keeps its name (found as `Recargar`), disabled and busy.
    await fixture.whenStable();
    const submit = await loader.getHarness(ButtonHarness.with({ text: 'Recargar' }));
    expect(await submit.isDisabled()).toBeTrue();
    expect(await (await submit.host()).getAttribute('aria-busy')).toBe('true');
    expect(statusText()).toContain('Enviando la recarga…');
    post.flush({ ...RECARGA_OK_BODY, id: 7 });
    (await sent(ctrl, SALDOS)).flush([...SALDOS_BODY, VIVA]);
    (await sent(ctrl, BALANCE)).flush('520.00');
    await until(() => statusText().includes('Recarga realizada'), 'the status');
    await fixture.whenStable();
    expect(statusText()).toContain(
      'Recarga realizada: Tigo 7654 3210 por Bs 20,00 (transacción #7).',
    );
    expect(statusText()).not.toContain('Enviando');
    expect(await (await submit.host()).getAttribute('aria-busy')).toBe('false');
    for (const name of ['numero', 'monto'] as const) {
      const f = await field(loader, name);
      expect(await f.isInvalid())
        .withContext(name)
        .toBeFalse();
      expect(await f.getError())
        .withContext(name)
        .toBeNull();
    }
    expect(await (await field(loader, 'numero')).getHint()).toBe(
      '8 dígitos; se aceptan espacios, guiones y +591',
    );
    const numero = await field(loader, 'numero');
    expect(await numero.getValue()).toBe('');
    await until(() => numero.isFocused(), 'the focus on Número de celular');
    expect(await (await loader.getHarness(OperadoraRadiosHarness)).getCheckedValue()).toBeNull();
  });

  it('what the cashier typed while the verdict was awaited is the next sale: kept', async () => {
    const loader = await setup();
    await fill(loader, '7654 3210', /Tigo/, '20');
    await confirm();
    const post = await sent(ctrl, POST);
    await type(loader, 'numero', '7111 2222'); // the next customer, while this one waits
    post.flush({ ...RECARGA_OK_BODY, id: 7 });
    (await sent(ctrl, SALDOS)).flush([...SALDOS_BODY, VIVA]);
    (await sent(ctrl, BALANCE)).flush('520.00');
    await until(() => statusText().includes('Recarga realizada'), 'the status');
    await fixture.whenStable();
    expect(await (await field(loader, 'numero')).getValue()).toBe('7111 2222');
    expect(await (await field(loader, 'monto')).getValue()).toBe('20');
  });

  it('a refusal by the service shows its message and keeps what was typed', async () => {
    const loader = await setup();
    await fill(loader, '7654 3210', /Tigo/, '20');
    await confirm();
    const message = 'Saldo insuficiente para la operadora Tigo. Saldo actual: 5.00';
    (await sent(ctrl, POST)).flush(errorBody(400, '/recargas/cliente', message, 'Bad Request'), {
      status: 400,
      statusText: 'Bad Request',
    });
    (await sent(ctrl, SALDOS)).flush([...SALDOS_BODY, VIVA]);
    (await sent(ctrl, BALANCE)).flush('500.00');
    await until(() => errorsText().includes(message), 'the refusal');
    expect(statusText()).not.toContain('Recarga realizada');
    expect(await (await field(loader, 'monto')).getValue()).toBe('20');
  });

  it('a number with a top-up of unknown outcome is refused before sending', async () => {
    const loader = await setup({ ledger: [ledgerOp({ estado: 'unknown', rowId: null })] });
    expect(errorsText()).toContain('Estado desconocido');
    await fill(loader, '7654 3210', /Tigo/, '20');
    await fixture.whenStable();
    expect(errorsText()).toContain(
      'Hay una recarga a 7654 3210 en estado desconocido: compruébala antes de volver a recargar ese número.',
    );
    expect(await openDialogs()).toEqual([]);
  });

  it('without an open session disables the form and shows the alert', async () => {
    const loader = await setup({ sesion: false });
    expect(el.querySelector('[role=alert]')?.textContent).toContain('No tienes una caja abierta');
    expect(
      await (await loader.getHarness(ButtonHarness.with({ text: 'Recargar' }))).isDisabled(),
    ).toBeTrue();
    expect(await (await field(loader, 'numero')).isDisabled()).toBeTrue();
  });
});
