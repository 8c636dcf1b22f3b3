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
      // electron-vite leaves the renderer unminified; minified, the first page has a third of
      // the script to parse (the whole point of the chunks below is a quicker first page).
      minify: true,
      rolldownOptions: {
        output: {
          // Each page is its own chunk (app/routes.tsx loads them when opened). The libraries sit
          // in chunks of their own: they change far less often than the app, so a new version of
          // the app leaves them cached, and pages without a grid or a chart never fetch those.
          // A group also takes what its modules import, so the shell's libraries (React, antd)
          // come first: recharts would otherwise take clsx from antd and be fetched with the shell.
          codeSplitting: {
            groups: [
              {
                name: 'vendor-react',
                test: /node_modules[\\/](react|react-dom|react-is|scheduler)[\\/]/,
                priority: 40,
              },
              {
                name: 'vendor-ag-grid',
                test: /node_modules[\\/](ag-grid-[\w-]+|@ag-grid-community)[\\/]/,
                priority: 20,
              },
              {
                name: 'vendor-recharts',
                test: /node_modules[\\/](recharts|d3-[\w-]+|victory-vendor|internmap|decimal\.js-light|@reduxjs|redux|immer|reselect|react-redux|eventemitter3)[\\/]/,
                priority: 10,
              },
              {
                name: 'vendor-antd',
                test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[\w-]+|dayjs|clsx)[\\/]/,
                priority: 30,
              },
            ],
          },
        },
      },
    },
  },
})
