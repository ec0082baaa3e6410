import { CAJERO, expect, login, test } from './fixtures';
import { fillTopup } from './helpers';

test('end of shift: the strip adds up, closing one boliviano short is flagged, the cierre prints', async ({
  page,
}) => {
  await page.addInitScript(() => {
    window.print = () => undefined;
  });
  await login(page, CAJERO);
  for (const [numero, operadora, monto] of [
    ['71111111', 'Tigo', '10'],
    ['72222222', 'Entel', '20,50'],
    ['73333333', 'Tigo', '15'],
  ]) {
    await fillTopup(page, numero, operadora, monto);
    await page.getByRole('button', { name: 'Recargar' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirmar' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Recarga realizada: ${operadora}` }),
    ).toBeVisible();
  }
  const strip = page.getByRole('region', { name: 'Resumen de la sesión' });
  await expect(strip).toContainText('Recargas 3 · Bs 45,50');
  await expect(strip).toContainText('Tigo: 2 · Bs 25,00');
  await expect(strip).toContainText('Entel: 1 · Bs 20,50');

  await page.getByRole('navigation').getByRole('link', { name: 'Inyección' }).click();
  await expect(page.getByRole('heading', { name: 'Inyección de saldo' })).toBeVisible();
  await page.getByRole('radio', { name: /^Viva/ }).check();
  await page.getByRole('textbox', { name: 'Monto (Bs)' }).fill('30');
  await page.getByRole('button', { name: 'Inyectar saldo' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirmar' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Inyección registrada' })).toBeVisible();

  await page.getByRole('navigation').getByRole('link', { name: 'Recargas', exact: true }).click();
  await expect(strip).toContainText('Inyecciones 1 · Bs 30,00');
  await expect(strip).toContainText('Neto en caja Bs 15,50');

  await page.getByRole('navigation').getByRole('link', { name: 'Caja' }).click();
  await expect(page.getByTestId('efectivo-caja')).toHaveText('Bs 515,50');
  await page.getByRole('button', { name: 'Cerrar caja' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Bs 500,00');
  await expect(dialog).toContainText('+ Recargas (ingreso)Bs 45,50');
  await expect(dialog).toContainText('− Inyecciones (egreso)Bs 30,00');
  await expect(dialog.getByTestId('esperado')).toHaveText('Bs 515,50');
  await page.getByRole('textbox', { name: 'Monto final contado (Bs)' }).fill('514,50');
  await expect(dialog).toContainText('Diferencia: Bs -1,00');
  await dialog.getByRole('button', { name: 'Confirmar' }).click();

  await expect(page.getByTestId('diferencia')).toContainText('Bs -1,00 (falta dinero)');
  await page.getByRole('button', { name: 'Imprimir cierre' }).click();
  await page.emulateMedia({ media: 'print' });
  const report = page.getByRole('article', { name: 'Cierre de caja' });
  await expect(report).toBeVisible();
  await expect(page.getByRole('button', { name: 'Imprimir cierre' })).toBeHidden();
  await expect(page.getByRole('navigation')).toBeHidden();
  for (const text of [
    'Caja 01',
    'Carla Quispe',
    'Apertura',
    'Cierre',
    'Bs 45,50',
    'Bs 30,00',
    'Bs 515,50',
    'Bs 514,50',
    'Bs -1,00 (FALTA)',
    'Supervisor',
  ]) {
    await expect(report).toContainText(text);
  }
  await expect(
    report
      .getByRole('table', { name: 'Recargas vendidas (ingreso)' })
      .getByRole('row', { name: /Tigo/ }),
  ).toContainText('2');
  await page.setViewportSize({ width: 302, height: 1200 });
  const box = await report.boundingBox();
  expect(box?.width).toBeLessThanOrEqual(302);
});
