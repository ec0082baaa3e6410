import { Page } from '@playwright/test';
import { CAJERO, expect, login, test } from './fixtures';
import { fillTopup } from './helpers';
import { mock } from './mock';

const signOutQuestion = (page: Page) =>
  page.getByRole('alertdialog').filter({ hasText: 'Hay 1 operación con estado desconocido' });

/** A top-up whose answer is lost while the history cannot be read: "Estado desconocido". */
async function unknownTopup(page: Page) {
  await login(page, CAJERO);
  await mock.fault(page, 'POST /recargas/cliente', 'dropAfterApply');
  await mock.fault(page, 'GET /recargas/historial/clientes', { status: 503 });
  await fillTopup(page, '76543210', 'Tigo', '40');
  await page.getByRole('button', { name: 'Recargar' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirmar' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Estado desconocido' })).toBeVisible();
}

const pages = [
  { name: 'the till', path: '/caja', shown: (p: Page) => p.getByTestId('efectivo-caja') },
  {
    name: 'the top-up history',
    path: '/recargas/historial/clientes',
    shown: (p: Page) => p.getByRole('columnheader', { name: 'Fecha' }),
  },
];

test.describe('sign-out knows of an unknown outcome on any page, after a reload', () => {
  for (const { name, path, shown } of pages) {
    test(`reloaded straight into ${name}, "Cerrar sesión" asks about the unknown top-up first`, async ({
      page,
    }) => {
      await unknownTopup(page);
      // A new page life that never opens the counter or the injection page.
      await page.goto(path);
      await expect(shown(page)).toBeVisible();
      await expect(page.getByRole('textbox', { name: 'Número de celular' })).toHaveCount(0);

      await page.getByRole('button', { name: 'Cerrar sesión' }).click();
      await expect(signOutQuestion(page)).toBeVisible();
      await signOutQuestion(page).getByRole('button', { name: 'Cancelar' }).click();
      await expect(signOutQuestion(page)).toHaveCount(0);
      await expect(page).toHaveURL(new RegExp(path.replace(/\//g, '\\/')));

      await page.getByRole('button', { name: 'Cerrar sesión' }).click();
      await signOutQuestion(page).getByRole('button', { name: 'Cerrar sesión igualmente' }).click();
      await expect(page).toHaveURL(/\/login/);
    });
  }
});
