import { Page } from '@playwright/test';
import { SUPERVISOR, expect, login, test } from './fixtures';

// A shop PC set up in English: the native date input would read mm/dd/yyyy here.
test.use({ locale: 'en-US' });

const HISTORIAL = '/recargas/historial/clientes';
const DAY = 86_400_000;

const dataRows = (page: Page) =>
  page
    .getByRole('table', { name: 'Recargas' })
    .getByRole('row')
    .filter({ has: page.getByRole('cell') });
const desde = (page: Page) => page.getByRole('textbox', { name: 'Desde' });
const hasta = (page: Page) => page.getByRole('textbox', { name: 'Hasta' });

/** A Bolivian calendar day (UTC-4) `offset` days from today, as ISO and as dd/mm/aaaa. */
function boliviaDay(offset = 0) {
  const iso = new Date(Date.now() - 4 * 3_600_000 + offset * DAY).toISOString().slice(0, 10);
  const [y, m, d] = iso.split('-');
  return { iso, text: `${d}/${m}/${y}` };
}

test('the date filters read dd/mm/aaaa in an English browser, and today has demo rows', async ({
  page,
}) => {
  expect(await page.evaluate(() => navigator.language)).toBe('en-US');
  await login(page, SUPERVISOR, HISTORIAL);
  const today = boliviaDay();
  await expect(desde(page)).toHaveValue(today.text);
  await expect(hasta(page)).toHaveValue(today.text);
  await expect(desde(page)).toHaveAttribute('placeholder', 'dd/mm/aaaa');
  await expect(page.getByRole('button', { name: 'Hoy' })).toHaveAttribute('aria-pressed', 'true');
  await expect(dataRows(page).first()).toBeVisible();
  await expect(dataRows(page).first()).toContainText('Sergio Mamani');
});

test('typing a day in Desde and Hasta filters the rows to that day', async ({ page }) => {
  await login(page, SUPERVISOR, HISTORIAL);
  const day = boliviaDay(-3);

  await desde(page).fill(day.text);
  await desde(page).press('Enter');
  await hasta(page).fill(day.text);
  await hasta(page).press('Tab');
  await expect(page).toHaveURL(new RegExp(`desde=${day.iso}.*hasta=${day.iso}`));
  // Every past day of the seed has the cashier's shift on Caja 01.
  await expect(dataRows(page).first()).toContainText(day.text);
  const shown = await dataRows(page).allInnerTexts();
  expect(shown.length).toBeGreaterThan(3);
  for (const text of shown) expect(text).toContain(day.text);
  const count = Number(
    await page.getByRole('table', { name: 'Recargas' }).getAttribute('aria-rowcount'),
  );
  await expect(
    page
      .getByRole('region', { name: 'Totales de lo mostrado' })
      .getByRole('listitem')
      .filter({ hasText: 'Total' }),
  ).toContainText(`${count - 1} recargas`);
  await expect(desde(page)).toHaveValue(day.text);
});

test('a month-first date is refused and keeps the filter; the calendar starts on Monday', async ({
  page,
}) => {
  await login(page, SUPERVISOR, HISTORIAL);
  const today = boliviaDay();
  await desde(page).fill('12/31/2026');
  await desde(page).press('Enter');
  await expect(page.getByText('Fecha no válida: usa dd/mm/aaaa.')).toBeVisible();
  // The filter keeps today (the default, not written in the URL).
  await expect(dataRows(page).first()).toContainText(today.text);
  await expect(page).not.toHaveURL(/desde=/);

  await page.getByRole('button', { name: 'Abrir calendario (fecha inicial)' }).click();
  const calendar = page.getByRole('dialog');
  await expect(calendar.getByRole('columnheader').first()).toContainText('lunes');
  const [year, month] = today.iso.split('-');
  await calendar.getByRole('button', { name: new RegExp(`^1 de .* de ${year}$`) }).click();
  await expect(desde(page)).toHaveValue(`01/${month}/${year}`);
  await expect(page).toHaveURL(new RegExp(`desde=${year}-${month}-01`));
  await expect(page.getByText('Fecha no válida: usa dd/mm/aaaa.')).toHaveCount(0);
});
