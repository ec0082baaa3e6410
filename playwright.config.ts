import { defineConfig, devices } from '@playwright/test';

/**
 * E2E flows in mock mode, against a production-optimised build of the mock configuration,
 * in Debian's Chromium (Playwright's own browser download is not reachable here).
 */
const PORT = Number(process.env['E2E_PORT'] ?? 4300);

export default defineConfig({
  testDir: './e2e',
  // The production build's own specs (service worker, no mock): playwright.prod.config.ts.
  testIgnore: ['offline-shell.spec.ts', 'history-load.spec.ts'],
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/e2e-results.json' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: 'es-BO',
    timezoneId: 'America/La_Paz',
    trace: 'retain-on-failure',
    // A locator that never resolves fails the test in seconds instead of hanging CI.
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    launchOptions: {
      executablePath: process.env['CHROME_BIN'] ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: `npx ng serve --configuration mock-production --port ${PORT} --no-live-reload --no-hmr`,
    url: `http://localhost:${PORT}/login`,
    reuseExistingServer: !process.env['CI'],
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
