import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // One file per core. Left to itself Vitest 4 kept one core free, which on the 2-core CI
    // machines ran the files one at a time (unit tests took 5 minutes instead of 3.5).
    maxWorkers: '100%',
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/unit/node/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'web',
          environment: 'jsdom',
          include: ['tests/unit/web/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/unit/web/setup.ts'],
          testTimeout: 30_000,
        },
      },
    ],
  },
})
