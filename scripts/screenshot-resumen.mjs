// `node scripts/screenshot-resumen.mjs`: builds the mock-production app, serves it, signs in
// as the supervisor and saves `/recargas/resumen` to docs/resumen.png (headless Chromium).
// SHOT_URL=http://localhost:4200 uses a running mock server instead of building.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_FILE = join(ROOT, 'docs', 'resumen.png');
const TYPES = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.webmanifest': 'application/manifest+json',
};

function build() {
  const out = mkdtempSync(join(tmpdir(), 'kantuta-shot-'));
  console.log(`Building the mock-production configuration into ${out} ...`);
  const r = spawnSync(
    'npx',
    ['ng', 'build', '--configuration', 'mock-production', '--output-path', out],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
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

let out = null;
let server = null;
const browser = await chromium.launch({
  executablePath: process.env.CHROME_BIN ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
try {
  let base = process.env.SHOT_URL;
  if (!base) {
    out = build();
    server = await serve(join(out, 'browser'));
    base = `http://localhost:${server.address().port}`;
  }
  const context = await browser.newContext({
    locale: 'es-BO',
    timezoneId: 'America/La_Paz',
    viewport: { width: 1280, height: 900 },
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  await page.addInitScript(() =>
    localStorage.setItem('kantuta.mock.config', JSON.stringify({ latencyMs: 0 })),
  );
  await page.goto(`${base}/login?volver=${encodeURIComponent('/recargas/resumen')}`);
  await page.waitForFunction(() => !!window.__kantutaMock);
  await page.evaluate(() => window.__kantutaMock.reset());
  await page.getByRole('textbox', { name: 'Correo electrónico' }).fill('supervisor@kantuta.bo');
  await page.getByLabel('Contraseña').fill('supervisor123');
  await page.getByRole('button', { name: 'Ingresar' }).click();
  await page.waitForURL(/\/recargas\/resumen/);
  await page.getByRole('region', { name: 'Ventas por cajero' }).waitFor();
  await page
    .getByRole('img', { name: /Ventas por hora/ })
    .or(page.getByText('Sin recargas este día.'))
    .waitFor({ timeout: 30_000 });
  // Names arrive from GET /usuario/:id: wait until none is still on its way.
  await page.waitForFunction(() => !document.querySelector('main')?.textContent?.includes('…'));
  mkdirSync(dirname(OUT_FILE), { recursive: true });
  await page.screenshot({ path: OUT_FILE, fullPage: true });
  console.log(`Saved ${OUT_FILE}`);
  await context.close();
} finally {
  await browser.close();
  server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
}
