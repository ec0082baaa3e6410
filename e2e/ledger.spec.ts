import { Page } from '@playwright/test';
import { CAJERO, expect, login, test } from './fixtures';
import { countPosts, expectSaldo, fillTopup } from './helpers';
import { mock } from './mock';

const status = (page: Page, text: string | RegExp) =>
  page.getByRole('status').filter({ hasText: text });
const alert = (page: Page, text: string | RegExp) =>
  page.getByRole('alert').filter({ hasText: text });

async function topup(page: Page, numero: string, operadora: string, monto: string) {
  await fillTopup(page, numero, operadora, monto);
  await page.getByRole('button', { name: 'Recargar' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirmar' }).click();
}

/** Counts requests to either history list, whoever sends them (page or worker). */
function countHistoryReads(page: Page): () => number {
  let count = 0;
  page.context().on('request', (req) => {
    if (new URL(req.url()).pathname.startsWith('/api/recargas/historial/')) count++;
  });
  return () => count;
}

test.describe('the till ledger: selling without the unpaged history', () => {
  test('opening the counter, the injection page and the till, and selling, read no history', async ({
    page,
  }) => {
    const reads = countHistoryReads(page);
    await login(page, CAJERO);
    await expectSaldo(page, 'Tigo', 'Bs 1.500,00');
    await topup(page, '76543210', 'Tigo', '20');
    await expect(status(page, 'Recarga realizada')).toBeVisible();
    // The strip and the recent list come from the ledger.
    await expect(page.getByRole('region', { name: 'Resumen de la sesión' })).toContainText(
      'Bs 20,00',
    );
    await expect(page.getByRole('button', { name: /Reimprimir comprobante #\d+/ })).toHaveCount(1);
    await page.getByRole('link', { name: 'Inyección' }).click();
    await expect(page.getByTestId('efectivo-caja')).toContainText('Bs 520,00');
    await page.getByRole('link', { name: 'Caja' }).click();
    await expect(page.getByTestId('efectivo-caja')).toContainText('Bs 520,00');
    await page.reload();
    await page.goto('/recargas');
    await expect(page.getByRole('button', { name: /Reimprimir comprobante #\d+/ })).toHaveCount(1);
    expect(reads()).toBe(0);
  });

  test('a top-up committed after its answer was lost is announced: "La recarga SÍ se aplicó", sent once', async ({
    page,
  }) => {
    const posts = countPosts(page, '/recargas/cliente');
    await login(page, CAJERO);
    await mock.fault(page, 'POST /recargas/cliente', { commitLateMs: 2500 });
    await topup(page, '71234567', 'Tigo', '30');
    const notApplied = alert(page, 'La recarga no se aplicó');
    await expect(notApplied).toContainText(/verificando hasta las \d\d:\d\d/);
    await expectSaldo(page, 'Tigo', 'Bs 1.500,00');
    const recargar = page.getByRole('button', { name: 'Recargar' });
    const before = await recargar.boundingBox();
    // The 5 s check finds the row the service committed at 2.5 s.
    const late = alert(page, 'La recarga SÍ se aplicó');
    await expect(late).toContainText('7123 4567', { timeout: 15_000 });
    // It comes beside the form: the button the cashier may be aiming at has not moved.
    expect(await recargar.boundingBox()).toEqual(before);
    await expect(late).toContainText('Bs 30,00');
    await expect(notApplied).toHaveCount(0);
    await expectSaldo(page, 'Tigo', 'Bs 1.470,00');
    await expect(page.getByRole('region', { name: 'Resumen de la sesión' })).toContainText(
      'Bs 30,00',
    );
    await expect(late.getByRole('button', { name: 'Imprimir comprobante' })).toBeVisible();
    expect(posts()).toBe(1);
    // The announcement stays across a reload until acknowledged.
    await page.reload();
    await expect(alert(page, 'La recarga SÍ se aplicó')).toBeVisible();
    await alert(page, 'La recarga SÍ se aplicó').getByRole('button', { name: 'Entendido' }).click();
    await expect(alert(page, 'La recarga SÍ se aplicó')).toHaveCount(0);
  });

  test('a repeat during the watch of an identical "not applied" asks a second, explicit confirmation', async ({
    page,
  }) => {
    const posts = countPosts(page, '/recargas/cliente');
    await login(page, CAJERO);
    await mock.fault(page, 'POST /recargas/cliente', 'dropBeforeApply');
    await topup(page, '76543210', 'Entel', '15');
    await expect(alert(page, 'La recarga no se aplicó')).toBeVisible();
    await page.getByRole('button', { name: 'Recargar' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Confirmar', exact: true }).click();
    await expect(dialog.getByRole('alert').filter({ hasText: 'dos recargas' })).toBeVisible();
    expect(posts()).toBe(1);
    await dialog.getByRole('button', { name: 'Confirmar de todos modos' }).click();
    await expect(status(page, 'Recarga realizada')).toBeVisible();
    expect(posts()).toBe(2);
  });

  test('a reload keeps an unknown top-up blocked until "Comprobar de nuevo" resolves it', async ({
    page,
  }) => {
    const posts = countPosts(page, '/recargas/cliente');
    await login(page, CAJERO);
    await mock.fault(page, 'POST /recargas/cliente', 'dropAfterApply');
    await mock.fault(page, 'GET /recargas/historial/clientes', { status: 503 });
    await topup(page, '76543210', 'Tigo', '40');
    await expect(alert(page, 'Estado desconocido')).toBeVisible();
    await page.reload();
    await expect(alert(page, 'Estado desconocido')).toContainText('7654 3210');
    await fillTopup(page, '76543210', 'Tigo', '40');
    await page.getByRole('button', { name: 'Recargar' }).click();
    await expect(alert(page, 'en estado desconocido')).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await alert(page, 'Estado desconocido')
      .getByRole('button', { name: 'Comprobar de nuevo' })
      .click();
    await expect(status(page, 'Recarga confirmada')).toBeVisible();
    await expect(alert(page, 'Estado desconocido')).toHaveCount(0);
    await expectSaldo(page, 'Tigo', 'Bs 1.460,00');
    expect(posts()).toBe(1);
  });

  test('after a reload, an identical earlier sale is not taken for a lost one', async ({
    page,
  }) => {
    await login(page, CAJERO);
    await topup(page, '76543210', 'Tigo', '20');
    await expect(status(page, 'Recarga realizada')).toBeVisible();
    await page.reload();
    await expectSaldo(page, 'Tigo', 'Bs 1.480,00');
    await mock.fault(page, 'POST /recargas/cliente', 'dropBeforeApply');
    await topup(page, '76543210', 'Tigo', '20');
    await expect(alert(page, 'La recarga no se aplicó')).toBeVisible();
    await expect(status(page, 'Recarga confirmada')).toHaveCount(0);
    await expectSaldo(page, 'Tigo', 'Bs 1.480,00');
  });

  test('a failed till-cash read says since when the amount is stale, and retries', async ({
    page,
  }) => {
    await login(page, CAJERO, '/caja');
    await expect(page.getByTestId('efectivo-caja')).toContainText('Bs 500,00');
    await mock.fault(page, 'GET /cajas/sesion/*/balance', { status: 500 });
    await page.getByRole('link', { name: 'Inyección' }).click();
    const stale = alert(page, /sin actualizar desde \d\d:\d\d/);
    await expect(stale).toBeVisible();
    await expect(page.getByTestId('efectivo-caja')).toContainText('Bs 500,00');
    await stale.getByRole('button', { name: 'Reintentar' }).click();
    await expect(stale).toHaveCount(0);
  });
});

test.describe('closing the till counts the service rows read when the close starts', () => {
  test('during a slow history read: "Calculando…" and no Confirmar; then the sales are all there', async ({
    page,
  }) => {
    await login(page, CAJERO);
    await topup(page, '76543210', 'Tigo', '20');
    await expect(status(page, 'Recarga realizada')).toBeVisible();
    await page.getByRole('link', { name: 'Caja' }).click();
    await mock.fault(page, 'GET /recargas/historial/clientes', { delayMs: 2500 });
    await page.getByRole('button', { name: 'Cerrar caja' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('Calculando…');
    await expect(dialog.getByRole('button', { name: 'Confirmar' })).toBeDisabled();
    await expect(dialog.getByTestId('esperado')).toHaveCount(0);
    await expect(dialog.getByTestId('esperado')).toContainText('Bs 520,00', { timeout: 10_000 });
    await expect(dialog.getByRole('button', { name: 'Confirmar' })).toBeEnabled();
  });

  test('a failed history read shows an error with "Reintentar" and no figures', async ({
    page,
  }) => {
    await login(page, CAJERO, '/caja');
    await mock.fault(page, 'GET /recargas/historial/clientes', { status: 503 });
    await page.getByRole('button', { name: 'Cerrar caja' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('alert')).toContainText('No se pudieron leer');
    await expect(dialog.getByTestId('esperado')).toHaveCount(0);
    await expect(dialog.getByRole('button', { name: 'Confirmar' })).toBeDisabled();
    await dialog.getByRole('button', { name: 'Reintentar' }).click();
    await expect(dialog.getByTestId('esperado')).toContainText('Bs 500,00');
    await dialog.getByRole('textbox', { name: 'Monto final contado (Bs)' }).fill('500');
    await dialog.getByRole('button', { name: 'Confirmar' }).click();
    await expect(page.getByRole('button', { name: 'Imprimir cierre' })).toBeVisible();
  });
});
