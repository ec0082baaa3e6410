// What the bench does in the app, by role and accessible name (ui-contract.md).

/** Signs in through the form (the tokens live in this tab's sessionStorage) and lands on `to`. */
export async function signIn(page, to) {
  await page.goto(`/login?volver=${encodeURIComponent(to)}`);
  await page.getByRole('textbox', { name: 'Correo electrónico' }).fill('operador@kantuta.test');
  await page.getByLabel('Contraseña').fill('clave-de-prueba');
  await page.getByRole('button', { name: 'Ingresar' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** Until nothing in the page's DOM changed for `quietMs` (the screen has settled). */
export function waitQuiet(page, quietMs = 500) {
  return page.evaluate(
    (quiet) =>
      new Promise((resolve) => {
        let last = performance.now();
        const mo = new MutationObserver(() => (last = performance.now()));
        mo.observe(document, { childList: true, subtree: true, characterData: true });
        const check = () => {
          if (performance.now() - last >= quiet) {
            mo.disconnect();
            resolve();
          } else setTimeout(check, 100);
        };
        setTimeout(check, quiet);
      }),
    quietMs,
  );
}

/** The top-up of recarga-ok.json (Tigo, 76543210, Bs 20) through the form and its dialog. */
export async function sellOneTopUp(page) {
  await page.getByRole('textbox', { name: 'Número de celular' }).fill('76543210');
  await page.getByRole('radio', { name: /Tigo/ }).check();
  await page.getByRole('textbox', { name: 'Monto (Bs)' }).fill('20');
  await page.getByRole('button', { name: 'Recargar' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirmar' }).click();
  await page
    .getByText(/Recarga (realizada|confirmada)/)
    .first()
    .waitFor({ timeout: 60_000 });
  await waitQuiet(page);
  return true;
}
