// The production build as a plain web server would serve it: files of
// dist/kantuta-recargas/browser, any unknown path answers index.html (the SPA fallback).
// `/api` and `/socket.io` are not the app's: they answer 404 here (tests answer `/api` with
// Playwright routes). Every answer is logged with its size, so a test can tell what reached
// the network: GET /__served lists them, GET /__served?reset=1 also empties the list.
//   node scripts/serve-dist.mjs [--port 4314] [--root dist/kantuta-recargas/browser]
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

export const DIST = 'dist/kantuta-recargas/browser';

const TYPES = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain',
};

/** Hashed file names (`chunk-ABCD1234.js`) never change: cached for a year, like a CDN would. */
const HASHED = /-[A-Z0-9]{8}\.(js|css|woff2?)$/;

/**
 * `api(method, path)` may answer `/api/*` in the server itself ({ status, contentType, body }),
 * e.g. a 64 MB history streamed over loopback as the service would send it.
 */
export function serveDist({ root = DIST, port = 0, api = null } = {}) {
  const base = resolve(root);
  if (!existsSync(join(base, 'index.html')))
    throw new Error(`No build in ${base}: run \`npm run build\` first.`);
  const served = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    if (path === '/__served') {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify(served));
      if (url.searchParams.has('reset')) served.length = 0;
      return;
    }
    let status = 200;
    let file = join(base, path);
    let body;
    const answer = api && path.startsWith('/api/') ? api(req.method, path.slice(4)) : null;
    if (answer) {
      const bytes = Buffer.byteLength(answer.body);
      // As the real service (Express's res.send): the length is announced, not chunked.
      res.writeHead(answer.status, {
        'content-type': answer.contentType,
        'content-length': bytes,
        'cache-control': 'no-store',
      });
      const entry = { path: url.pathname, status: answer.status, bytes, at: Date.now(), end: null };
      res.end(answer.body, () => (entry.end = Date.now()));
      served.push(entry);
      return;
    }
    if (/^\/(api|socket\.io)(\/|$)/.test(path)) {
      status = 404;
      body = Buffer.from('Not Found');
    } else {
      if (!file.startsWith(base + sep) || !existsSync(file) || statSync(file).isDirectory())
        file = join(base, 'index.html');
      body = readFileSync(file);
    }
    const name = file.slice(base.length);
    res.writeHead(status, {
      'content-type':
        status === 200 ? (TYPES[extname(file)] ?? 'application/octet-stream') : 'text/plain',
      'cache-control': HASHED.test(name) ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    served.push({ path: url.pathname + url.search, status, bytes: body.length, at: Date.now() });
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, () => ok(Object.assign(server, { served })));
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const server = await serveDist({ root: arg('root', DIST), port: Number(arg('port', 4314)) });
  console.log(`Serving ${arg('root', DIST)} on http://localhost:${server.address().port}`);
}
