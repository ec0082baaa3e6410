import { readFileSync } from 'node:fs';
import { Page } from '@playwright/test';
import { CAJERO, expect, login, test } from './fixtures';
import { countPosts, expectSaldo, fillTopup, sell } from './helpers';

const numero = (page: Page) => page.getByRole('textbox', { name: 'Número de celular' });
const lockDialog = (page: Page) => page.getByRole('dialog', { name: 'Sesión bloqueada' });
const otherTab = (page: Page) =>
  page.getByRole('alert').filter({ hasText: 'Esta caja está abierta en otra pestaña' });

/** A top-up straight through the mock API (the service does not check the number). */
async function postRecarga(page: Page, body: Record<string, unknown>): Promise<number> {
  return page.evaluate(async (b) => {
    const auth = JSON.parse(sessionStorage.getItem('kantuta.auth') ?? '{}') as {
      accessToken?: string;
    };
    const res = await fetch('/api/recargas/cliente', {
      method: 'POST',
      headers: { Authorization: `Bearer ${auth.accessToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(b),
    });
    return res.status;
  }, body);
}

test('a reload keeps the cashier signed in; a browser restarted with its storage asks for the password', async ({
  page,
  browser,
}, testInfo) => {
  await login(page, CAJERO);
  await page.reload();
  await expect(page.getByTestId('sesion-actual')).toContainText('Caja 01');

  // What a restarted browser keeps: cookies and localStorage (here with a token an older
  // version left there), never sessionStorage.
  const state = await page.context().storageState();
  const origin = state.origins[0];
  origin.localStorage.push({
    name: 'kantuta.auth',
    value: await page.evaluate(() => sessionStorage.getItem('kantuta.auth') ?? ''),
  });
  const restarted = await browser.newContext({
    storageState: state,
    baseURL: testInfo.project.use.baseURL,
  });
  const again = await restarted.newPage();
  await again.goto('/recargas');
  await expect(again).toHaveURL(/\/login/);
  await expect(again.getByLabel('Contraseña')).toBeVisible();
  expect(await again.evaluate(() => localStorage.getItem('kantuta.auth'))).toBeNull();
  await restarted.close();
});

test('after 10 minutes without input the page locks; unlocking keeps the typed number', async ({
  page,
}) => {
  await page.clock.install();
  await login(page, CAJERO);
  await numero(page).fill('76543210');

  await page.clock.fastForward('09:00');
  await expect(lockDialog(page)).toHaveCount(0);
  await page.clock.fastForward('01:00');
  await expect(lockDialog(page)).toBeVisible();
  await expect(lockDialog(page).getByRole('button', { name: 'Cerrar sesión' })).toBeVisible();

  await lockDialog(page).getByRole('textbox', { name: 'Contraseña' }).fill('equivocada');
  await lockDialog(page).getByRole('button', { name: 'Desbloquear' }).click();
  await expect(lockDialog(page).getByRole('alert')).toContainText('Te quedan 4 intentos');

  await lockDialog(page).getByRole('textbox', { name: 'Contraseña' }).fill(CAJERO.password);
  await lockDialog(page).getByRole('button', { name: 'Desbloquear' }).click();
  await expect(lockDialog(page)).toHaveCount(0);
  await expect(numero(page)).toHaveValue('76543210');
});

test("signing out from the lock closes the read-back under it: nothing sent, nothing of the cashier's left", async ({
  page,
}) => {
  await page.clock.install();
  await login(page, CAJERO);
  const posts = countPosts(page, '/recargas');
  await fillTopup(page, '76543210', 'Tigo', '20');
  await page.getByRole('button', { name: 'Recargar' }).click();
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Confirmar' })).toBeVisible();
  await page.clock.fastForward('10:00');
  await expect(lockDialog(page)).toBeVisible();

  await lockDialog(page).getByRole('button', { name: 'Cerrar sesión' }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByText('76543210')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Ingresar' })).toBeEnabled();
  await page.getByRole('textbox', { name: 'Correo electrónico' }).click(); // not covered
  expect(posts()).toBe(0);
});

test('a reload does not get around the lock, and five wrong passwords sign out', async ({
  page,
}) => {
  await page.clock.install();
  await login(page, CAJERO);
  await page.clock.fastForward('10:00');
  await expect(lockDialog(page)).toBeVisible();
  await page.reload();
  await expect(lockDialog(page)).toBeVisible();

  for (let left = 4; left >= 0; left--) {
    await lockDialog(page).getByRole('textbox', { name: 'Contraseña' }).fill('equivocada');
    await lockDialog(page).getByRole('button', { name: 'Desbloquear' }).click();
    await expect(lockDialog(page).getByRole('alert')).toContainText(
      left === 0 ? 'Demasiados intentos' : `Te quedan ${left}`,
    );
  }
  await expect(page).toHaveURL(/\/login/);
  await expect(lockDialog(page)).toHaveCount(0);
  expect(await page.evaluate(() => sessionStorage.getItem('kantuta.auth'))).toBeNull();
});

test('an exported CSV carries hostile numbers as text, amounts as numbers', async ({ page }) => {
  await login(page, CAJERO);
  await expect(page.getByTestId('sesion-actual')).toContainText(/sesión \d+/);
  const sesion = Number(
    (await page.getByTestId('sesion-actual').textContent())?.match(/sesión (\d+)/)?.[1],
  );
  const hostile = ['=1+1', '+1+1', '-1+1', '@SUM(1+1)', "=cmd|' /C calc'!A0"];
  for (const n of hostile) {
    const status = await postRecarga(page, {
      operadora: 'Tigo',
      numero_cliente: n,
      monto: 10,
      id_caja_sesion: sesion,
    });
    expect(status).toBe(201);
  }
  await page.goto('/recargas/historial/clientes');
  await expect(
    page.getByRole('table', { name: 'Recargas' }).getByRole('row').filter({ hasText: '=1+1' }),
  ).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportar CSV' }).click();
  const text = readFileSync(await (await downloading).path(), 'utf8');
  const guarded = text
    .split('\r\n')
    .map((line) => line.split(',')[3])
    .filter((n) => n?.startsWith("'"));
  expect(guarded.sort()).toEqual(["'+1+1", "'-1+1", "'=1+1", "'=cmd|' /C calc'!A0", "'@SUM(1+1)"]);
  expect(text).toContain(",'=1+1,10.00,");
  expect(text).not.toMatch(/(^|,)[=+\-@]/m);
});

test('two tabs: exactly one sells, and Usar aquí moves the selling', async ({ page }) => {
  await login(page, CAJERO);
  await expect(numero(page)).toBeEnabled();
  const second = await page.context().newPage();
  await login(second, CAJERO);

  await expect(otherTab(second)).toBeVisible();
  await expect(numero(second)).toBeDisabled();
  await expect(otherTab(page)).toHaveCount(0);
  await expect(numero(page)).toBeEnabled();

  // A sale in the first tab, after the second opened: one service, one database.
  await sell(page, '76543210', 'Tigo', '20');
  await expectSaldo(page, 'Tigo', 'Bs 1.480,00');
  // The other tab hears of it (the service's socket reaches every client): its balances follow.
  await expectSaldo(second, 'Tigo', 'Bs 1.480,00');

  await otherTab(second).getByRole('button', { name: 'Usar aquí' }).click();
  await expect(otherTab(second)).toHaveCount(0);
  await expect(numero(second)).toBeEnabled();
  await expect(otherTab(page)).toBeVisible();
  await expect(numero(page)).toBeDisabled();
  await sell(second, '71112222', 'Tigo', '10');
  await expectSaldo(second, 'Tigo', 'Bs 1.470,00');
});

test('a read-back left open in a tab that lost the selling sends nothing when confirmed', async ({
  page,
}) => {
  await login(page, CAJERO);
  await expect(numero(page)).toBeEnabled();
  const second = await page.context().newPage();
  await login(second, CAJERO);
  await expect(otherTab(second)).toBeVisible();
  const posts = countPosts(page, '/recargas');

  // The first tab's read-back is open when the second takes the selling.
  await fillTopup(page, '76543210', 'Tigo', '20');
  await page.getByRole('button', { name: 'Recargar' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('button', { name: 'Confirmar' })).toBeVisible();
  await otherTab(second).getByRole('button', { name: 'Usar aquí' }).click();
  await expect(numero(second)).toBeEnabled();

  await dialog.getByRole('button', { name: 'Confirmar' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'no se envió nada' })).toContainText(
    'Esta caja está abierta en otra pestaña',
  );
  expect(posts()).toBe(0);
  await expectSaldo(second, 'Tigo', 'Bs 1.500,00');
});

test('mock-production runs under its own CSP: no inline handler blocked, styles applied', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__cspViolations.push(`${e.violatedDirective} ${e.sourceFile}`),
    );
  });
  await login(page, CAJERO);
  const seen = await page.evaluate(() => ({
    violations: (window as unknown as { __cspViolations: string[] }).__cspViolations,
    printOnly: Array.from(document.querySelectorAll('link[rel=stylesheet]'))
      .map((l) => (l as HTMLLinkElement).media)
      .filter((m) => m && !matchMedia(m).matches),
    toolbar: getComputedStyle(document.querySelector('header')!).backgroundColor,
    bodyMargin: getComputedStyle(document.body).margin,
  }));
  expect(seen.violations).toEqual([]);
  expect(seen.printOnly).toEqual([]);
  expect(seen.toolbar).not.toBe('rgba(0, 0, 0, 0)');
  expect(seen.bodyMargin).toBe('0px');
});
