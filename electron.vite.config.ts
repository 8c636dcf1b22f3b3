import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'

// Entry points are electron-vite's defaults: src/main/index.ts, src/preload/index.ts,
// src/renderer/index.html. better-sqlite3 and exceljs stay external (dependencies).
export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        // The import's .xlsx reader thread is a script of its own beside index.js (xlsx-thread.ts).
        input: { index: resolve('src/main/index.ts'), 'xlsx-worker': resolve('src/main/import/xlsx-worker.ts') },
      },
    },
  },
  // A sandboxed preload may require only electron, events, timers and url, and cannot load a
  // second file: everything else it uses (zod, the contract) is bundled into the one script.
  // tests/unit/node/preload-sandbox.test.ts runs the build with exactly that require.
  preload: {
    build: {
      externalizeDeps: false,
      rollupOptions: { external: ['electron'], output: { codeSplitting: false } },
    },
  },
  renderer: {
    plugins: [react()],
    build: {
      // antd and AG Grid are large; one chunk each keeps the first paint cache-friendly.
      chunkSizeWarningLimit: 4000,
    },
  },
})
