// Proves the production build holds no mock code, from the build's own module graph
// (stats.json of `npm run build`, an esbuild metafile): fails if any input from src/mocks/ or
// from the msw packages was bundled, or if MSW's worker file was copied as an asset.
// The graph must be this app's production graph (src/main.ts and the real src/app/backend.ts
// in it), so a wrong or empty stats file fails instead of passing.
//   node scripts/check-no-mock.mjs [dist/kantuta-recargas]
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readStats } from './lib/stats.mjs';

const dist = process.argv[2] ?? 'dist/kantuta-recargas';
const stats = readStats(join(dist, 'stats.json'));
const MOCK = [/^src\/mocks\//, /(^|\/)node_modules\/(msw|@mswjs)\//];

const inputs = Object.keys(stats.inputs ?? {});
const bundled = new Map();
for (const out of Object.values(stats.outputs ?? {}))
  for (const [input, { bytesInOutput }] of Object.entries(out.inputs ?? {}))
    bundled.set(input, (bundled.get(input) ?? 0) + bytesInOutput);

const problems = [];
for (const required of ['src/main.ts', 'src/app/backend.ts'])
  if (!bundled.has(required))
    problems.push(`${required} is not in the graph: not a production build`);
for (const input of inputs)
  if (MOCK.some((re) => re.test(input)))
    problems.push(`${input} (${bundled.get(input) ?? 0} bytes in the output)`);
if (existsSync(join(dist, 'browser', 'mockServiceWorker.js')))
  problems.push('browser/mockServiceWorker.js was copied into the build');

if (problems.length) {
  const more = problems.length > 20 ? `\n  ... and ${problems.length - 20} more` : '';
  console.error(
    `Mock code in the production build:\n  ${problems.slice(0, 20).join('\n  ')}${more}`,
  );
  process.exit(1);
}
console.log(
  `No mock code in the production graph: ${inputs.length} inputs, ` +
    `${Object.keys(stats.outputs).length} output files (${dist}/stats.json).`,
);
