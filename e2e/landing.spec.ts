import { Page } from '@playwright/test';
import { CAJERO, SUPERVISOR, expect, login, test } from './fixtures';

interface MockWindow {
  __kantutaMock?: {
    counts(): { sesiones: number };
    closeSession(id: number): Promise<void>;
  };
}

/** Signs in from the plain login page: no return URL, so the role's start page applies. */
async function signIn(page: Page, account: { email: string; password: string }) {
  await page.goto('/login');
  await page.getByRole('textbox', { name: 'Correo electrónico' }).fill(account.email);
  await page.getByLabel('Contraseña').fill(account.password);
  await page.getByRole('button', { name: 'Ingresar' }).click();
}

const navLabels = (page: Page) => page.getByRole('navigation').getByRole('link').allInnerTexts();

test('a cashier with an open till lands on the counter, own work first in the navigation', async ({
  page,
}) => {
  await signIn(page, CAJERO);
  await expect(page).toHaveURL(/\/recargas$/);
  await expect(page.getByRole('button', { name: 'Recargar' })).toBeVisible();
  await expect
    .poll(() => navLabels(page))
    .toEqual([
      'Recargas',
      'Inyección',
      'Caja',
      'Historial de recargas',
      'Historial de inyecciones',
      'Resumen',
    ]);
  await page.getByRole('navigation').getByRole('link', { name: 'Caja' }).click();
  await page.getByRole('link', { name: 'Kantuta Recargas' }).click();
  await expect(page).toHaveURL(/\/recargas$/);
});

test('a cashier without an open till lands on Caja, and so does the brand link', async ({
  page,
}) => {
  // The seed's only open session is the cashier's, and the newest one.
  await page.evaluate(async () => {
    const mock = (window as MockWindow).__kantutaMock;
    await mock?.closeSession(mock.counts().sesiones);
  });
  await signIn(page, CAJERO);
  await expect(page).toHaveURL(/\/caja$/);
  await expect(page.getByRole('button', { name: 'Abrir caja' })).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Historial de recargas' }).click();
  await page.getByRole('link', { name: 'Kantuta Recargas' }).click();
  await expect(page).toHaveURL(/\/caja$/);
});

test('a supervisor lands on the day at a glance, overview and histories first', async ({
  page,
}) => {
  await signIn(page, SUPERVISOR);
  await expect(page).toHaveURL(/\/recargas\/resumen$/);
  await expect(page.getByRole('heading', { name: 'Resumen del día' })).toBeVisible();
  await expect
    .poll(() => navLabels(page))
    .toEqual([
      'Resumen',
      'Historial de recargas',
      'Historial de inyecciones',
      'Inyección',
      'Recargas',
      'Caja',
    ]);
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Resumen' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  // Every page stays open to both roles.
  await page.getByRole('navigation').getByRole('link', { name: 'Recargas', exact: true }).click();
  await expect(page).toHaveURL(/\/recargas$/);
  await expect(page.getByText('No tienes una caja abierta')).toBeVisible();
  await page.getByRole('link', { name: 'Kantuta Recargas' }).click();
  await expect(page).toHaveURL(/\/recargas\/resumen$/);
});

test('an explicit return URL wins over the start page; /login and / lead to it', async ({
  page,
}) => {
  await login(page, SUPERVISOR, '/caja');
  await expect(page).toHaveURL(/\/caja$/);
  await page.goto('/login');
  await expect(page).toHaveURL(/\/recargas\/resumen$/);
  await page.goto('/caja');
  await page.goto('/');
  await expect(page).toHaveURL(/\/recargas\/resumen$/);
});
