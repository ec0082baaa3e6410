import { Page } from '@playwright/test';
import { CAJERO, SUPERVISOR, expect, login, test } from './fixtures';
import { sell } from './helpers';
import { apiGet } from './mock';

interface Row {
  id_caja_sesion: number;
  monto: string;
  caja_sesion: { estado_sesion: string; id_usuario: number; monto_final_teorico: string | null };
}

test('a supervisor prints the cierre of a past session picked from the history', async ({
  page,
}) => {
  await page.addInitScript(() => {
    window.print = () => undefined;
  });
  await login(page, SUPERVISOR);
  const rows = await apiGet<Row[]>(page, '/recargas/historial/clientes');
  const past = rows.find((r) => r.caja_sesion.estado_sesion === 'CERRADA');
  expect(past).toBeDefined();
  const id = past!.id_caja_sesion;
  const count = rows.filter((r) => r.id_caja_sesion === id).length;
  const total = rows
    .filter((r) => r.id_caja_sesion === id)
    .reduce((s, r) => s + Math.round(Number(r.monto) * 100), 0);

  await page.goto(`/recargas/historial/clientes?sesion=${id}&rango=todo`);
  await page.getByRole('link', { name: `Ver cierre de la sesión ${id}` }).click();
  await expect(page).toHaveURL(new RegExp(`/caja/cierre/${id}$`));
  const report = page.getByRole('article', { name: 'Cierre de caja' });
  await expect(report).toContainText(`sesión ${id}`);
  const totalText = `Bs ${Math.trunc(total / 100).toLocaleString('de-DE')},${String(total % 100).padStart(2, '0')}`;
  const recargas = report.getByRole('table', { name: 'Recargas vendidas (ingreso)' });
  await expect(recargas.getByRole('row', { name: /Total/ })).toContainText(String(count));
  await expect(recargas.getByRole('row', { name: /Total/ })).toContainText(totalText);
  await expect(report).toContainText('Efectivo esperado');
  await expect(report).toContainText('Supervisor');
  await page.getByRole('button', { name: 'Imprimir cierre' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(report).toBeVisible();
  await expect(page.getByRole('heading', { name: `Cierre de la sesión ${id}` })).toBeHidden();
});

test('a cashier cannot open the cierre of another user session', async ({ page }) => {
  await login(page, SUPERVISOR, '/caja');
  await page.getByRole('combobox', { name: 'Caja' }).click();
  await page.getByRole('option', { name: /Caja 02/ }).click();
  await page.getByRole('button', { name: 'Abrir caja' }).click();
  await expect(page.getByTestId('sesion-actual')).toContainText('Caja 02');
  const id = Number(
    (await page.getByTestId('sesion-actual').textContent())?.match(/sesión (\d+)/)?.[1],
  );
  await page.getByRole('link', { name: 'Inyección' }).click();
  await expect(page.getByRole('heading', { name: 'Inyección de saldo' })).toBeVisible();
  await page.getByRole('radio', { name: /^Tigo/ }).check();
  await page.getByRole('textbox', { name: 'Monto (Bs)' }).fill('5');
  await page.getByRole('button', { name: 'Inyectar saldo' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirmar' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Inyección registrada' })).toBeVisible();
  await page.getByRole('button', { name: 'Cerrar sesión' }).click();

  await login(page, CAJERO, `/caja/cierre/${id}`);
  await expect(page.getByRole('alert')).toHaveText(
    'Solo puedes ver el cierre de tus propias sesiones.',
  );
  await expect(page.getByRole('article', { name: 'Cierre de caja' })).toHaveCount(0);
});

/** The amount beside a line of the cierre's cuadre ("Efectivo esperado"). */
function cuadreLine(page: Page, label: string) {
  return page
    .getByRole('article', { name: 'Cierre de caja' })
    .locator('dl.cuadre dt', { hasText: new RegExp(`^${label}$`) })
    .locator('xpath=following-sibling::dd[1]');
}

async function sesionActual(page: Page): Promise<number> {
  await expect(page.getByTestId('sesion-actual')).toContainText('sesión');
  return Number(
    (await page.getByTestId('sesion-actual').textContent())?.match(/sesión (\d+)/)?.[1],
  );
}

test("a supervisor's cierre of a cashier's open session expects that till's cash, not the supervisor's", async ({
  page,
}) => {
  await login(page, CAJERO);
  await sell(page, '71111111', 'Tigo', '20');
  await page.getByRole('navigation').getByRole('link', { name: 'Caja' }).click();
  const id = await sesionActual(page);
  await expect(page.getByTestId('efectivo-caja')).toHaveText('Bs 520,00');
  await page.getByRole('button', { name: 'Cerrar sesión' }).click();

  // The supervisor's own till holds other cash (Caja 02: Bs 300,00).
  await login(page, SUPERVISOR, '/caja');
  await page.getByRole('combobox', { name: 'Caja' }).click();
  await page.getByRole('option', { name: /Caja 02/ }).click();
  await page.getByRole('button', { name: 'Abrir caja' }).click();
  await expect(page.getByTestId('sesion-actual')).toContainText('Caja 02');

  await page.goto(`/caja/cierre/${id}`);
  await expect(page.getByRole('article', { name: 'Cierre de caja' })).toContainText('caja abierta');
  await expect(cuadreLine(page, 'Efectivo esperado')).toHaveText('Bs 520,00');
  await expect(cuadreLine(page, 'Otros movimientos')).toHaveCount(0);
});

test('the cierre of a session closed a moment ago shows the counted cash, before the history says it closed', async ({
  page,
}) => {
  await login(page, CAJERO);
  await sell(page, '71111111', 'Tigo', '10');
  await page.getByRole('navigation').getByRole('link', { name: 'Caja' }).click();
  const id = await sesionActual(page);
  await page.getByRole('button', { name: 'Cerrar caja' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('esperado')).toHaveText('Bs 510,00');
  await page.getByRole('textbox', { name: 'Monto final contado (Bs)' }).fill('512');
  await dialog.getByRole('button', { name: 'Confirmar' }).click();
  await expect(page.getByTestId('diferencia')).toContainText('Bs 2,00');

  // In the same page life: the history read for the close still has the session open.
  await page.getByRole('navigation').getByRole('link', { name: 'Historial de recargas' }).click();
  await page.getByRole('textbox', { name: 'Sesión' }).fill(String(id));
  await page.getByRole('link', { name: `Ver cierre de la sesión ${id}` }).click();
  await expect(page).toHaveURL(new RegExp(`/caja/cierre/${id}$`));
  const report = page.getByRole('article', { name: 'Cierre de caja' });
  await expect(report).not.toContainText('caja abierta');
  await expect(cuadreLine(page, 'Efectivo esperado')).toHaveText('Bs 510,00');
  await expect(cuadreLine(page, 'Efectivo contado')).toHaveText('Bs 512,00');
  await expect(cuadreLine(page, 'Diferencia')).toContainText('Bs 2,00 (SOBRA)');
});
