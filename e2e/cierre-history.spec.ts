import { CAJERO, SUPERVISOR, expect, login, test } from './fixtures';
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
