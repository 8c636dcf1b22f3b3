/**
 * The installers' configuration (electron-builder.yml). `npm run dist` cannot run here (it
 * fetches Electron's zip from outside the package registry), so what can be checked offline is:
 *  - electron-builder's own validation, as `electron-builder` runs it before building:
 *    app-builder-lib's getConfig (reads the file, merges package.json) and validateConfiguration
 *    (ajv against the scheme.json shipped inside app-builder-lib: no network);
 *  - that every file the packaged app loads by path at run time is unpacked from the asar.
 */
import { DebugLogger } from 'builder-util'
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config'
import type { Configuration } from 'app-builder-lib'
import { minimatch } from 'minimatch'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import viteConfig from '../../../electron.vite.config'

const root = join(__dirname, '../../..')
let config: Configuration

beforeAll(async () => {
  config = await getConfig(root, 'electron-builder.yml', null)
})

/** A pattern list as getConfig leaves it: strings, or `{ filter: [...] }` sets. */
const list = (v: unknown): string[] =>
  v == null
    ? []
    : (Array.isArray(v) ? v : [v]).flatMap((p: string | { filter?: string | string[] }) =>
        typeof p === 'string' ? [p] : list(p.filter),
      )

/** What the app opens by path once packaged (relative to the app folder). */
function runtimeFiles(): string[] {
  const inputs = (viteConfig as { main: { build: { rollupOptions: { input: Record<string, string> } } } }).main.build
    .rollupOptions.input
  const workers = Object.keys(inputs)
    .filter((k) => k !== 'index')
    .map((k) => `out/main/${k}.js`)
  return [
    'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
    ...workers,
    ...readdirSync(join(root, 'resources/templates')).map((f) => `resources/templates/${f}`),
    ...readdirSync(join(root, 'resources/fonts'))
      .filter((f) => f.endsWith('.woff2'))
      .map((f) => `resources/fonts/${f}`),
  ]
}

describe('electron-builder configuration', () => {
  it("passes electron-builder's own schema validation", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined()
  })

  it('the validation is real: a misspelt option is refused', async () => {
    const bad = { ...config, nsis: { ...config.nsis, deleteAppDataOnUninstal: false } } as Configuration
    await expect(validateConfiguration(bad, new DebugLogger(false))).rejects.toThrow(/configuration\.nsis/)
  })

  it('unpacks from the asar every file the app loads by path, and packs it in the first place', () => {
    const files = runtimeFiles()
    expect(files).toContain('out/main/xlsx-worker.js')
    const unpack = list(config.asarUnpack)
    const included = list(config.files).filter((p) => !p.startsWith('!'))
    for (const f of files) {
      expect(
        unpack.some((p) => minimatch(f, p, { dot: true })),
        `${f} 应在 asarUnpack 中`,
      ).toBe(true)
      if (!f.startsWith('node_modules/'))
        expect(
          included.some((p) => minimatch(f, p, { dot: true })),
          `${f} 应在 files 中`,
        ).toBe(true)
    }
  })

  it('names the product, and builds NSIS x64 for Windows, .deb and AppImage x64+arm64 for Linux', () => {
    expect(config.productName).toBe('营商台账')
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/)
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }])
    expect(config.linux?.target).toEqual([
      { target: 'deb', arch: ['x64', 'arm64'] },
      { target: 'AppImage', arch: ['x64', 'arm64'] },
    ])
    expect(config.icon).toBe('resources/icon.png')
  })

  it('never removes the ledger and its backups (userData) on uninstall or upgrade', () => {
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false)
    expect(config.nsis?.oneClick).toBe(false)
  })
})
