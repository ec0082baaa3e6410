// `npm run bench`: the top-up history with 1,000 / 10,000 / 100,000 generated rows in the mock
// build, in headless Chromium. Prints medians; never fails on a time (it is not a test).
// BENCH_URL=http://localhost:4300 reuses a running mock server instead of building.
// BENCH_SIZES=1000,10000 and BENCH_RUNS=3 change what is measured.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium } from '@playwright/test';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 3));
const KEYS = '7654\b\b\b\b6012\b\b\b\b7188'.split('');
const PATH = '/recargas/historial/clientes?rango=todo';
const TYPES = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain',
};

function build() {
  const out = mkdtempSync(join(tmpdir(), 'kantuta-bench-'));
  console.log(`Building the mock-production configuration into ${out} ...`);
  const r = spawnSync(
    'npx',
    ['ng', 'build', '--configuration', 'mock-production', '--output-path', out],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (r.status !== 0) throw new Error('ng build failed');
  return out;
}

/** Static files with the SPA fallback: any unknown path answers index.html. */
function serve(root) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    let file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory())
      file = join(root, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, () => ok(server)));
}

const median = (xs) => {
  const s = xs.filter((x) => x !== null).sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : null;
};

/** Watches, from the very first script of every page, for the first data row in the DOM. */
function watchFirstRow() {
  window.__firstRowAt = null;
  new MutationObserver((_, obs) => {
    if (document.querySelector('[role="row"] [role="cell"]')) {
      window.__firstRowAt = performance.now();
      obs.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

/** In the page: per key, time from the input event to the count/totals updated in the DOM. */
async function typeKeys(keys) {
  const input = document.querySelector('app-history-filters input');
  const watched = [
    document.querySelector('.summary'),
    document.querySelector('app-history-totals'),
  ];
  const times = [];
  for (const key of keys) {
    await new Promise((r) => setTimeout(r, 400)); // past the debounced URL write
    const changed = new Promise((resolve) => {
      const mo = new MutationObserver(() => (mo.disconnect(), resolve(performance.now())));
      for (const el of watched)
        mo.observe(el, { childList: true, subtree: true, characterData: true });
      setTimeout(() => (mo.disconnect(), resolve(null)), 2000);
    });
    input.value = key === '\b' ? input.value.slice(0, -1) : input.value + key;
    const t0 = performance.now();
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const t1 = await changed;
    times.push(t1 === null ? null : t1 - t0);
  }
  return times;
}

async function heap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize / 1_048_576;
}

async function measure(browser, base, n) {
  const context = await browser.newContext({
    locale: 'es-BO',
    timezoneId: 'America/La_Paz',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  await page.addInitScript(() =>
    localStorage.setItem('kantuta.mock.config', JSON.stringify({ latencyMs: 0 })),
  );
  await page.addInitScript(watchFirstRow);
  await page.goto(`${base}/login?volver=%2Fcaja`);
  await page.waitForFunction(() => !!window.__kantutaMock);
  const rows = await page.evaluate(async (n) => {
    await window.__kantutaMock.reset();
    await window.__kantutaMock.generate(n);
    return window.__kantutaMock.counts().recargas;
  }, n);
  await page.getByRole('textbox', { name: 'Correo electrónico' }).fill('supervisor@kantuta.bo');
  await page.getByLabel('Contraseña').fill('supervisor123');
  await page.getByRole('button', { name: 'Ingresar' }).click();
  await page.waitForURL(/\/caja/);
  const cdp = await context.newCDPSession(page);
  await page.goto(`${base}/caja`); // the mock with its rows loaded, no history in the app
  await page.getByRole('heading', { level: 1 }).waitFor();
  const baseline = await heap(cdp);

  const runs = [];
  for (let r = 0; r < RUNS; r++) {
    await page.goto(`${base}${PATH}`);
    await page.waitForFunction(() => window.__firstRowAt !== null, null, { timeout: 180_000 });
    const t = await page.evaluate(() => {
      const res = performance
        .getEntriesByType('resource')
        .filter((e) => e.name.includes('/recargas/historial/clientes'))
        .pop();
      return {
        first: window.__firstRowAt,
        responseEnd: res?.responseEnd ?? null,
        mb: res ? res.decodedBodySize / 1_048_576 : null,
        dom: document.getElementsByTagName('*').length,
      };
    });
    const keys = await page.evaluate(typeKeys, KEYS);
    runs.push({
      ...t,
      afterAnswer: t.responseEnd === null ? null : t.first - t.responseEnd,
      key: median(keys),
      keyMax: Math.max(...keys.filter((k) => k !== null)),
      samples: keys.filter((k) => k !== null).length,
      heap: await heap(cdp),
    });
  }
  await context.close();
  const m = (k) => median(runs.map((x) => x[k]));
  return {
    n,
    rows,
    first: m('first'),
    afterAnswer: m('afterAnswer'),
    key: m('key'),
    keyMax: m('keyMax'),
    samples: m('samples'),
    dom: m('dom'),
    heap: m('heap'),
    baseline,
    mb: m('mb'),
  };
}

const fmt = (x, d = 0) => (x === null || x === undefined ? 'n/a' : x.toFixed(d));
let server = null;
let out = null;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--enable-precise-memory-info',
    '--js-flags=--expose-gc',
  ],
});
try {
  let base = process.env.BENCH_URL;
  if (!base) {
    out = build();
    server = await serve(join(out, 'browser'));
    base = `http://localhost:${server.address().port}`;
  }
  const results = [];
  for (const n of SIZES) {
    console.log(`Measuring ${n} generated rows (${RUNS} runs) ...`);
    results.push(await measure(browser, base, n));
  }
  console.log(`\nTop-up history, headless Chromium, medians of ${RUNS} runs (times in ms):\n`);
  const head = [
    'generated',
    'rows',
    'answer MB',
    'first rows from navigation',
    'first rows after answer',
    'keystroke median (max)',
    'DOM elements',
    'JS heap MB (app share)',
  ];
  const lines = results.map((r) =>
    [
      r.n,
      r.rows,
      fmt(r.mb, 1),
      fmt(r.first),
      fmt(r.afterAnswer),
      `${fmt(r.key, 1)} (${fmt(r.keyMax, 1)}) n=${r.samples}`,
      r.dom,
      `${fmt(r.heap, 1)} (${fmt(r.heap - r.baseline, 1)})`,
    ].map(String),
  );
  console.log(`| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|`);
  for (const l of lines) console.log(`| ${l.join(' | ')} |`);
  console.log('\nTargets: first rows <= 750 ms after the answer, keystroke <= 50 ms,');
  console.log('DOM < 2,000 elements, JS heap < 60 MB (the heap includes the in-page mock;');
  console.log('app share = history page minus /caja with the same mock data; CDP heap after GC).');
} finally {
  await browser.close();
  server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
}
