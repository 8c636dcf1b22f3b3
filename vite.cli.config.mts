import { resolve } from 'node:path'
import { builtinModules } from 'node:module'
import { defineConfig, type Plugin } from 'vite'
import pkg from './package.json' with { type: 'json' }

/**
 * The command line, built to JavaScript (out/cli/index.js) so that a start is a plain `node`
 * start: under tsx every start compiled the sources again (1.3–1.6 s for `help`). The import's
 * reader thread is a script of its own beside it (xlsx-thread.ts looks for it there). The
 * runtime dependencies (better-sqlite3's native driver, exceljs …) stay external: they load
 * from node_modules as under tsx. scripts/cli.mjs builds this when the sources are newer.
 */
/**
 * Libraries that only some commands use, loaded when first used instead of at every start:
 * exceljs alone takes longer to load than the rest of the CLI (import, export and the
 * dashboard's workbook use it; `help`, `stats` and `list` never do), and node-forge (75 ms) is
 * needed only when `serve` makes its certificate. Each is a default or named import of
 * functions, so a stand-in that loads the module on first use is the same.
 */
const LAZY: Record<string, string> = {
  exceljs: `import { createRequire } from 'node:module'
    let m; const load = () => (m ??= createRequire(__filename)('exceljs'));
    export default new Proxy({}, { get: (_, k) => load()[k], has: (_, k) => k in load() });`,
  'pinyin-pro': `import { createRequire } from 'node:module'
    let m; const load = () => (m ??= createRequire(__filename)('pinyin-pro'));
    export const pinyin = (...a) => load().pinyin(...a);
    export const polyphonic = (...a) => load().polyphonic(...a);`,
  // Only `serve` makes a certificate, and only on its first start.
  'node-forge': `import { createRequire } from 'node:module'
    let m; const load = () => (m ??= createRequire(__filename)('node-forge'));
    export default new Proxy({}, { get: (_, k) => load()[k], has: (_, k) => k in load() });`,
}

const lazyDeps: Plugin = {
  name: 'bizledger-lazy-deps',
  enforce: 'pre',
  resolveId: (id) => (id in LAZY ? `\0lazy:${id}` : null),
  load: (id) => (id.startsWith('\0lazy:') ? LAZY[id.slice('\0lazy:'.length)] : null),
}

export default defineConfig({
  plugins: [lazyDeps],
  build: {
    ssr: true,
    outDir: process.env.BIZLEDGER_CLI_OUT ?? 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    reportCompressedSize: false,
    rolldownOptions: {
      input: { index: resolve('src/main/cli.ts'), 'xlsx-worker': resolve('src/main/import/xlsx-worker.ts') },
      // The lazy ones are loaded by their stand-ins (createRequire hides them from the bundler).
      external: [...Object.keys(pkg.dependencies).filter((d) => !(d in LAZY)), 'electron', ...builtinModules, /^node:/],
      output: { format: 'cjs', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
})
