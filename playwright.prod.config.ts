import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * The production build (`npm run build` first) with its service worker, served as plain
 * static files on port 4314: what a shop's browser gets. `/api` is answered by the tests with
 * the real service's captured answers (scripts/lib/fake-api.cjs).
 */
const PORT = Number(process.env['PROD_E2E_PORT'] ?? 4314);
const DIST = process.env['PROD_DIST'] ?? 'dist/kantuta-recargas/browser';

export default defineConfig({
  ...base,
  testMatch: ['offline-shell.spec.ts', 'history-load.spec.ts'],
  testIgnore: [],
  // Apart from the mock suite's test-results/, which its runs empty.
  outputDir: 'reports/prod-test-results',
  reporter: [['list'], ['json', { outputFile: 'reports/e2e-prod-results.json' }]],
  use: { ...base.use, baseURL: `http://localhost:${PORT}`, serviceWorkers: 'allow' },
  webServer: {
    command: `node scripts/serve-dist.mjs --port ${PORT} --root ${DIST}`,
    url: `http://localhost:${PORT}/index.html`,
    reuseExistingServer: !process.env['CI'],
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
