import AxeBuilder from '@axe-core/playwright';
import { CAJERO, SUPERVISOR, expect, login, test } from './fixtures';
import { countPosts, expectSaldo, fillTopup, saldoItem } from './helpers';
import { mock } from './mock';

/** What `Número de celular` says under it until something is wrong. */
const HINT = '8 dígitos; se aceptan espacios, guiones y +591';

test.describe('counter: client top-up', () => {
  test('a top-up succeeds and the Tigo balance drops by exactly the amount', async ({ page }) => {
    await login(page, CAJERO);
    await expectSaldo(page, 'Tigo', 'Bs 1.500,00');
    await fillTopup(page, '7654 3210', 'Tigo', '20,50');
    await page.getByRole('button', { name: 'Recargar' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('7654 3210');
    await expect(dialog).toContainText('Bs 20,50');
    await dialog.getByRole('button', { name: 'Confirmar' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Recarga realizada' })).toBeVisible();
    await expectSaldo(page, 'Tigo', 'Bs 1.479,50');
    await expect(page.getByRole('textbox', { name: 'Número de celular' })).toHaveValue('');
    await expect(page.getByRole('textbox', { name: 'Número de celular' })).toBeFocused();
  });

  test('an amount above the pool is refused before sending, naming the available balance', async ({
    page,
  }) => {
    const posts = countPosts(page, '/recargas/cliente');
    await login(page, CAJERO);
    await expectSaldo(page, 'Viva', 'Bs 300,00');
    await fillTopup(page, '71234567', 'Viva', '300,01');
    await page.getByRole('button', { name: 'Recargar' }).click();
    await expect(page.getByText('Saldo insuficiente de Viva: disponible Bs 300,00.')).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(posts()).toBe(0);
  });

  test('quick amounts above the chosen operator balance are disabled', async ({ page }) => {
    await login(page, CAJERO);
    await fillTopup(page, '71234567', 'Viva', '260');
    await page.getByRole('button', { name: 'Recargar' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirmar' }).click();
    await expectSaldo(page, 'Viva', 'Bs 40,00');
    await fillTopup(page, '71234567', 'Viva', '');
    const quick = page.getByRole('group', { name: 'Montos rápidos' });
    await expect(quick.getByRole('button', { name: 'Bs 30,00' })).toBeEnabled();
    await expect(quick.getByRole('button', { name: 'Bs 50,00' })).toBeDisabled();
    await expect(quick.getByRole('button', { name: 'Bs 100,00' })).toBeDisabled();
    await quick.getByRole('button', { name: 'Bs 30,00' }).click();
    await expect(page.getByRole('textbox', { name: 'Monto (Bs)' })).toHaveValue('30,00');
  });

  for (const bad of ['7654321', '765432101', '7654abcd', '86543210']) {
    test(`the invalid number ${bad} is refused with no POST`, async ({ page }) => {
      const posts = countPosts(page, '/recargas/cliente');
      await login(page, CAJERO);
      await fillTopup(page, bad, 'Tigo', '10');
      await page.getByRole('button', { name: 'Recargar' }).click();
      // The field turns invalid and says why, next to it (its accessible description).
      const numero = page.getByRole('textbox', { name: 'Número de celular' });
      await expect(numero).toHaveAttribute('aria-invalid', 'true');
      await expect(numero).toHaveAccessibleDescription(/\S/);
      await expect(numero).not.toHaveAccessibleDescription(HINT);
      await expect(page.getByRole('dialog')).toHaveCount(0);
      expect(posts()).toBe(0);
    });
  }

  test('ten rapid confirms send exactly one POST', async ({ page }) => {
    const posts = countPosts(page, '/recargas/cliente');
    await login(page, CAJERO);
    await fillTopup(page, '76543210', 'Entel', '10');
    await page.getByRole('button', { name: 'Recargar' }).click();
    const confirmar = page.getByRole('dialog').getByRole('button', { name: 'Confirmar' });
    await expect(confirmar).toBeFocused();
    // Ten Enters as fast as the keyboard sends them, whatever happens on screen meanwhile: the
    // first confirms, the others land on a closing dialog or on the cleared form.
    for (let i = 0; i < 10; i++) await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Recarga realizada' })).toBeVisible();
    await expectSaldo(page, 'Entel', 'Bs 790,00');
    expect(posts()).toBe(1);
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('ten rapid clicks on Confirmar send exactly one POST', async ({ page }) => {
    const posts = countPosts(page, '/recargas/cliente');
    await login(page, CAJERO);
    await fillTopup(page, '76543210', 'Tigo', '15');
    await page.getByRole('button', { name: 'Recargar' }).click();
    const confirmar = page.getByRole('dialog').getByRole('button', { name: 'Confirmar' });
    await confirmar.click({ clickCount: 10, delay: 5 }).catch(() => undefined);
    await expect(page.getByRole('status').filter({ hasText: 'Recarga realizada' })).toBeVisible();
    expect(posts()).toBe(1);
  });

  test('a keyboard-only top-up: number, operator key, quick amount, Enter, Enter', async ({
    page,
  }) => {
    await login(page, CAJERO);
    const numero = page.getByRole('textbox', { name: 'Número de celular' });
    await expect(numero).toBeFocused();
    await page.keyboard.type('+591 7111-2222');
    await page.keyboard.press('1');
    await expect(page.getByRole('radio', { name: /^Tigo/ })).toBeChecked();
    await expect(page.getByRole('textbox', { name: 'Monto (Bs)' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Bs 20,00' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Recargar' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog')).toContainText('7111 2222');
    await expect(page.getByRole('dialog').getByRole('button', { name: 'Confirmar' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Recarga realizada' })).toContainText(
      'Bs 20,00',
    );
    await expectSaldo(page, 'Tigo', 'Bs 1.480,00');
  });

  test('Esc in the read-back dialog goes back with the form as typed and nothing sent', async ({
    page,
  }) => {
    const posts = countPosts(page, '/recargas/cliente');
    await login(page, CAJERO);
    await fillTopup(page, '76543210', 'Tigo', '10');
    await page.getByRole('button', { name: 'Recargar' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByRole('textbox', { name: 'Monto (Bs)' })).toHaveValue('10');
    expect(posts()).toBe(0);
  });

  test('the dialog warns of the same number and amount recharged minutes ago', async ({ page }) => {
    await login(page, CAJERO);
    for (let i = 0; i < 2; i++) {
      await fillTopup(page, '76543210', 'Tigo', '10');
      await page.getByRole('button', { name: 'Recargar' }).click();
      if (i === 1) await expect(page.getByRole('dialog')).toContainText('ya recibió Bs 10,00');
      await page.getByRole('dialog').getByRole('button', { name: 'Confirmar' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Recarga realizada' })).toBeVisible();
    }
  });

  test('the server refusal appears in Spanish in an alert and the form keeps what was typed', async ({
    page,
  }) => {
    await login(page, CAJERO);
    await page.evaluate(() =>
      (
        window as unknown as { __kantutaMock: { faults: { next(p: string, f: unknown): void } } }
      ).__kantutaMock.faults.next('POST /recargas/cliente', { status: 500 }),
    );
    await fillTopup(page, '76543210', 'Tigo', '10');
    await page.getByRole('button', { name: 'Recargar' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirmar' }).click();
    await expect(page.getByRole('alert').filter({ hasText: /servidor/i })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Número de celular' })).toHaveValue('76543210');
    await expect(page.getByRole('textbox', { name: 'Monto (Bs)' })).toHaveValue('10');
    await expectSaldo(page, 'Tigo', 'Bs 1.500,00');
  });

  test('print a receipt and reprint it from the recent list', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    await login(page, CAJERO);
    await fillTopup(page, '76543210', 'Viva', '30');
    await page.getByRole('button', { name: 'Recargar' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirmar' }).click();
    await page.getByRole('button', { name: 'Imprimir comprobante', exact: true }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed))
      .toBe(1);
    await page.emulateMedia({ media: 'print' });
    const receipt = page.getByRole('article', { name: 'Comprobante de recarga' });
    await expect(receipt).toBeVisible();
    await expect(receipt).toContainText('Viva');
    await expect(receipt).toContainText('7654 3210');
    await expect(receipt).toContainText('Bs 30,00');
    await expect(receipt).toContainText('Caja 01');
    await expect(receipt).not.toContainText('REIMPRESIÓN');
    await expect(page.getByRole('button', { name: 'Recargar' })).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    await page
      .getByRole('button', { name: /Reimprimir comprobante/ })
      .first()
      .click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed))
      .toBe(2);
    await page.emulateMedia({ media: 'print' });
    await expect(receipt).toContainText('REIMPRESIÓN');
  });
});

test.describe('counter: injection and session', () => {
  test('an injection raises the balance and takes the cash from the till', async ({ page }) => {
    await login(page, CAJERO, '/recargas/inyeccion');
    await expect(page.getByTestId('efectivo-caja')).toHaveText('Bs 500,00');
    await page
      .getByRole('radiogroup', { name: 'Operadora' })
      .getByRole('radio', { name: /^Viva/ })
      .check();
    await page.getByRole('textbox', { name: 'Monto (Bs)' }).fill('120,50');
    await page.getByRole('button', { name: 'Inyectar saldo' }).click();
    await expect(page.getByRole('dialog')).toContainText('EGRESO');
    await page.getByRole('dialog').getByRole('button', { name: 'Confirmar' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Inyección registrada' }),
    ).toBeVisible();
    await expectSaldo(page, 'Viva', 'Bs 420,50');
    await expect(page.getByTestId('efectivo-caja')).toHaveText('Bs 379,50');
  });

  test('an injection above the till cash is refused before sending', async ({ page }) => {
    const posts = countPosts(page, '/recargas/inyeccion');
    await login(page, CAJERO, '/recargas/inyeccion');
    await expect(page.getByTestId('efectivo-caja')).toHaveText('Bs 500,00');
    await page.getByRole('radio', { name: /^Tigo/ }).check();
    await page.getByRole('textbox', { name: 'Monto (Bs)' }).fill('500,01');
    await page.getByRole('button', { name: 'Inyectar saldo' }).click();
    await expect(
      page.getByText('Efectivo insuficiente en la caja: disponible Bs 500,00.'),
    ).toBeVisible();
    expect(posts()).toBe(0);
  });

  test('without an open session the forms are disabled and an alert links to Abrir caja', async ({
    page,
  }) => {
    await login(page, SUPERVISOR);
    const alert = page.getByRole('alert').filter({ hasText: 'No tienes una caja abierta' });
    await expect(alert).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Número de celular' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Recargar' })).toBeDisabled();
    await alert.getByRole('link', { name: 'Abrir caja' }).click();
    await expect(page).toHaveURL(/\/caja$/);
    await page.getByRole('combobox', { name: 'Caja' }).click();
    await page.getByRole('option', { name: /Caja 02/ }).click();
    await page.getByRole('textbox', { name: 'Monto inicial (Bs)' }).fill('250');
    await page.getByRole('button', { name: 'Abrir caja' }).click();
    await expect(page.getByTestId('sesion-actual')).toContainText('Caja 02');
    await page.getByRole('link', { name: 'Inyección' }).click();
    await expect(page.getByRole('button', { name: 'Inyectar saldo' })).toBeEnabled();
  });

  test('closing the session shows expected, counted and a flagged difference', async ({ page }) => {
    await login(page, CAJERO, '/caja');
    await expect(page.getByTestId('efectivo-caja')).toHaveText('Bs 500,00');
    await page.getByRole('button', { name: 'Cerrar caja' }).click();
    await page.getByRole('textbox', { name: 'Monto final contado (Bs)' }).fill('499');
    await page.getByRole('dialog').getByRole('button', { name: 'Confirmar' }).click();
    await expect(page.getByTestId('diferencia')).toContainText('Bs -1,00');
    await expect(page.getByTestId('diferencia')).toContainText('falta');
    await expect(page.getByRole('button', { name: 'Imprimir cierre' })).toBeVisible();
    await expect(page.getByTestId('sesion-actual')).toHaveText('Sin caja abierta');
  });
});

test('an operator with no row shows as not set up, refuses top-ups and is created by an injection', async ({
  page,
}) => {
  const posts = countPosts(page, '/recargas/cliente');
  await login(page, CAJERO);
  await mock.removeOperadora(page, 'Viva');
  await expect(saldoItem(page, 'Viva')).toContainText('Sin configurar');
  await fillTopup(page, '76543210', 'Viva', '10');
  await page.getByRole('button', { name: 'Recargar' }).click();
  await expect(page.getByText('Viva no está registrada: inyecta saldo primero.')).toBeVisible();
  expect(posts()).toBe(0);
  await page.getByRole('navigation').getByRole('link', { name: 'Inyección' }).click();
  // The counter's own Viva radio is still there until the injection page has replaced it.
  await expect(page.getByRole('heading', { name: 'Inyección de saldo' })).toBeVisible();
  await page.getByRole('radio', { name: /^Viva/ }).check();
  await page.getByRole('textbox', { name: 'Monto (Bs)' }).fill('50');
  await page.getByRole('button', { name: 'Inyectar saldo' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirmar' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Inyección registrada' })).toBeVisible();
  await expectSaldo(page, 'Viva', 'Bs 50,00');
});

test.describe('accessibility', () => {
  const pages = [
    '/recargas',
    '/recargas/inyeccion',
    '/caja',
    '/recargas/historial/clientes',
    '/recargas/historial/inyecciones',
  ];
  for (const path of pages) {
    test(`no serious or critical axe violations on ${path}`, async ({ page }) => {
      await login(page, CAJERO, path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      const bad = results.violations.filter(
        (v) => v.impact === 'serious' || v.impact === 'critical',
      );
      expect(
        bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
      ).toEqual([]);
    });
  }

  test('no serious or critical axe violations on /login', async ({ page }) => {
    await page.goto('/login');
    await expect(page.getByRole('button', { name: 'Ingresar' })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => v.id),
    ).toEqual([]);
  });
});
