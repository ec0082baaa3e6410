import { HttpTestingController } from '@angular/common/http/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ButtonHarness } from '../../../../testing/button.harness';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { FieldHarness } from '../../../../testing/field.harness';
import { OperadoraRadiosHarness } from '../../../../testing/operadora-radios.harness';
import { INYECCION_OK_BODY, SALDOS_BODY, SESION_ABIERTA_BODY } from '../../../../testing/fixtures';
import { ledgerOp, testLedgerDb } from '../../../../testing/ledger';
import { moneyPageProviders } from '../../../../testing/pages';
import { storeSignedIn } from '../../../../testing/providers';
import { sent, until } from '../../../../testing/wait';
import { SesionCajaStore } from '../../../core/session/sesion-caja.store';
import { Cents } from '../../../shared/money';
import { LedgerOp } from '../data-access/ledger/ledger.model';
import { LedgerStore } from '../data-access/ledger/ledger.store';
import { OperadoraNombre } from '../data-access/operadora';
import InyeccionPage from './inyeccion-page';

const VIVA = { ...SALDOS_BODY[1], id: 3, nombre_operadora: 'Viva', saldo_actual: '45.00' };
const SALDOS = '/api/recargas/operadoras/saldos';
const BALANCE = '/api/cajas/sesion/1/balance';
const POST = { method: 'POST', url: '/api/recargas/inyeccion' };
const unavailable = { status: 503, statusText: 'Service Unavailable' };

describe('InyeccionPage', () => {
  let fixture: ComponentFixture<InyeccionPage>;
  let ctrl: HttpTestingController;
  let el: HTMLElement;
  let dbs: ReturnType<typeof testLedgerDb>;

  beforeEach(() => (dbs = testLedgerDb()));

  afterEach(async () => {
    ctrl.verify();
    jasmine.clock().uninstall();
    TestBed.resetTestingModule();
    await dbs.drop();
    sessionStorage.clear();
  });

  /** The page with Bs 500,00 in the till, read at `at` (jasmine's clock) or now. */
  async function setup(opts: { at?: Date; ledger?: LedgerOp[] } = {}) {
    if (opts.at) {
      jasmine.clock().install();
      jasmine.clock().mockDate(opts.at);
    }
    storeSignedIn();
    const db = dbs.open();
    for (const op of opts.ledger ?? []) await db.put(op);
    TestBed.configureTestingModule({ providers: moneyPageProviders(db) });
    ctrl = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(InyeccionPage);
    el = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    (await sent(ctrl, '/api/cajas/sesion-activa/3')).flush(SESION_ABIERTA_BODY);
    (await sent(ctrl, '/api/cajas')).flush([]);
    (await sent(ctrl, BALANCE)).flush('500.00');
    (await sent(ctrl, SALDOS)).flush([...SALDOS_BODY, VIVA]);
    await until(() => TestBed.inject(LedgerStore).loaded(), 'the ledger');
    await fixture.whenStable();
    return TestbedHarnessEnvironment.loader(fixture);
  }

  const monto$ = (loader: HarnessLoader) =>
    loader.getHarness(FieldHarness.with({ label: 'Monto (Bs)' }));

  async function fill(loader: HarnessLoader, monto: string) {
    await (await loader.getHarness(OperadoraRadiosHarness)).check('Viva');
    await (await monto$(loader)).setValue(monto);
    await (await loader.getHarness(ButtonHarness.with({ text: 'Inyectar saldo' }))).click();
  }

  const root = () => TestbedHarnessEnvironment.documentRootLoader(fixture);
  const openDialogs = () => root().getAllHarnesses(MatDialogHarness);
  const dialogShown = () => document.querySelector('mat-dialog-container') !== null;
  const errorsText = () =>
    Array.from(el.querySelectorAll('[role=alert]'))
      .map((e) => e.textContent?.trim())
      .join(' | ');
  const statusText = () => el.querySelector('[role=status]')?.textContent?.trim() ?? '';
  const tillText = () => el.querySelector('.till')?.textContent?.replace(/\s+/g, ' ').trim();

  async function confirm(): Promise<void> {
    await until(dialogShown, 'the read-back dialog');
    await (await root().getHarness(ButtonHarness.with({ text: 'Confirmar' }))).click();
  }

  it('after an injection the form is clean and without error state', async () => {
    const loader = await setup();
    await fill(loader, '100');
    await confirm();
    const post = await sent(ctrl, POST);
    expect(post.request.body).toEqual({ operadora_destino: 'Viva', monto: 100, id_caja_sesion: 1 });
    post.flush(INYECCION_OK_BODY);
    (await sent(ctrl, SALDOS)).flush([...SALDOS_BODY, { ...VIVA, saldo_actual: '145.00' }]);
    (await sent(ctrl, BALANCE)).flush('400.00');
    await until(() => statusText().includes('Inyección registrada'), 'the status');
    await fixture.whenStable();
    expect(statusText()).toContain('Inyección registrada: Viva por Bs 100,00 (transacción #1).');
    const field = await monto$(loader);
    expect(await field.isInvalid()).toBeFalse();
    expect(await field.getError()).toBeNull();
    expect(await field.getDescription()).toBe('Mínimo Bs 1,00; como máximo el efectivo de la caja');
    expect(await field.getValue()).toBe('');
    expect(await (await loader.getHarness(OperadoraRadiosHarness)).getCheckedValue()).toBeNull();
    expect(tillText()).toContain('Bs 400,00');
  });

  it('an amount above the till cash is refused on the field, sending nothing', async () => {
    const loader = await setup();
    await fill(loader, '500,01');
    await fixture.whenStable();
    expect(errorsText()).toContain('Efectivo insuficiente en la caja: disponible Bs 500,00.');
    const field = await monto$(loader);
    expect(await field.isInvalid()).toBeTrue();
    expect(await field.getDescription()).toBe(
      'Efectivo insuficiente en la caja: disponible Bs 500,00.',
    );
    expect(await openDialogs()).toEqual([]);
  });

  it('a till cash older than a minute is read again before the dialog opens', async () => {
    const T0 = new Date('2026-11-25T18:02:00Z');
    const loader = await setup({ at: T0 });
    jasmine.clock().mockDate(new Date(T0.getTime() + 61_000));
    await fill(loader, '100');
    const read = await sent(ctrl, BALANCE);
    expect(dialogShown()).withContext('no dialog before the fresh read').toBeFalse();
    // Another cashier's injection emptied the drawer meanwhile: the fresh value decides.
    read.flush('80.00');
    await until(() => errorsText().includes('disponible Bs 80,00'), 'the refusal');
    expect(errorsText()).toContain('Efectivo insuficiente en la caja: disponible Bs 80,00.');
    expect(dialogShown()).toBeFalse();
    expect(TestBed.inject(SesionCajaStore).tillCash()).toBe(8000 as Cents);
  });

  it('a till cash read within the minute is used as is: the dialog opens at once', async () => {
    const T0 = new Date('2026-11-25T18:02:00Z');
    const loader = await setup({ at: T0 });
    jasmine.clock().mockDate(new Date(T0.getTime() + 59_000));
    await fill(loader, '100');
    await until(dialogShown, 'the read-back dialog');
    const text = await (await (await root().getHarness(MatDialogHarness)).host()).text();
    expect(text).toContain('Bs 100,00');
    expect(text).toContain('El efectivo sale de la caja (EGRESO): Bs 100,00 menos en el cajón.');
    await (await root().getHarness(ButtonHarness.with({ text: 'Cancelar' }))).click();
    // The close animation runs on the mocked clock. No balance request: verify() says so.
    await until(() => (jasmine.clock().tick(50), !dialogShown()), 'the dialog to close');
  });

  it('a failed till cash read says since when the value is, with Reintentar', async () => {
    const loader = await setup({ at: new Date('2026-11-25T18:02:00Z') });
    jasmine.clock().mockDate(new Date('2026-11-25T18:03:30Z'));
    TestBed.inject(SesionCajaStore).refreshTillCash();
    (await sent(ctrl, BALANCE)).flush(null, unavailable);
    await fixture.whenStable();
    expect(tillText()).toContain('Bs 500,00');
    expect(tillText()).toContain('sin actualizar desde 14:02');
    // Not sent on a value known to be stale: it is read again, and that read fails too.
    await fill(loader, '100');
    (await sent(ctrl, BALANCE)).flush(null, unavailable);
    await until(() => errorsText().includes('No se pudo leer el efectivo'), 'the refusal');
    expect(errorsText()).toContain(
      'No se pudo leer el efectivo de la caja: la inyección no se envió.',
    );
    expect(dialogShown()).toBeFalse();
    await (await loader.getHarness(ButtonHarness.with({ text: 'Reintentar' }))).click();
    (await sent(ctrl, BALANCE)).flush('450.00');
    await fixture.whenStable();
    expect(tillText()).toContain('Bs 450,00');
    expect(tillText()).not.toContain('sin actualizar');
  });

  it('an injection of unknown outcome blocks every injection until checked', async () => {
    const loader = await setup({
      ledger: [
        ledgerOp({
          tipo: 'inyeccion',
          numero: '',
          operadora: OperadoraNombre.Viva,
          monto: 10000 as Cents,
          estado: 'unknown',
          rowId: null,
        }),
      ],
    });
    expect(errorsText()).toContain('Estado desconocido');
    expect(
      await (await loader.getHarness(ButtonHarness.with({ text: 'Inyectar saldo' }))).isDisabled(),
    ).toBeTrue();
    expect(
      await (
        await loader.getHarness(ButtonHarness.with({ text: 'Comprobar de nuevo' }))
      ).isDisabled(),
    ).toBeFalse();
  });
});
