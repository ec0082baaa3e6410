// What "the counter is usable" means to the measuring scripts, and how they start Chromium.

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/**
 * In the page, from its first script: each frame, until the `Saldos de operadoras` region shows
 * an amount in bolivianos and the `Número de celular` field is enabled; then
 * `window.__usableAt` is that frame's time (ms from navigation start). It gives up on a page
 * that is neither the counter nor the sign-in.
 */
function watchUsable() {
  const named = (el) => {
    const by = el.getAttribute('aria-labelledby');
    return (by ? document.getElementById(by)?.textContent : el.getAttribute('aria-label'))?.trim();
  };
  const usable = () => {
    const region = [...document.querySelectorAll('section, [role=region]')].find(
      (el) => named(el) === 'Saldos de operadoras',
    );
    if (!region || !/Bs\s[\d.]+,\d\d/.test(region.textContent ?? '')) return false;
    const label = [...document.querySelectorAll('label')].find((l) =>
      l.textContent?.trim().startsWith('Número de celular'),
    );
    const input = label?.control ?? (label && document.getElementById(label.htmlFor));
    return !!input && !input.disabled;
  };
  window.__usableAt = null;
  // Only on the way to the counter (the sign-in page leads there): on any other screen the
  // probe's frame-by-frame search would be work of its own on the page's main thread, and a
  // page that asks for every frame makes a key wait for the next one (the bench's keystrokes).
  const onTheWay = () => ['/recargas', '/login'].includes(location.pathname);
  const tick = () => {
    if (usable()) window.__usableAt = performance.now();
    else if (onTheWay()) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** Call once per context before navigating. */
export function watchCounter(context) {
  return context.addInitScript(watchUsable);
}

/**
 * Waits for the counter to be usable, checks it the way a user (and the e2e tests) would see
 * it, by role and accessible name, and returns the time it became usable in the page.
 */
export async function untilUsable(page, timeout = 60_000) {
  const at = await page.waitForFunction(() => window.__usableAt, null, { timeout });
  const region = page.getByRole('region', { name: 'Saldos de operadoras' });
  if (!/Bs\s[\d.]+,\d\d/.test(await region.innerText()))
    throw new Error('The balances region shows no amount');
  if (!(await page.getByRole('textbox', { name: 'Número de celular' }).isEnabled()))
    throw new Error('Número de celular is disabled');
  return at.jsonValue();
}
