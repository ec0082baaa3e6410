import { Page, expect } from '@playwright/test';

/** Counts the POSTs the page sends to a service path (mock or not, through the worker too). */
export function countPosts(page: Page, path: string): () => number {
  let count = 0;
  page.on('request', (req) => {
    if (req.method() === 'POST' && new URL(req.url()).pathname === `/api${path}`) count++;
  });
  return () => count;
}

export function saldoItem(page: Page, operadora: string) {
  return page
    .getByRole('region', { name: 'Saldos de operadoras' })
    .getByRole('listitem')
    .filter({ hasText: operadora });
}

export async function fillTopup(page: Page, numero: string, operadora: string, monto: string) {
  await page.getByRole('textbox', { name: 'Número de celular' }).fill(numero);
  await page
    .getByRole('radiogroup', { name: 'Operadora' })
    .getByRole('radio', { name: new RegExp(`^${operadora}`) })
    .check();
  await page.getByRole('textbox', { name: 'Monto (Bs)' }).fill(monto);
}

/** One top-up through the form and the read-back dialog, until `Recarga realizada` (with `shown`). */
export async function sell(
  page: Page,
  numero: string,
  operadora: string,
  monto: string,
  shown = '',
): Promise<void> {
  await fillTopup(page, numero, operadora, monto);
  await page.getByRole('button', { name: 'Recargar' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirmar' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Recarga realizada' }).filter({ hasText: shown }),
  ).toBeVisible();
}

export async function expectSaldo(page: Page, operadora: string, text: string) {
  await expect(saldoItem(page, operadora)).toContainText(text);
}
