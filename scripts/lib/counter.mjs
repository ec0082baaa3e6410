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
 * an amount in bolivianos and the `Número de celular` field is enabled; then the promise
 * `window.__usable` resolves to that frame's time (ms from navigation start). It gives up on a
 * page that is neither the counter nor the sign-in.
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
  let usableNow;
  window.__usable = new Promise((resolve) => (usableNow = resolve));
  // Only on the way to the counter (the sign-in page leads there): on any other screen the
  // probe's frame-by-frame search would be work of its own on the page's main thread, and a
  // page that asks for every frame makes a key wait for the next one (the bench's keystrokes).
  const onTheWay = () => ['/recargas', '/login'].includes(location.pathname);
  const tick = () => {
    if (usable()) usableNow(performance.now());
    else if (onTheWay()) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** Call once per context before navigating. */
export function watchCounter(context) {
  return context.addInitScript(watchUsable);
}

/**
 * The value of a promise the page's probes keep (`fn` answers it), by one small evaluate:
 * Playwright's `waitForFunction` would evaluate its 330 kB injected script on the page's main
 * thread (~17 ms here) in the middle of what is measured. A navigation under way (the sign-in
 * leads on) destroys the document evaluated: the next one is asked. Fails after `timeout` ms.
 */
export async function pageValue(page, fn, timeout, what) {
  let stopped = false;
  const ask = async () => {
    while (!stopped) {
      try {
        return await page.evaluate(fn);
      } catch (e) {
        if (stopped || !/context was destroyed|navigat/i.test(String(e))) throw e;
      }
    }
  };
  let timer;
  try {
    return await Promise.race([
      ask(),
      new Promise((_, fail) => {
        timer = setTimeout(() => fail(new Error(`${what} within ${timeout} ms`)), timeout);
      }),
    ]);
  } finally {
    stopped = true;
    clearTimeout(timer);
  }
}

/**
 * Waits for the counter to be usable, checks it the way a user (and the e2e tests) would see
 * it, by role and accessible name, and returns the time it became usable in the page.
 */
export async function untilUsable(page, timeout = 60_000) {
  const at = await pageValue(page, () => window.__usable, timeout, 'The counter was not usable');
  const region = page.getByRole('region', { name: 'Saldos de operadoras' });
  if (!/Bs\s[\d.]+,\d\d/.test(await region.innerText()))
    throw new Error('The balances region shows no amount');
  if (!(await page.getByRole('textbox', { name: 'Número de celular' }).isEnabled()))
    throw new Error('Número de celular is disabled');
  return at;
}
