import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { Page } from '@playwright/test';
import { CAJERO, SUPERVISOR, expect, login, test } from './fixtures';
import { sell } from './helpers';

const HISTORIAL = '/recargas/historial/clientes';

interface MockWindow {
  __kantutaMock?: { faults: { next(pattern: string, fault: { status: 500 }): void } };
}

const table = (page: Page) => page.getByRole('table', { name: 'Recargas' });
const dataRows = (page: Page) =>
  table(page)
    .getByRole('row')
    .filter({ has: page.getByRole('cell') });
const totals = (page: Page) => page.getByRole('region', { name: 'Totales de lo mostrado' });
const total = (page: Page, name: string) =>
  totals(page).getByRole('listitem').filter({ hasText: name });

/** Today on the Bolivian calendar (UTC-4), as the date fields show it (dd/mm/aaaa). */
const boliviaToday = () =>
  new Date(Date.now() - 4 * 3_600_000).toISOString().slice(0, 10).split('-').reverse().join('/');
const desde = (page: Page) => page.getByRole('textbox', { name: 'Desde' });

test.describe('top-up history', () => {
  test('a cashier sees the own open session by default: just the sale made', async ({ page }) => {
    await login(page, CAJERO);
    await sell(page, '7654 3210', 'Tigo', '20,50', 'Bs 20,50');
    await page.getByRole('navigation').getByRole('link', { name: 'Historial de recargas' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Historial de recargas');
    await expect(dataRows(page)).toHaveCount(1);
    const row = dataRows(page).first();
    await expect(row).toContainText('Tigo');
    await expect(row).toContainText('7654 3210');
    await expect(row).toContainText('Bs 20,50');
    await expect(row).toContainText('Carla Quispe');
    await expect(page.getByRole('button', { name: 'Mi sesión' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const sesion = await page.getByRole('textbox', { name: 'Sesión' }).inputValue();
    await expect(
      page.getByRole('link', { name: `Ver cierre de la sesión ${sesion}` }),
    ).toHaveAttribute('href', `/caja/cierre/${sesion}`);
    await expect(total(page, 'Total')).toContainText('1 recarga');
    await expect(total(page, 'Total')).toContainText('Bs 20,50');
    // `Todo` is the whole history, other sessions included.
    await expect(page.getByRole('button', { name: 'Todo' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await page.getByRole('button', { name: 'Todo' }).click();
    await expect(page.getByRole('button', { name: 'Todo' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.getByRole('button', { name: 'Mi sesión' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await expect(page.getByRole('textbox', { name: 'Sesión' })).toHaveValue('');
    await expect(page.getByRole('link', { name: /Ver cierre de la sesión/ })).toHaveCount(0);
    await expect(total(page, 'Total')).toContainText(/\d{2,} recargas/);
  });

  test('filters by number and operator, totals to the cent, and the URL keeps it on reload', async ({
    page,
  }) => {
    await login(page, CAJERO);
    await sell(page, '76543210', 'Tigo', '20,50', 'Bs 20,50');
    await sell(page, '76549999', 'Entel', '10,10', 'Bs 10,10');
    await sell(page, '71234567', 'Entel', '5', 'Bs 5,00');
    await page.goto(HISTORIAL);
    await expect(dataRows(page)).toHaveCount(3);
    await expect(total(page, 'Total')).toContainText('Bs 35,60');

    const buscar = page.getByRole('textbox', { name: 'Buscar número' });
    await buscar.fill('7654 9');
    await expect(dataRows(page)).toHaveCount(1);
    await expect(dataRows(page).first()).toContainText('7654 9999');
    await buscar.fill('7654');
    await expect(dataRows(page)).toHaveCount(2);
    await expect(total(page, 'Tigo')).toContainText('1 recarga');
    await expect(total(page, 'Tigo')).toContainText('Bs 20,50');
    await expect(total(page, 'Entel')).toContainText('Bs 10,10');
    await expect(total(page, 'Total')).toContainText('Bs 30,60');

    await page.getByRole('combobox', { name: 'Operadora' }).click();
    await page.getByRole('option', { name: 'Entel' }).click();
    await expect(dataRows(page)).toHaveCount(1);
    await expect(dataRows(page).first()).toContainText('7654 9999');
    await expect(total(page, 'Tigo')).toContainText('0 recargas');
    await expect(total(page, 'Total')).toContainText('Bs 10,10');
    await expect(page).toHaveURL(/numero=7654.*operadora=Entel|operadora=Entel.*numero=7654/);

    await page.reload();
    await expect(buscar).toHaveValue('7654');
    await expect(page.getByRole('combobox', { name: 'Operadora' })).toContainText('Entel');
    await expect(dataRows(page)).toHaveCount(1);
    await expect(total(page, 'Total')).toContainText('Bs 10,10');
  });

  test('Exportar CSV downloads the rows shown: BOM, header, ISO dates, plain amounts', async ({
    page,
  }) => {
    await login(page, CAJERO);
    await sell(page, '76543210', 'Tigo', '1500', 'Bs 1.500,00');
    await sell(page, '71234567', 'Viva', '0,30', 'Bs 0,30');
    await page.goto(HISTORIAL);
    await expect(dataRows(page)).toHaveCount(2);
    const sesion = await page.getByRole('textbox', { name: 'Sesión' }).inputValue();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exportar CSV' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`recargas_todo_sesion-${sesion}.csv`);
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('id,fecha_hora,operadora,numero_cliente,monto,id_sesion,cajero');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(
      new RegExp(
        `^\\d+,\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z,Viva,71234567,0\\.30,${sesion},Carla Quispe$`,
      ),
    );
    expect(lines[2]).toMatch(new RegExp(`,Tigo,76543210,1500\\.00,${sesion},Carla Quispe$`));
    expect(lines[3]).toBe('');
  });

  test('a supervisor lands on today, with the demo rows of today; Todo shows the seed history and Back returns', async ({
    page,
  }) => {
    await login(page, SUPERVISOR, HISTORIAL);
    await expect(desde(page)).toHaveValue(boliviaToday());
    await expect(page.getByRole('textbox', { name: 'Hasta' })).toHaveValue(boliviaToday());
    await expect(page.getByRole('button', { name: 'Hoy' })).toHaveAttribute('aria-pressed', 'true');
    // The seed runs up to the moment of the reset: Caja 02 closed minutes ago with 8 top-ups.
    await expect(dataRows(page)).toHaveCount(8);
    await expect(dataRows(page).first()).toContainText(boliviaToday());
    await expect(total(page, 'Total')).toContainText('8 recargas');

    await page.getByRole('button', { name: 'Todo' }).click();
    await expect(page).toHaveURL(/rango=todo/);
    await expect(desde(page)).toHaveValue('');
    for (const name of ['Fecha', 'Operadora', 'Número', 'Monto', 'Sesión', 'Cajero'])
      await expect(table(page).getByRole('columnheader', { name })).toBeVisible();
    await expect(dataRows(page).first()).toBeVisible();
    const count = Number(await table(page).getAttribute('aria-rowcount')) - 1;
    expect(count).toBeGreaterThan(100);
    await expect(total(page, 'Total')).toContainText(`${count} recargas`);
    await expect(
      page.getByRole('img', {
        name: /Totales semanales por operadora|Totales diarios por operadora/,
      }),
    ).toBeVisible();

    await page.goBack();
    await expect(desde(page)).toHaveValue(boliviaToday());
  });

  test('only the rows in view are in the DOM; scrolling reaches the last one', async ({ page }) => {
    await login(page, SUPERVISOR, `${HISTORIAL}?rango=todo`);
    await expect(dataRows(page).first()).toHaveAttribute('aria-rowindex', '2');
    const rowcount = Number(await table(page).getAttribute('aria-rowcount'));
    expect(await dataRows(page).count()).toBeLessThan(40);
    const body = table(page).getByRole('rowgroup').nth(1);
    await body.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect(dataRows(page).last()).toHaveAttribute('aria-rowindex', String(rowcount));
    await expect(dataRows(page).last()).toBeInViewport();
    expect(await dataRows(page).count()).toBeLessThan(40);
  });

  test('the full table, totals and chart have no serious axe violations', async ({ page }) => {
    await login(page, SUPERVISOR, `${HISTORIAL}?rango=todo&orden=monto`);
    await expect(dataRows(page).first()).toBeVisible();
    // The chart and the last fields of the filter bar render a little later: all of it is checked.
    await expect(page.locator('app-history-chart [role="img"]')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Sesión' })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
      [],
    );
  });

  test('a column header sorts and says so', async ({ page }) => {
    await login(page, SUPERVISOR, `${HISTORIAL}?rango=todo`);
    const monto = table(page).getByRole('columnheader', { name: 'Monto' });
    await expect(monto).not.toHaveAttribute('aria-sort');
    await expect(table(page).getByRole('columnheader', { name: 'Fecha' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await monto.getByRole('button').click();
    await expect(monto).toHaveAttribute('aria-sort', 'ascending');
    await expect(page).toHaveURL(/orden=monto/);
    await expect(dataRows(page).first()).toContainText('Bs 7,50');
    await monto.getByRole('button').click();
    await expect(monto).toHaveAttribute('aria-sort', 'descending');
    await expect(dataRows(page).first()).toContainText('Bs 100,00');
  });

  test('the whole history exports to recargas_todo.csv with one line per row', async ({ page }) => {
    await login(page, SUPERVISOR, `${HISTORIAL}?rango=todo`);
    await expect(dataRows(page).first()).toBeVisible();
    const count = Number(await table(page).getAttribute('aria-rowcount')) - 1;
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exportar CSV' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('recargas_todo.csv');
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.split('\r\n')).toHaveLength(count + 2);
  });
});

test('a failed download shows an alert with Reintentar, which loads the history', async ({
  page,
}) => {
  await page.goto(`/login?volver=${encodeURIComponent(`${HISTORIAL}?rango=todo`)}`);
  await page.waitForFunction(() => !!(window as MockWindow).__kantutaMock);
  await page.evaluate(() =>
    (window as MockWindow).__kantutaMock?.faults.next('GET /recargas/historial/clientes', {
      status: 500,
    }),
  );
  await page.getByRole('textbox', { name: 'Correo electrónico' }).fill(SUPERVISOR.email);
  await page.getByLabel('Contraseña').fill(SUPERVISOR.password);
  await page.getByRole('button', { name: 'Ingresar' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'No se pudo cargar el historial' });
  await expect(alert).toBeVisible();
  await expect(table(page)).toHaveCount(0);
  await alert.getByRole('button', { name: 'Reintentar' }).click();
  await expect(dataRows(page).first()).toBeVisible();
  await expect(alert).toHaveCount(0);
});

test.describe('injection history', () => {
  test('shows the seed injections without a number column', async ({ page }) => {
    await login(page, SUPERVISOR, '/recargas/historial/inyecciones?rango=todo');
    const iny = page.getByRole('table', { name: 'Inyecciones' });
    await expect(iny.getByRole('row').nth(1)).toBeVisible();
    await expect(iny.getByRole('columnheader', { name: 'Monto' })).toBeVisible();
    await expect(iny.getByRole('columnheader', { name: 'Número' })).toHaveCount(0);
    await expect(page.getByRole('textbox', { name: 'Buscar número' })).toHaveCount(0);
    await expect(
      page.getByRole('region', { name: 'Totales de lo mostrado' }).getByRole('listitem').last(),
    ).toContainText('inyecciones');
  });
});
