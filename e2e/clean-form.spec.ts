import { CAJERO, expect, login, test } from './fixtures';
import { fillTopup } from './helpers';

test.describe('after a sale the form is clean for the next customer', () => {
  test('top-up: no red, no error text, the focus back on the number', async ({ page }) => {
    await login(page, CAJERO);
    await fillTopup(page, '76543210', 'Tigo', '20');
    await page.getByRole('button', { name: 'Recargar' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirmar' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Recarga realizada' })).toBeVisible();
    const numero = page.getByRole('textbox', { name: 'Número de celular' });
    await expect(numero).toHaveValue('');
    await expect(numero).toBeFocused();
    await expect(numero).toHaveAttribute('aria-invalid', 'false');
    await expect(page.getByRole('textbox', { name: 'Monto (Bs)' })).toHaveAttribute(
      'aria-invalid',
      'false',
    );
    await expect(page.locator('[aria-invalid="true"]')).toHaveCount(0);
    await expect(numero).toHaveAccessibleDescription(
      '8 dígitos; se aceptan espacios, guiones y +591',
    );
    // Trying to send the empty form still shows what is missing, next to each field.
    await page.getByRole('button', { name: 'Recargar' }).click();
    await expect(numero).toHaveAttribute('aria-invalid', 'true');
    await expect(numero).toHaveAccessibleDescription('Escribe el número de celular.');
  });

  test('injection: no red, no error text after it was registered', async ({ page }) => {
    await login(page, CAJERO, '/recargas/inyeccion');
    await page
      .getByRole('radiogroup', { name: 'Operadora' })
      .getByRole('radio', { name: 'Viva' })
      .check();
    await page.getByRole('textbox', { name: 'Monto (Bs)' }).fill('50');
    await page.getByRole('button', { name: 'Inyectar saldo' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirmar' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Inyección registrada' }),
    ).toBeVisible();
    const monto = page.getByRole('textbox', { name: 'Monto (Bs)' });
    await expect(monto).toHaveValue('');
    await expect(monto).toHaveAttribute('aria-invalid', 'false');
    await expect(page.locator('[aria-invalid="true"]')).toHaveCount(0);
    await expect(page.locator('mat-error')).toHaveCount(0);
  });
});
