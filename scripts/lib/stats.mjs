// Reads the build's stats.json (`ng build --stats-json`, an esbuild metafile): what each output
// file is made of, and every input of the production graph.
import { existsSync, readFileSync } from 'node:fs';

export function readStats(path) {
  if (!existsSync(path))
    throw new Error(`No ${path}: build with \`npm run build\` (--stats-json).`);
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** `node_modules/@angular/material/fesm2022/radio.mjs` -> `material/radio`; app files short. */
export function shortInput(input) {
  const ng = /node_modules\/@angular\/(material|cdk)\/fesm2022\/_?([\w-]+?)(?:-chunk)?\.mjs$/.exec(
    input,
  );
  if (ng) return `${ng[1]}/${ng[2]}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (pkg) return pkg[1].replace(/^@angular\//, 'angular/');
  return input
    .replace(/^src\/app\/(features\/)?/, '')
    .replace(/\/(data-access|pages|ui)\//, '/')
    .replace(/\.ts$/, '');
}

/** The largest inputs of an output file, grouped by package (or app file), as `name kB`. */
export function makeupOf(stats, file, top = 3) {
  const out = stats.outputs[file];
  if (!out) return '';
  const groups = new Map();
  for (const [input, { bytesInOutput }] of Object.entries(out.inputs ?? {})) {
    const key = shortInput(input);
    groups.set(key, (groups.get(key) ?? 0) + bytesInOutput);
  }
  return [...groups]
    .filter(([, bytes]) => bytes > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, bytes]) => `${name} ${(bytes / 1000).toFixed(0)}`)
    .join(', ');
}

/** Every input that made it into an output file (the production graph). */
export function graphInputs(stats) {
  const inputs = new Set();
  for (const out of Object.values(stats.outputs))
    for (const [input, { bytesInOutput }] of Object.entries(out.inputs ?? {}))
      if (bytesInOutput > 0) inputs.add(input);
  return inputs;
}
