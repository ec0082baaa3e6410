#!/usr/bin/env node
// Proves the lint rules of eslint.config.js refuse what they should: wrong arrows between the
// layers (README "Architecture") and focused or excluded tests. Each case is linted as if it
// stood at its path (ESLint's lintText with a filePath; nothing is written to the tree). A
// case marked `refused` must get an error from the named rule; an `allowed` case, none from
// either rule, so a rule that refused everything would fail here too.
import { ESLint } from 'eslint';

const IMPORTS = 'no-restricted-imports';
const SYNTAX = 'no-restricted-syntax';

/** `import { X } from '<from>'` used once, so that only the import itself can be refused. */
const uses = (from, kind = '') => `import ${kind}{ X } from '${from}';\nexport type Y = X;\n`;

const CASES = [
  // shared: nothing from core, the features or the mocks.
  ['refused', IMPORTS, 'src/app/shared/x.ts', uses('../core/http/api-error')],
  ['refused', IMPORTS, 'src/app/shared/x.ts', uses('../features/recargas/data-access/operadora')],
  ['allowed', IMPORTS, 'src/app/shared/x.ts', uses('./money')],
  // core: no feature.
  ['refused', IMPORTS, 'src/app/core/shell/x.ts', uses('../../features/recargas/pages/topup-page')],
  ['refused', IMPORTS, 'src/app/core/x.ts', uses('../features/caja/data-access/cierre')],
  ['allowed', IMPORTS, 'src/app/core/shell/x.ts', uses('../session/sesion-caja.store')],
  // another feature: its data-access only, in the one allowed direction.
  ['refused', IMPORTS, 'src/app/features/caja/pages/x.ts', uses('../../recargas/pages/topup-page')],
  ['refused', IMPORTS, 'src/app/features/caja/ui/x.ts', uses('../../recargas/ui/receipt')],
  ['refused', IMPORTS, 'src/app/features/caja/data-access/x.ts', uses('../../recargas/ui/receipt')],
  [
    'allowed',
    IMPORTS,
    'src/app/features/caja/pages/x.ts',
    uses('../../recargas/data-access/ledger/ledger.store'),
  ],
  [
    'refused',
    IMPORTS,
    'src/app/features/recargas/data-access/x.ts',
    uses('../../caja/data-access/cierre'),
  ],
  // data-access: no ui, no pages (at any depth).
  ['refused', IMPORTS, 'src/app/features/recargas/data-access/x.ts', uses('../ui/confirm-dialog')],
  [
    'refused',
    IMPORTS,
    'src/app/features/recargas/data-access/ledger/x.ts',
    uses('../../pages/topup-page'),
  ],
  // ui: no pages, no stores or services (their types are fine), core's models only.
  ['refused', IMPORTS, 'src/app/features/recargas/ui/x.ts', uses('../pages/topup-page')],
  ['refused', IMPORTS, 'src/app/features/recargas/ui/x.ts', uses('../data-access/saldos.store')],
  [
    'refused',
    IMPORTS,
    'src/app/features/recargas/ui/x.ts',
    uses('../../../core/session/sesion-caja.store'),
  ],
  [
    'refused',
    IMPORTS,
    'src/app/features/recargas/ui/x.ts',
    uses('../../../core/auth/auth.service'),
  ],
  [
    'allowed',
    IMPORTS,
    'src/app/features/recargas/ui/x.ts',
    uses('../data-access/saldos.store', 'type '),
  ],
  ['allowed', IMPORTS, 'src/app/features/recargas/ui/x.ts', uses('../data-access/recargas.model')],
  ['allowed', IMPORTS, 'src/app/features/caja/ui/x.ts', uses('../../../core/session/caja.model')],
  // app code and the mocks: apart, but for wire types and the build-time replacement.
  ['refused', IMPORTS, 'src/app/core/x.ts', uses('../../mocks/db')],
  ['refused', IMPORTS, 'src/app/features/recargas/pages/x.ts', uses('../../../../mocks/seed')],
  [
    'refused',
    IMPORTS,
    'src/app/features/recargas/pages/x.ts',
    uses('../../../../testing/fixtures'),
  ],
  ['refused', IMPORTS, 'src/mocks/x.ts', uses('../app/shared/money')],
  [
    'refused',
    IMPORTS,
    'src/mocks/handlers/x.ts',
    uses('../../app/features/recargas/data-access/operadora'),
  ],
  [
    'allowed',
    IMPORTS,
    'src/mocks/handlers/x.ts',
    uses('../../app/features/recargas/data-access/recargas.dto'),
  ],
  ['allowed', IMPORTS, 'src/mocks/backend.mock.ts', uses('../app/core/http/api-config')],
  // Focused or excluded tests, in unit specs and in Playwright.
  ['refused', SYNTAX, 'src/app/shared/x.spec.ts', "fit('a', () => undefined);\n"],
  ['refused', SYNTAX, 'src/app/shared/x.spec.ts', "fdescribe('a', () => undefined);\n"],
  ['refused', SYNTAX, 'src/app/shared/x.spec.ts', "xit('a', () => undefined);\n"],
  ['refused', SYNTAX, 'src/app/shared/x.spec.ts', "xdescribe('a', () => undefined);\n"],
  ['refused', SYNTAX, 'src/mocks/x.spec.ts', "describe.only('a', () => undefined);\n"],
  [
    'refused',
    SYNTAX,
    'e2e/x.spec.ts',
    "import { test } from './fixtures';\ntest.only('a', async () => undefined);\n",
  ],
  [
    'refused',
    SYNTAX,
    'e2e/x.spec.ts',
    "import { test } from './fixtures';\ntest.describe.only('a', () => undefined);\n",
  ],
  [
    'allowed',
    SYNTAX,
    'src/app/shared/x.spec.ts',
    "describe('a', () => it('b', () => undefined));\n",
  ],
];

const eslint = new ESLint();
let failed = 0;
for (const [expect, rule, filePath, code] of CASES) {
  const [result] = await eslint.lintText(code, { filePath });
  const fatal = result.messages.find((m) => m.fatal);
  const hits = result.messages.filter((m) => m.ruleId === rule);
  const ok = !fatal && (expect === 'refused' ? hits.length > 0 : hits.length === 0);
  if (!ok) {
    failed++;
    const why = fatal?.message ?? (hits.map((m) => m.message).join('; ') || 'no error');
    console.error(`FAIL ${expect} ${filePath}: ${code.split('\n')[0]}\n     ${why}`);
  }
}
console.log(`lint boundaries: ${CASES.length - failed} of ${CASES.length} cases as expected`);
process.exit(failed ? 1 : 0);
