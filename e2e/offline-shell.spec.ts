import { readFileSync } from 'node:fs';
import { BrowserContext, Page, expect, test } from '@playwright/test';
import { routeApi } from '../scripts/lib/fake-api.cjs';

/**
 * The production build with its service worker, served as static files
 * (playwright.prod.config.ts); `/api` answered with the real service's captured answers.
 * Not the mock fixtures of e2e/fixtures.ts: there is no mock in this build.
 */
const DIST = process.env['PROD_DIST'] ?? 'dist/kantuta-recargas/browser';

interface Served {
  path: string;
  status: number;
  bytes: number;
}

/** What the static server sent since the last call (it forgets it then). */
async function servedSinceLastCall(page: Page): Promise<Served[]> {
  const res = await page.request.get('/__served?reset=1');
  return ((await res.json()) as Served[]).filter((s) => !s.path.startsWith('/__served'));
}

async function signIn(page: Page): Promise<void> {
  await page.goto('/login?volver=%2Frecargas');
  await page.getByRole('textbox', { name: 'Correo electrónico' }).fill('operador@kantuta.test');
  await page.getByLabel('Contraseña').fill('clave-de-prueba');
  await page.getByRole('button', { name: 'Ingresar' }).click();
  await expect(page).toHaveURL(/\/recargas$/);
}

async function expectCounterUsable(page: Page): Promise<void> {
  await expect(page.getByRole('region', { name: 'Saldos de operadoras' })).toContainText(
    'Bs 1.500,00',
  );
  await expect(page.getByRole('textbox', { name: 'Número de celular' })).toBeEnabled();
}

/** Until the worker controls the page and holds every file of the app shell. */
async function appShellCached(page: Page): Promise<void> {
  const manifest = JSON.parse(readFileSync(`${DIST}/ngsw.json`, 'utf8')) as {
    assetGroups: { name: string; urls: string[] }[];
  };
  const files = manifest.assetGroups.find((g) => g.name === 'app')?.urls.length ?? 0;
  expect(files).toBeGreaterThan(10);
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const name = (await caches.keys()).find((n) => n.endsWith(':assets:app:cache'));
          return name ? (await (await caches.open(name)).keys()).length : 0;
        }),
      { timeout: 20_000 },
    )
    .toBe(files);
}

async function firstVisit(context: BrowserContext, page: Page) {
  const api = await routeApi(context);
  await signIn(page);
  await expectCounterUsable(page);
  await appShellCached(page);
  return api;
}

test('a second visit takes the app from the worker: under 10 kB from the network', async ({
  context,
  page,
}) => {
  await firstVisit(context, page);
  await servedSinceLastCall(page);
  const api: string[] = [];
  const apiFromWorker: string[] = [];
  const codeFromWorker: string[] = [];
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/api/')) {
      api.push(path);
      if (r.fromServiceWorker()) apiFromWorker.push(path);
    } else if (path.endsWith('.js') && r.fromServiceWorker()) codeFromWorker.push(path);
  });

  await page.reload();
  await expectCounterUsable(page);
  // The app's code comes from the worker; the service's answers never pass through it.
  expect(codeFromWorker.length).toBeGreaterThan(0);
  expect(api.length).toBeGreaterThan(0);
  expect(apiFromWorker).toEqual([]);

  const served = await servedSinceLastCall(page);
  const code = served.filter((s) => /\.(js|css)$/.test(s.path.split('?')[0]));
  const bytes = served.reduce((sum, s) => sum + s.bytes, 0);
  test.info().annotations.push({
    type: 'network on the second visit',
    description: served.map((s) => `${s.path} ${s.bytes} B`).join(', ') || 'nothing',
  });
  expect(code, 'no script or style from the network').toEqual([]);
  expect(bytes, JSON.stringify(served)).toBeLessThan(10_000);
  expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
});

test('with the network cut the app starts, says it is offline and sells nothing', async ({
  context,
  page,
}) => {
  const api = await firstVisit(context, page);
  await context.setOffline(true);
  api.offline = true;
  api.calls.length = 0;

  await page.reload();

  await expect(page.getByRole('navigation', { name: 'Principal' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Recargas', level: 1 })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Sin conexión' })).toBeVisible();
  // Money data is never taken from the worker's cache: the balances are not shown.
  await expect(page.getByRole('region', { name: 'Saldos de operadoras' })).not.toContainText(
    'Bs 1.500,00',
  );
  // Nothing can be sold: the form waits for the connection (and the cashier's session).
  await expect(page.getByRole('textbox', { name: 'Número de celular' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Recargar' })).toBeDisabled();
  expect(api.calls.length, 'the app asked the service (and got no answer)').toBeGreaterThan(0);
  expect(api.calls.filter((c) => c.startsWith('POST'))).toEqual([]);
});
