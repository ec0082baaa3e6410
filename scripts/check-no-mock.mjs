// Proves the production bundle holds no mock code: searches every built file for MSW and
// mock-only markers. Exits 1 when one is found.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = process.argv[2] ?? 'dist/kantuta-recargas/browser';
const markers = ['mockServiceWorker', 'msw', 'setupWorker', '__kantutaMock', 'cajero123', 'supervisor123'];
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else files.push(p);
  }
})(root);

const found = [];
for (const file of files) {
  if (file.endsWith('mockServiceWorker.js')) found.push(`${file}: the worker file itself`);
  if (!/\.(js|html|css|json|txt)$/.test(file)) continue;
  const text = readFileSync(file, 'utf8');
  for (const m of markers) {
    const re = new RegExp(`\\b${m}\\b`);
    if (re.test(text)) found.push(`${file}: ${m}`);
  }
}
if (found.length) {
  console.error(`Mock code in the production bundle:\n${found.join('\n')}`);
  process.exit(1);
}
console.log(`No mock code in ${files.length} production files (${root}).`);
