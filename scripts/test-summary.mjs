// Prints the one line CI reads: unit (Karma) and e2e (Playwright: mock and production) counts added up.
import { existsSync, readFileSync } from 'node:fs';

function read(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

const unit = read('reports/unit-results.json');
const e2eRuns = [read('reports/e2e-results.json'), read('reports/e2e-prod-results.json')];
let passed = 0;
let failed = 0;
if (unit) {
  passed += unit.passed;
  failed += unit.failed + (unit.error ? 1 : 0);
}
for (const e2e of e2eRuns.filter(Boolean)) {
  const s = e2e.stats ?? {};
  passed += (s.expected ?? 0) + (s.flaky ?? 0);
  failed += s.unexpected ?? 0;
}
// A step that failed without a failing test (lint, build, a crash) still counts as one failure.
const status = Number(process.argv[2] ?? 0);
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
