// The real Kantuta POS service as Playwright routes, for measuring and testing the production
// build (which talks to `/api`) where the service does not run. Answers are the verbatim
// captures of scripts/fixtures/real-backend/ (copied from ../shared/fixtures/real-backend);
// the two shapes without a capture (GET /cajas, GET /usuario/:id) follow api-contract.md.
// CommonJS, so that both the .mjs scripts and the Playwright specs (compiled to CommonJS) load it.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const DIR = join(__dirname, '..', 'fixtures', 'real-backend');

function fixture(name) {
  const { response } = JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8'));
  const text = typeof response.body === 'string' ? response.body : JSON.stringify(response.body);
  return { status: response.status, contentType: response.contentType, body: text };
}

const json = (status, body) => ({
  status,
  contentType: 'application/json; charset=utf-8',
  body: JSON.stringify(body),
});

const audit = {
  estado: true,
  id_user_create: null,
  id_user_update: null,
  created_at: '2026-11-25T20:29:17.909Z',
  updated_at: '2026-11-25T20:29:17.909Z',
};
const CAJAS = [{ ...audit, id: 1, nombre: 'Caja 01', especialidad: 'MIXTA', saldo: '500.00' }];

function usuario(id) {
  const { user } = JSON.parse(fixture('login-ok').body);
  return { status: 200, message: 'Usuario encontrado!', data: user.id === id ? user : null };
}

/** [method, path pattern, answer]: the first match answers. */
const ROUTES = [
  ['POST', /^\/auth\/login$/, () => fixture('login-ok')],
  ['POST', /^\/auth\/refresh_token$/, () => fixture('refresh-ok')],
  ['GET', /^\/recargas\/operadoras\/saldos$/, () => fixture('saldos')],
  ['GET', /^\/cajas\/sesion-activa\/\d+$/, () => fixture('sesion-activa-open')],
  ['GET', /^\/cajas\/sesion\/\d+\/balance$/, () => fixture('till-balance')],
  ['GET', /^\/cajas$/, () => json(200, CAJAS)],
  ['GET', /^\/usuario\/(\d+)$/, (m) => json(200, usuario(Number(m[1])))],
  ['GET', /^\/recargas\/historial\/clientes$/, () => fixture('historial-clientes')],
  ['GET', /^\/recargas\/historial\/inyecciones$/, () => fixture('historial-inyecciones')],
  ['POST', /^\/recargas\/cliente$/, () => fixture('recarga-ok')],
  ['POST', /^\/recargas\/inyeccion$/, () => fixture('inyeccion-ok-creates-row')],
];

/** The service's answer to a method and path (without `/api`), or its 404 shape. */
function answer(method, path) {
  for (const [m, re, make] of ROUTES) {
    const match = m === method && re.exec(path);
    if (match) return { known: true, ...make(match) };
  }
  return {
    known: false,
    ...json(404, {
      statusCode: 404,
      timestamp: new Date().toISOString(),
      path,
      message: `Cannot ${method} ${path}`,
      error_detail: 'Not Found',
    }),
  };
}

/**
 * Answers `/api/*` on a Playwright page or context. `offline: true` makes every call fail as
 * a cut cable does. `calls` lists what was asked; `unknown` the calls no fixture covers.
 */
async function routeApi(target, options = {}) {
  const state = { offline: false, calls: [], unknown: [], ...options };
  await target.route(/\/api\//, async (route) => {
    const req = route.request();
    const path = new URL(req.url()).pathname.replace(/^\/api/, '');
    state.calls.push(`${req.method()} ${path}`);
    if (state.offline) return route.abort('internetdisconnected');
    const a = answer(req.method(), path);
    if (!a.known) state.unknown.push(`${req.method()} ${path}`);
    if (state.delayMs) await new Promise((r) => setTimeout(r, state.delayMs));
    return route.fulfill({ status: a.status, contentType: a.contentType, body: a.body });
  });
  return state;
}

exports.answer = answer;
exports.routeApi = routeApi;
