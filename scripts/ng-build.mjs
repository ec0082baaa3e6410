// `npm run build`: the production build, with the stats file the size checks read, and with
// Angular's chunk optimizer (NG_BUILD_OPTIMIZE_CHUNKS=1; on by default from Angular 22 for
// apps with lazy chunks). It re-bundles esbuild's many small chunks into fewer files: the same
// code, but the counter's first load is ~5 kB smaller at gzip -9 (one compression context
// instead of a dozen) and takes 19 requests instead of 31. NG_BUILD_OPTIMIZE_CHUNKS=0 turns it
// off. Extra arguments go to `ng build` (the bench passes --output-path).
import { spawnSync } from 'node:child_process';

const r = spawnSync('npx', ['ng', 'build', '--stats-json', ...process.argv.slice(2)], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
  env: { ...process.env, NG_BUILD_OPTIMIZE_CHUNKS: process.env.NG_BUILD_OPTIMIZE_CHUNKS ?? '1' },
});
process.exit(r.status ?? 1);
