// Lint keeps the process boundaries (architecture.md, convention 7): shared code imports no
// electron and no node:*, the renderer never reaches into main, and electron itself is
// imported only by the thin shell files so everything else runs under plain Node.
// It keeps the rooms of src/main too (docs/architecture.md): only the entry points import
// app/, which composes the features; no feature, and nothing below them, imports app/.
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'url', 'util']
const ELECTRON_SHELL = [
  'src/main/index.ts',
  'src/main/window.ts',
  'src/main/security.ts',
  'src/main/ipc/register.ts',
  'src/main/print-window.ts',
  'src/preload/index.ts',
  'tests/e2e/electron.spec.ts',
]

// The programs' starting points: each opens the ledger through app/ and serves it.
const MAIN_ENTRY_POINTS = ['src/main/index.ts', 'src/main/cli.ts', 'src/main/bridge/start-web.ts']
// What a feature is given comes from core/deps.ts; app/ is where they are all built.
const NO_APP = {
  regex: '(^(\\./|(\\.\\./)+)|/main/)app(/|$)',
  message:
    'Only app/ and the entry points (index.ts, cli.ts, bridge/start-web.ts) import src/main/app: take what the feature uses from core/deps.ts.',
}
// The rooms below the features (the ledgers' services and what they stand on) import no feature.
const FEATURES = [
  'app',
  'audit',
  'backup',
  'campaigns',
  'cli',
  'dashboard',
  'dedupe',
  'demo',
  'export',
  'fieldbooks',
  'history',
  'import',
  'profiles',
  'reports',
]
const LOWER_ROOMS = ['core', 'db', 'ledger', 'ledgers', 'query', 'search', 'views']
const NO_FEATURE = {
  regex: `^\\.\\./(${FEATURES.join('|')})(/|$)`,
  message:
    'The rooms features stand on (core, db, ledger, ledgers, query, search, views) import no feature and not app/.',
}
const NO_ELECTRON = { name: 'electron', message: 'Only the Electron shell files import electron.' }
const MAIN_SHELL = ELECTRON_SHELL.filter((f) => f.startsWith('src/main/') && !MAIN_ENTRY_POINTS.includes(f))

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'tests/unit/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron'],
          patterns: [
            { group: NODE_BUILTINS, message: 'src/shared runs in every process: no Node built-ins.' },
            {
              group: ['**/main/**', '**/renderer/**', '**/preload/**'],
              message: 'src/shared imports only src/shared.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron'],
          patterns: [
            { group: NODE_BUILTINS, message: 'The renderer is a sandboxed web page.' },
            { group: ['**/main/**', '**/preload/**'], message: 'The renderer reaches main only through the API.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/**/*.ts', 'tests/**/*.{ts,tsx}', 'scripts/**/*.ts'],
    ignores: ELECTRON_SHELL,
    rules: { 'no-restricted-imports': ['error', { paths: [NO_ELECTRON] }] },
  },
  // A later block's options replace an earlier one's for the same rule, so each block below
  // repeats the electron rule its files keep.
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/app/**', ...MAIN_ENTRY_POINTS, ...ELECTRON_SHELL],
    rules: { 'no-restricted-imports': ['error', { paths: [NO_ELECTRON], patterns: [NO_APP] }] },
  },
  {
    files: MAIN_SHELL,
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_APP] }] },
  },
  {
    files: LOWER_ROOMS.map((room) => `src/main/${room}/**/*.ts`),
    rules: { 'no-restricted-imports': ['error', { paths: [NO_ELECTRON], patterns: [NO_APP, NO_FEATURE] }] },
  },
)
