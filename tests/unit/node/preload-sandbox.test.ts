/**
 * The preload as a sandboxed window runs it. Electron cannot start here, so the rule it would
 * enforce is checked instead: a sandboxed preload's `require` knows only electron, events,
 * timers and url, and the file is run as one script (no other file of ours can be required).
 *
 * The preload is built here, with the project's own electron-vite config (only its preload
 * part, into a temporary folder), so the test never reads a stale out/ and never skips.
 */
import { build as viteBuild } from 'vite'
import { resolveConfig } from 'electron-vite'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHANNELS } from '../../../src/shared/ipc/contract'
import { SHELL_METHODS } from '../../../src/shared/ipc/shell'

const SANDBOX_MODULES = ['electron', 'events', 'timers', 'url']

let outDir = ''
let code = ''

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'bizledger-preload-'))
  const { config } = await resolveConfig({ build: { outDir }, logLevel: 'silent' }, 'build', 'production')
  const preload = config?.preload
  if (!preload) throw new Error('electron.vite.config.ts has no preload build')
  await viteBuild({ ...preload, logLevel: 'silent' })
  const files = readdirSync(join(outDir, 'preload'))
  expect(files.filter((f) => f.endsWith('.js'))).toEqual(['index.js'])
  code = readFileSync(join(outDir, 'preload', 'index.js'), 'utf8')
}, 120_000)

afterAll(() => rmSync(outDir, { recursive: true, force: true }))

/** Runs the built preload as Electron's sandbox would, with stand-ins for the electron module. */
function runSandboxed(source: string) {
  const exposed: Record<string, unknown> = {}
  const invoked: unknown[][] = []
  const required: string[] = []
  const electron = {
    contextBridge: {
      exposeInMainWorld: (key: string, value: unknown) => {
        exposed[key] = value
      },
    },
    ipcRenderer: {
      invoke: (...args: unknown[]) => {
        invoked.push(args)
        return Promise.resolve({ ok: true, value: null })
      },
      on: () => undefined,
      removeListener: () => undefined,
    },
    webUtils: { getPathForFile: () => '' },
  }
  const sandboxRequire = (name: string) => {
    required.push(name)
    if (!SANDBOX_MODULES.includes(name)) throw new Error(`module not found: ${name}`)
    if (name === 'electron') return electron
    return {}
  }
  const module = { exports: {} as unknown }
  runInNewContext(source, {
    require: sandboxRequire,
    module,
    exports: module.exports,
    console,
    setTimeout,
    clearTimeout,
    Promise,
  })
  return { exposed, invoked, required }
}

describe('the built preload in the sandbox', () => {
  it('requires only what a sandboxed preload may require', () => {
    const { required } = runSandboxed(code)
    expect(required.filter((m) => !SANDBOX_MODULES.includes(m))).toEqual([])
  })

  it('exposes one method per contract channel, plus upload, print and the shell methods', async () => {
    const { exposed, invoked } = runSandboxed(code)
    const api = exposed.bizledger as Record<string, Record<string, unknown> | ((...a: unknown[]) => unknown)>
    expect(api).toBeDefined()
    for (const ch of CHANNELS) {
      const [ns, action] = ch.split(':')
      expect(typeof (api[ns] as Record<string, unknown>)?.[action], ch).toBe('function')
    }
    expect(typeof api.upload).toBe('function')
    expect(typeof api.printReport).toBe('function')
    for (const m of SHELL_METHODS) expect(typeof api[m], m).toBe('function')
    // Each method sends its own channel and nothing else.
    await (api.enterprise as Record<string, (i?: unknown) => Promise<unknown>>).list()
    expect(invoked.at(-1)).toEqual(['enterprise:list', undefined])
    const namespaces = new Set(CHANNELS.map((c) => c.split(':')[0]))
    const expected = new Set([...namespaces, 'upload', 'printReport', ...SHELL_METHODS])
    expect(new Set(Object.keys(api))).toEqual(expected)
  })

  it('the check itself fails on a preload that requires a package', () => {
    expect(() => runSandboxed('require("zod")')).toThrow(/module not found: zod/)
  })
})
