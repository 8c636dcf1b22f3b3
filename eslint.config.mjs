// Lint keeps the process boundaries (architecture.md, convention 7): shared code imports no
// electron and no node:*, the renderer never reaches into main, and electron itself is
// imported only by the thin shell files so everything else runs under plain Node.
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
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Only the Electron shell files import electron.' }] },
      ],
    },
  },
)
