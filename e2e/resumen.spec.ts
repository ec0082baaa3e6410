import { Page } from '@playwright/test';
import { Cents, formatBs, parseWireMoney } from '../src/app/shared/money';
import { CAJERO, SUPERVISOR, expect, login, test } from './fixtures';
import { sell } from './helpers';
import { apiGet, apiPost, mock } from './mock';

const RESUMEN = '/recargas/resumen';
const HOUR = 3_600_000;

interface WireRecarga {
  operadora: string;
  monto: string;
  fecha_hora: string;
  caja_sesion?: { id_usuario: number };
}

interface Sum {
  count: number;
  cents: number;
}
function add<K>(map: Map<K, Sum>, key: K, cents: number): void {
  const sum = map.get(key) ?? { count: 0, cents: 0 };
  map.set(key, { count: sum.count + 1, cents: sum.cents + cents });
}

/** The Bolivian day (UTC-4) of an instant, as `YYYY-MM-DD`. */
const boDay = (ms: number) => new Date(ms - 4 * HOUR).toISOString().slice(0, 10);

const region = (page: Page, name: string) => page.getByRole('region', { name });
const pool = (page: Page, operadora: string) =>
  region(page, 'Saldos y pronóstico').getByRole('listitem').filter({ hasText: operadora });
const opRow = (page: Page, name: string) =>
  region(page, 'Ventas por operadora')
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name, exact: true }) });
/** Top-ups count and amount: the row's first two cells. */
async function expectSums(row: ReturnType<typeof opRow>, sum: Sum) {
  await expect(row.getByRole('cell').nth(0)).toHaveText(String(sum.count));
  await expect(row.getByRole('cell').nth(1)).toHaveText(formatBs(sum.cents as Cents));
}
const SENTENCE = /se agota hoy a las \d\d:\d\d|alcanza para hoy|alcanza para \d+ (h|min)|sin saldo/;

test.describe('Resumen del día', () => {
  test("shows today's sales per operator and per cashier, by name, to the cent", async ({
    page,
  }) => {
    await login(page, CAJERO);
    await sell(page, '76543210', 'Tigo', '12,35');
    await sell(page, '71234567', 'Viva', '0,30');
    await page.getByRole('button', { name: 'Cerrar sesión' }).click();
    await login(page, SUPERVISOR, RESUMEN);
    await expect(page.getByRole('heading', { name: 'Resumen del día' })).toBeVisible();

    // Expected figures from the mock's own history, as the service sends it.
    const today = boDay(Date.now());
    const rows = (await apiGet<WireRecarga[]>(page, '/recargas/historial/clientes')).filter(
      (r) => boDay(Date.parse(r.fecha_hora)) === today,
    );
    const byCajero = new Map<number, Sum>();
    const byOp = new Map<string, Sum>();
    for (const r of rows) {
      const cents = parseWireMoney(r.monto);
      add(byCajero, r.caja_sesion?.id_usuario ?? -1, cents);
      add(byOp, r.operadora, cents);
    }
    expect(byCajero.has(3)).toBe(true);

    const cajeros = region(page, 'Ventas por cajero');
    for (const [id, sum] of byCajero) {
      const { data } = await apiGet<{ data: { name: string } | null }>(page, `/usuario/${id}`);
      expect(data?.name).toBeTruthy();
      const item = cajeros.getByRole('listitem').filter({ hasText: data?.name });
      const word = sum.count === 1 ? 'recarga' : 'recargas';
      await expect(item).toContainText(`${sum.count} ${word}`);
      await expect(item).toContainText(formatBs(sum.cents as Cents));
    }
    // Who has a till open: the cashier's session on Caja 01, open since today.
    const carla = cajeros.getByRole('table', { name: 'Sesiones de Carla Quispe' });
    await expect(carla.getByRole('row').filter({ hasText: 'Abierta' })).toContainText('Caja 01');
    await expect(cajeros).not.toContainText(/Usuario \d/);

    const all = { count: 0, cents: 0 };
    for (const op of ['Tigo', 'Entel', 'Viva']) {
      const sum = byOp.get(op) ?? { count: 0, cents: 0 };
      all.count += sum.count;
      all.cents += sum.cents;
      await expectSums(opRow(page, op), sum);
    }
    await expectSums(opRow(page, 'Total'), all);

    await page.getByRole('button', { name: 'Ayer' }).click();
    await expect(page.getByRole('button', { name: 'Ayer' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(region(page, 'Saldos y pronóstico')).toContainText(
      'El pronóstico se calcula solo para hoy.',
    );
  });

  test('after a visit, no browser storage of the app holds a password hash', async ({ page }) => {
    await login(page, SUPERVISOR, RESUMEN);
    await page.getByRole('button', { name: 'Ayer' }).click();
    await expect(region(page, 'Ventas por cajero')).toContainText('Carla Quispe');
    await page.getByRole('navigation').getByRole('link', { name: 'Historial de recargas' }).click();
    await page.getByRole('button', { name: 'Todo' }).click();
    await expect(page.getByRole('table', { name: 'Recargas' })).toContainText('Carla Quispe');

    const stored = await page.evaluate(async () => {
      const dump: string[] = [
        JSON.stringify(Object.entries(localStorage)),
        JSON.stringify(Object.entries(sessionStorage)),
      ];
      for (const info of await indexedDB.databases()) {
        if (!info.name || info.name === 'kantuta-mock') continue;
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const req = indexedDB.open(info.name as string);
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        for (const store of Array.from(db.objectStoreNames)) {
          const values = await new Promise<unknown[]>((resolve, reject) => {
            const req = db.transaction(store).objectStore(store).getAll();
            req.onsuccess = () => resolve(req.result);
            req.onerror = () => reject(req.error);
          });
          dump.push(JSON.stringify(values));
        }
        db.close();
      }
      return dump.join('\n');
    });
    expect(stored).toContain('Sergio Mamani');
    expect(stored).not.toMatch(/\$2[aby]\$|"password"|supervisor123/);
  });

  test('a till closed while the resumen is open reads closed once the history is read again', async ({
    page,
  }) => {
    await login(page, CAJERO);
    await sell(page, '76543210', 'Tigo', '20');
    const { id } = await apiGet<{ id: number }>(page, '/cajas/sesion-activa/3');
    await page.getByRole('button', { name: 'Cerrar sesión' }).click();
    await login(page, SUPERVISOR, RESUMEN);
    const carla = region(page, 'Ventas por cajero').getByRole('table', {
      name: 'Sesiones de Carla Quispe',
    });
    await expect(carla.getByRole('row').filter({ hasText: 'Abierta' })).toHaveCount(1);

    await mock.closeSession(page, id); // closed on the cashier's PC
    await page.getByRole('button', { name: 'Actualizar' }).click();
    await expect(carla.getByRole('row').filter({ hasText: 'Cerrada' }).first()).toBeVisible();
    await expect(carla.getByRole('row').filter({ hasText: 'Abierta' })).toHaveCount(0);
  });

  test('a till closed without a sale reads closed too (the history did not change: a 304)', async ({
    page,
  }) => {
    await login(page, SUPERVISOR, RESUMEN);
    const { id } = await apiGet<{ id: number }>(page, '/cajas/sesion-activa/3');
    const carla = region(page, 'Ventas por cajero').getByRole('table', {
      name: 'Sesiones de Carla Quispe',
    });
    await expect(carla.getByRole('row').filter({ hasText: 'Abierta' })).toHaveCount(1);
    await mock.closeSession(page, id);
    await page.getByRole('button', { name: 'Actualizar' }).click();
    await expect(carla.getByRole('row').filter({ hasText: 'Abierta' })).toHaveCount(0);
  });

  test('a till opened elsewhere without a sale reads open at once, for a cashier already asked', async ({
    page,
  }) => {
    await login(page, SUPERVISOR, RESUMEN);
    const { id, id_caja } = await apiGet<{ id: number; id_caja: number }>(
      page,
      '/cajas/sesion-activa/3',
    );
    const carla = region(page, 'Ventas por cajero').getByRole('table', {
      name: 'Sesiones de Carla Quispe',
    });
    const open = carla.getByRole('row').filter({ hasText: 'Abierta' });
    await expect(open).toHaveCount(1);
    await mock.closeSession(page, id); // the service says a till closed: she is asked again
    await expect(open).toHaveCount(0);

    // She opens a till again on her PC and sells nothing: the history does not change.
    const again = await apiPost<{ id: number }>(page, '/cajas/abrir', {
      id_caja,
      monto_inicial: 0,
      id_usuario: 3,
      id_user_create: 3,
    });
    expect(again.id).toBeGreaterThan(id);
    await expect(open).toHaveCount(1);
  });

  test('the forecast sentence changes after an injection', async ({ page }) => {
    await page.evaluate(() =>
      localStorage.setItem('kantuta.pools', JSON.stringify({ umbrales: {}, cierre: '23:59' })),
    );
    await login(page, CAJERO);
    await sell(page, '76543210', 'Tigo', '20');
    await mock.setSaldo(page, 'Tigo', 1);

    await page.goto(RESUMEN);
    const tigo = pool(page, 'Tigo');
    await expect(tigo).toContainText('Bs 1,00');
    await expect(tigo).toContainText(SENTENCE);
    // No threshold set: the counter's default (Bs 100,00) holds here too.
    await expect(tigo).toContainText('Bajo el umbral de Bs 100,00');
    const before = (await tigo.textContent())?.match(SENTENCE)?.[0] ?? '';

    await page.getByRole('navigation').getByRole('link', { name: 'Inyección' }).click();
    await page.getByRole('radio', { name: /^Tigo/ }).check();
    await page.getByRole('textbox', { name: 'Monto (Bs)' }).fill('300');
    await page.getByRole('button', { name: 'Inyectar saldo' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirmar' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Inyección registrada' }),
    ).toBeVisible();

    await page.getByRole('navigation').getByRole('link', { name: 'Resumen' }).click();
    await expect(tigo).toContainText('Bs 301,00');
    await expect(tigo).toContainText(SENTENCE);
    await expect(tigo).not.toContainText(before);
    await expect(tigo).not.toContainText('Bajo el umbral');
  });
});
