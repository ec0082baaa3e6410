import { Page, expect, test as base } from '@playwright/test';

export const CAJERO = { email: 'cajero@kantuta.bo', password: 'cajero123' };
export const SUPERVISOR = { email: 'supervisor@kantuta.bo', password: 'supervisor123' };

interface MockWindow {
  __kantutaMock?: { reset(): Promise<void> };
}

/**
 * Every test starts from the seed: the mock runs without latency, its store is reset, and the
 * tab's sessionStorage (tokens) is empty.
 */
export const test = base.extend<{ resetMock: void }>({
  resetMock: [
    async ({ page }, use) => {
      await page.addInitScript(() => {
        localStorage.setItem(
          'kantuta.mock.config',
          JSON.stringify({ latencyMs: 0, reconcileGraceMs: 300 }),
        );
      });
      await page.goto('/login');
      await page.waitForFunction(() => !!(window as MockWindow).__kantutaMock);
      await page.evaluate(async () => {
        await (window as MockWindow).__kantutaMock?.reset();
        sessionStorage.removeItem('kantuta.auth');
      });
      await use();
    },
    { auto: true },
  ],
});

export async function login(
  page: Page,
  account: { email: string; password: string },
  path = '/recargas',
) {
  await page.goto(`/login?volver=${encodeURIComponent(path)}`);
  await page.getByRole('textbox', { name: 'Correo electrónico' }).fill(account.email);
  await page.getByLabel('Contraseña').fill(account.password);
  await page.getByRole('button', { name: 'Ingresar' }).click();
  await expect(page).toHaveURL(new RegExp(`${path.replace(/[/?]/g, '\\$&')}`));
}

export { expect };
