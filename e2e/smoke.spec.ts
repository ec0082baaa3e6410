import { CAJERO, SUPERVISOR, expect, login, test } from './fixtures';
import { expectSaldo, fillTopup } from './helpers';

test('a cashier signs in and sees the open session on Caja 01', async ({ page }) => {
  await login(page, CAJERO);
  await expect(page.getByText('Carla Quispe')).toBeVisible();
  await expect(page.getByTestId('sesion-actual')).toContainText('Caja 01');
  await page.getByRole('navigation').getByRole('link', { name: 'Caja' }).click();
  await expect(page.getByRole('heading', { name: 'Caja', level: 1 })).toBeVisible();
  await expect(page.getByText('Bs 500,00').first()).toBeVisible();
});

test('a supervisor without a session sees "Sin caja abierta"', async ({ page }) => {
  await login(page, SUPERVISOR);
  await expect(page.getByTestId('sesion-actual')).toHaveText('Sin caja abierta');
});

test('a wrong password is refused with the service message in an alert', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('textbox', { name: 'Correo electrónico' }).fill(CAJERO.email);
  await page.getByLabel('Contraseña').fill('equivocada');
  await page.getByRole('button', { name: 'Ingresar' }).click();
  await expect(page.getByRole('alert')).toHaveText('Contraseña incorrecta');
  await expect(page).toHaveURL(/\/login/);
});

test('a signed-out user asking for a page returns to it after signing in', async ({ page }) => {
  await page.goto('/caja');
  await expect(page).toHaveURL(/\/login\?volver=%2Fcaja/);
  await page.getByRole('textbox', { name: 'Correo electrónico' }).fill(CAJERO.email);
  await page.getByLabel('Contraseña').fill(CAJERO.password);
  await page.getByRole('button', { name: 'Ingresar' }).click();
  await expect(page).toHaveURL(/\/caja$/);
});

test('an unknown path shows a not-found page with a way back', async ({ page }) => {
  await login(page, CAJERO);
  await page.goto('/no-existe');
  await expect(page.getByRole('heading', { name: 'Página no encontrada' })).toBeVisible();
  await page.getByRole('link', { name: 'Volver a Recargas' }).click();
  await expect(page).toHaveURL(/\/recargas$/);
});

test('the session survives a reload and logout clears it', async ({ page }) => {
  await login(page, CAJERO);
  await page.reload();
  await expect(page.getByTestId('sesion-actual')).toContainText('Caja 01');
  await page.getByRole('button', { name: 'Cerrar sesión' }).click();
  await expect(page).toHaveURL(/\/login/);
  const stored = await page.evaluate(() => sessionStorage.getItem('kantuta.auth'));
  expect(stored).toBeNull();
});

test('the mock keeps data across a reload, and the reset brings the seed back', async ({
  page,
}) => {
  await login(page, CAJERO);
  await fillTopup(page, '76543210', 'Tigo', '100');
  await page.getByRole('button', { name: 'Recargar' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirmar' }).click();
  await expectSaldo(page, 'Tigo', 'Bs 1.400,00');
  await page.reload();
  await expectSaldo(page, 'Tigo', 'Bs 1.400,00');
  await page.getByRole('button', { name: 'Restablecer datos de demostración' }).click();
  await expect(page).toHaveURL(/\/login/);
  await login(page, CAJERO);
  await expectSaldo(page, 'Tigo', 'Bs 1.500,00');
});
