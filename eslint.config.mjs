// ESLint flat config: @eslint/js + typescript-eslint recommended (not type-aware, to keep lint fast),
// plus the wall around src/core (docs: shared ARCHITECTURE.md "Walls").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The few Node globals our CommonJS scripts use; listed here rather than adding the `globals` package.
const nodeGlobals = Object.fromEntries(
  ['require', 'module', 'exports', '__dirname', '__filename', 'process', 'console', 'Buffer', 'setTimeout', 'clearTimeout', 'URL'].map(
    (name) => [name, 'readonly'],
  ),
);

const NOT_IN_CORE = 'src/core is pure TypeScript: no React, Office, DOM or Node APIs (see ARCHITECTURE.md).';
const OTHER_ROOM = 'src/core imports nothing from functions/, taskpane/, workbook/ or cli/.';
const WPS_ONLY = "WPS's globals are touched only in src/workbook/wps*.ts and src/wps/ (see ARCHITECTURE.md); Et.* enums do not exist at run time.";
const WPS_GLOBALS = ['wps', 'Application', 'Et'];

/** no-restricted-imports for a file `depth` folders below src/core: one more '../' than that leaves core. */
function coreImports(depth) {
  return [
    'error',
    {
      paths: ['react', 'react-dom', 'office-js', 'fs', 'path', 'child_process', 'os', 'util', 'crypto'].map((name) => ({
        name,
        message: NOT_IN_CORE,
      })),
      patterns: [
        { group: ['node:*', 'react/*', 'react-dom/*', '@fluentui/*', 'office-addin-*'], message: NOT_IN_CORE },
        { group: ['**/functions', '**/functions/**', '**/taskpane', '**/taskpane/**'], message: OTHER_ROOM },
        { group: ['**/workbook', '**/workbook/**', '**/cli', '**/cli/**'], message: OTHER_ROOM },
        { regex: `^(\\./)?(\\.\\./){${depth + 1},}`, message: 'This relative import leaves src/core. ' + OTHER_ROOM },
      ],
    },
  ];
}

export default tseslint.config(
  { ignores: ['dist/', 'lib/', 'node_modules/', 'coverage/', 'test-artifacts/', 'test/schemas/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // CommonJS build and test plumbing run by node.
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: nodeGlobals },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  { files: ['**/*.mjs'], languageOptions: { globals: nodeGlobals } },
  {
    // WPS's object model, like Office.js, has one door.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/workbook/wps*.ts', 'src/wps/**'],
    rules: {
      'no-restricted-globals': ['error', { globals: WPS_GLOBALS.map((name) => ({ name, message: WPS_ONLY })), checkGlobalObject: true }],
    },
  },
  // The wall around the core, one block per folder depth (a later block replaces the rule's options).
  ...[0, 1, 2, 3].map((depth) => ({
    files: [`src/core/${'*/'.repeat(depth)}*.{ts,tsx}`],
    rules: { 'no-restricted-imports': coreImports(depth) },
  })),
  {
    files: ['src/core/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': [
        'error',
        {
          globals: [
            ...['Excel', 'Office', 'CustomFunctions', 'OfficeExtension', 'window', 'document', 'process', 'require'].map((name) => ({
              name,
              message: NOT_IN_CORE,
            })),
            ...WPS_GLOBALS.map((name) => ({ name, message: WPS_ONLY })),
          ],
          checkGlobalObject: true,
        },
      ],
    },
  },
);
