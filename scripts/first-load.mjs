// The counter's first load as a cashier's browser meets it, on the production build
// (`npm run build` first): signed in, a fresh navigation to /recargas with the HTTP cache and
// the service worker bypassed, until the counter is usable (the `Saldos de operadoras` region
// shows the balances and `Número de celular` is enabled). Every JS and CSS file whose request
// started in that window counts, dynamic imports included, at gzip -9 of its bytes in dist/;
// fonts apart. `/api` is answered with the real service's captured answers (no backend in CI).
// Median time of FIRST_LOAD_RUNS (3) runs; the largest byte count of them is the figure.
// Exits 1 above FIRST_LOAD_LIMIT_KB (150, the target; kB = 1000 bytes). `--markdown` prints
// README tables.
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { routeApi } from './lib/fake-api.cjs';
import { DIST, serveDist } from './serve-dist.mjs';
import { CHROMIUM_ARGS, untilUsable, watchCounter } from './lib/counter.mjs';
import { makeupOf, readStats } from './lib/stats.mjs';

const ROOT = process.env.FIRST_LOAD_DIST ?? DIST;
const LIMIT_KB = Number(process.env.FIRST_LOAD_LIMIT_KB ?? 150);
const RUNS = Math.max(1, Number(process.env.FIRST_LOAD_RUNS ?? 3));
const MARKDOWN = process.argv.includes('--markdown');
/** How long to keep watching after usable, to show what loads later (socket, prefetches). */
const AFTER_MS = 3000;

const kB = (n) => (n / 1000).toFixed(1);
const kindOf = (path) =>
  ({ '.js': 'js', '.css': 'css', '.woff2': 'font', '.woff': 'font' })[extname(path)] ?? 'other';

function sizes(path) {
  try {
    const bytes = readFileSync(join(ROOT, path));
    return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  } catch {
    return { raw: 0, gzip: 0 }; // not a file of the build (the SPA fallback's index.html)
  }
}

async function signIn(page) {
  await page.goto('/login?volver=%2Frecargas');
  await page.getByRole('textbox', { name: 'Correo electrónico' }).fill('operador@kantuta.test');
  await page.getByLabel('Contraseña').fill('clave-de-prueba');
  await page.getByRole('button', { name: 'Ingresar' }).click();
  await page.waitForURL(/\/recargas$/);
  await untilUsable(page);
}

async function measureOnce(browser, base) {
  const context = await browser.newContext({
    baseURL: base,
    locale: 'es-BO',
    timezoneId: 'America/La_Paz',
    viewport: { width: 1280, height: 900 },
  });
  const api = await routeApi(context);
  await watchCounter(context);
  const page = await context.newPage();
  await signIn(page);
  // The same tab (the sign-in lives in sessionStorage), as a first visit: nothing from the
  // HTTP cache, nothing from the service worker the sign-in page may have installed.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.setBypassServiceWorker', { bypass: true });
  const seen = [];
  page.on('request', (r) => seen.push(new URL(r.url()).pathname));
  await page.goto('/recargas', { waitUntil: 'commit' });
  const usableAt = await untilUsable(page);
  await page.waitForTimeout(AFTER_MS); // not a test wait: shows what the idle time loads
  const entries = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => ({ url: e.name, start: e.startTime })),
  );
  await context.close();
  const origin = new URL(base).origin;
  const files = entries
    .filter((e) => e.url.startsWith(origin) && !new URL(e.url).pathname.startsWith('/api/'))
    .map((e) => ({ path: new URL(e.url).pathname, start: e.start }));
  // Resource timing and Playwright's request events must agree on the scripts and styles.
  const timed = new Set(files.map((f) => f.path));
  const missing = seen.filter((p) => ['js', 'css'].includes(kindOf(p)) && !timed.has(p));
  if (missing.length) throw new Error(`Requests without timing: ${missing.join(', ')}`);
  const before = files
    .filter((f) => f.start <= usableAt)
    .map((f) => ({ ...f, kind: kindOf(f.path), ...sizes(f.path) }));
  const after = files.filter((f) => f.start > usableAt);
  const sum = (kinds, key) =>
    before.filter((f) => kinds.includes(f.kind)).reduce((s, f) => s + f[key], 0);
  return {
    usableAt,
    before,
    after,
    code: { raw: sum(['js', 'css'], 'raw'), gzip: sum(['js', 'css'], 'gzip') },
    fonts: { raw: sum(['font'], 'raw'), gzip: sum(['font'], 'gzip') },
    unknownApi: api.unknown,
  };
}

const server = await serveDist({ root: ROOT });
const base = `http://localhost:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const runs = [];
try {
  for (let i = 0; i < RUNS; i++) runs.push(await measureOnce(browser, base));
} finally {
  await browser.close();
  server.close();
}

const stats = readStats(join(ROOT, '..', 'stats.json'));
const times = runs.map((r) => r.usableAt).sort((a, b) => a - b);
const median = times[Math.floor((times.length - 1) / 2)];
const worst = runs.reduce((a, b) => (b.code.gzip > a.code.gzip ? b : a));
const rows = worst.before
  .filter((f) => f.kind !== 'other' || f.raw > 0)
  .sort((a, b) => a.start - b.start)
  .map((f) => [
    f.path.slice(1),
    f.kind,
    f.start.toFixed(0),
    kB(f.raw),
    kB(f.gzip),
    makeupOf(stats, f.path.slice(1)),
  ]);
const summary =
  `JS + CSS ${kB(worst.code.gzip)} kB gzip -9 (${kB(worst.code.raw)} kB raw; limit ${LIMIT_KB}); ` +
  `fonts ${kB(worst.fonts.raw)} kB apart; usable after ${median.toFixed(0)} ms ` +
  `(median of ${RUNS}: ${times.map((t) => t.toFixed(0)).join(', ')})`;
const head = ['file', 'kind', 'request started (ms)', 'raw kB', 'gzip -9 kB', 'mostly (raw kB)'];
if (MARKDOWN) {
  console.log(`| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|`);
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  console.log(`\n${summary}.`);
} else {
  console.log(`Counter first load (/recargas, production build, ${base}):\n`);
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) =>
    cells.map((c, i) => (i && i < 5 ? c.padStart(width[i]) : c.padEnd(width[i])));
  console.log(line(head).join('  ').trimEnd());
  for (const r of rows) console.log(line(r).join('  ').trimEnd());
  console.log(`\n${summary}`);
}
console.log(
  `Requested later (idle, within ${AFTER_MS / 1000} s): ` +
    (worst.after.map((f) => f.path.slice(1)).join(', ') || 'none'),
);
if (worst.unknownApi.length)
  console.log(`API calls without a captured answer (answered 404): ${worst.unknownApi.join(', ')}`);
if (worst.code.gzip / 1000 > LIMIT_KB) {
  console.error(`First load ${kB(worst.code.gzip)} kB gzip is above the ${LIMIT_KB} kB limit.`);
  process.exit(1);
}
