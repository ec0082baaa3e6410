// @ts-check
const fs = require('node:fs');
const path = require('node:path');
const eslint = require('@eslint/js');
const { defineConfig } = require('eslint/config');
const tseslint = require('typescript-eslint');
const angular = require('angular-eslint');

/*
 * Who may import whom (../shared/style.md, README "Architecture"), with ESLint's own
 * no-restricted-imports. Our imports are relative, so each pattern is a regex on the import
 * string: `^(\.\./)+core/` is "climbs out of this folder into core". The rule's options do not
 * merge across config blocks (the last block wins), so every file gets exactly one block that
 * lists all its restrictions. Specs are exempt (they wire a unit with its collaborators and
 * fixtures); the focused-test rule below covers them.
 */

/** A feature reads only the data-access of the features listed here; never both ways. */
const FEATURE_READS = { caja: ['recargas'], recargas: [] };

const FEATURES = fs
  .readdirSync(path.join(__dirname, 'src/app/features'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
for (const f of FEATURES) {
  for (const g of FEATURE_READS[f] ?? []) {
    if ((FEATURE_READS[g] ?? []).includes(f))
      throw new Error(`features ${f} and ${g} read each other`);
  }
}

/** Climbs out of the importing folder (any depth), then into `dir`. */
const up = (dir) => `^(\\.\\./)+${dir}`;
const refuse = (regex, message, extra = {}) => ({ regex, message, ...extra });

const NO_MOCKS = refuse(
  up('mocks(/|$)'),
  'App code never imports src/mocks: the mock build swaps src/app/backend.ts for src/mocks/backend.mock.ts (angular.json fileReplacements).',
);
const NO_TESTING = refuse(up('testing(/|$)'), 'src/testing holds spec helpers: specs only.');
const APP = [NO_MOCKS, NO_TESTING];

/** In feature `f`: another feature only through its data-access, and only if FEATURE_READS says so. */
function otherFeatures(f) {
  return FEATURES.filter((g) => g !== f).map((g) =>
    (FEATURE_READS[f] ?? []).includes(g)
      ? refuse(
          up(`(features/)?${g}/(?!data-access(/|$))`),
          `${f} may read only ${g}'s data-access (its public side), never its ui or pages.`,
        )
      : refuse(
          up(`(features/)?${g}(/|$)`),
          `${f} does not import ${g} (FEATURE_READS in eslint.config.js: one direction only).`,
        ),
  );
}

const DATA_ACCESS = refuse(
  up('(ui|pages)(/|$)'),
  'data-access imports no ui and no pages: move what both need into data-access.',
);
const UI = [
  refuse(up('pages(/|$)'), 'ui imports no pages.'),
  refuse(
    // Stateful or injectable files of data-access; their types are fine (`import type`).
    '(\\.(store|service|client|db|guard)|/(receipts|ledger-watch|money-flow))$',
    'ui takes data through inputs: no stores or services (use `import type` for their types).',
    { allowTypeImports: true },
  ),
  refuse(
    up('core/(?!.*\\.(model|dto)$)(?!http/(api-error|call-state)$)'),
    'ui reads only models and pure helpers of core (use `import type` for other types).',
    { allowTypeImports: true },
  ),
];

const layer = (files, patterns) => ({
  files,
  ignores: ['**/*.spec.ts'],
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

const boundaries = [
  layer(['src/app/**/*.ts'], APP),
  layer(
    ['src/app/shared/**/*.ts'],
    [
      ...APP,
      refuse(up('(core|features)(/|$)'), 'shared imports nothing from core or the features.'),
    ],
  ),
  layer(
    ['src/app/core/**/*.ts'],
    [
      ...APP,
      refuse(up('features(/|$)'), 'core imports no feature: move what core needs into core.'),
    ],
  ),
  ...FEATURES.flatMap((f) => [
    layer([`src/app/features/${f}/**/*.ts`], [...APP, ...otherFeatures(f)]),
    layer(
      [`src/app/features/${f}/data-access/**/*.ts`],
      [...APP, ...otherFeatures(f), DATA_ACCESS],
    ),
    layer([`src/app/features/${f}/ui/**/*.ts`], [...APP, ...otherFeatures(f), ...UI]),
  ]),
  {
    files: ['src/mocks/**/*.ts'],
    // The build-time replacement of src/app/backend.ts provides the app's tokens.
    ignores: ['**/*.spec.ts', 'src/mocks/backend.mock.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            refuse(
              up('app/(?!.*\\.dto$)'),
              'The mock imports only wire types (*.dto.ts) from the app: it answers with its own code.',
            ),
          ],
        },
      ],
    },
  },
];

const focusedTests = {
  files: ['src/**/*.spec.ts', 'src/testing/**/*.ts', 'e2e/**/*.ts'],
  rules: {
    'no-restricted-syntax': [
      'error',
      {
        selector: 'CallExpression[callee.name=/^(fit|fdescribe|xit|xdescribe)$/]',
        message: 'Focused or excluded spec: remove the f/x prefix.',
      },
      {
        selector: 'CallExpression > MemberExpression.callee[property.name="only"]',
        message: '.only runs one test and silently skips the rest.',
      },
    ],
  },
};

module.exports = defineConfig([
  {
    files: ['**/*.ts'],
    extends: [
      eslint.configs.recommended,
      tseslint.configs.recommended,
      tseslint.configs.stylistic,
      angular.configs.tsRecommended,
    ],
    processor: angular.processInlineTemplates,
    rules: {
      '@angular-eslint/directive-selector': [
        'error',
        {
          type: 'attribute',
          prefix: 'app',
          style: 'camelCase',
        },
      ],
      '@angular-eslint/component-selector': [
        'error',
        {
          type: 'element',
          prefix: 'app',
          style: 'kebab-case',
        },
      ],
    },
  },
  {
    files: ['**/*.html'],
    extends: [angular.configs.templateRecommended, angular.configs.templateAccessibility],
    rules: {},
  },
  ...boundaries,
  focusedTests,
]);
