/**
 * The two builds of better-sqlite3: which one each runtime opens, and what `npm start`'s
 * preparing step does when the Electron build is there already, and when the machine is offline.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { chooseBinding, electronDriverFile } from '../../../src/main/db/driver'
import { dbFailure } from '../../../src/main/db/failure'
import { prepareElectronDriver, PrepareError, type PrepareDeps } from '../../../scripts/electron-driver'

const root = join('/', 'proj')
const target = { electron: '45.5.0', platform: 'linux', arch: 'x64' }
const cached = electronDriverFile(root, target)

describe('the driver build each runtime opens', () => {
  it('is named after Electron version, platform and arch, under a cache folder', () => {
    expect(cached).toBe(
      join(root, '.cache', 'electron-driver', 'electron-45.5.0-linux-x64', 'build', 'Release', 'better_sqlite3.node'),
    )
  })

  it("plain Node (the CLI, tests, start:web) keeps better-sqlite3's default: Node's build", () => {
    const b = chooseBinding({ versions: {}, platform: 'linux', arch: 'x64', root, packaged: false, exists: () => true })
    expect(b).toBeUndefined()
  })

  it('Electron from a checkout opens the cached Electron build', () => {
    const b = chooseBinding({
      versions: { electron: '45.5.0' },
      platform: 'linux',
      arch: 'x64',
      root,
      packaged: false,
      exists: (p) => p === cached,
    })
    expect(b).toBe(cached)
  })

  it('a packaged app uses its own copy (electron-builder rebuilt it for Electron)', () => {
    const b = chooseBinding({ versions: { electron: '45.5.0' }, platform: 'win32', arch: 'x64', root, packaged: true })
    expect(b).toBeUndefined()
  })

  it('a missing Electron build is a DRIVER failure that says what to run, in Chinese', () => {
    let err: unknown
    try {
      chooseBinding({
        versions: { electron: '45.5.0' },
        platform: 'linux',
        arch: 'x64',
        root,
        packaged: false,
        exists: () => false,
      })
    } catch (e) {
      err = e
    }
    const f = dbFailure(err)
    expect(f?.code).toBe('DRIVER')
    expect(f?.message).toContain('npm run prepare:electron')
  })

  it("Node's build loaded by Electron (the ABI error) is a DRIVER failure too, not a crash", () => {
    const e = Object.assign(
      new Error(
        "The module 'better_sqlite3.node' was compiled against a different Node.js version using NODE_MODULE_VERSION 115. This version of Node.js requires NODE_MODULE_VERSION 140.",
      ),
      { code: 'ERR_DLOPEN_FAILED' },
    )
    const f = dbFailure(e)
    expect(f?.code).toBe('DRIVER')
    expect(f?.message).toMatch(/数据库驱动.*npm run prepare:electron/s)
  })
})

/** Deps whose files and child processes are a script the test writes. */
function fakeDeps(opts: { present?: 'electron' | 'node'; prebuild: 'ok' | 'offline'; gyp: 'ok' | 'offline' }) {
  const files = new Map<string, string>(opts.present ? [[cached, opts.present === 'electron' ? '140' : '115']] : [])
  const calls: string[] = []
  const deps: PrepareDeps = {
    root,
    target,
    exists: (p) => files.has(p),
    abiOf: (p) => files.get(p) ?? null,
    electronAbi: '140',
    stage: (dir) => calls.push(`stage ${dir}`),
    runNode: async (script, args) => {
      const tool = script.includes('prebuild-install') ? 'prebuild' : 'gyp'
      calls.push(`${tool} ${args.join(' ')}`)
      if (opts[tool] === 'ok') {
        files.set(cached, '140')
        return 0
      }
      return 1
    },
    log: () => undefined,
  }
  return { deps, calls }
}

describe('npm start prepares the Electron build once', () => {
  it('does nothing when the build is already there (no download, no compiler)', async () => {
    const { deps, calls } = fakeDeps({ present: 'electron', prebuild: 'offline', gyp: 'offline' })
    expect(await prepareElectronDriver(deps)).toEqual({ how: 'present', file: cached })
    expect(calls).toEqual([])
  })

  it("does not take a build for Node's ABI left in Electron's folder as ready", async () => {
    const { deps, calls } = fakeDeps({ present: 'node', prebuild: 'ok', gyp: 'offline' })
    expect((await prepareElectronDriver(deps)).how).toBe('prebuilt')
    expect(calls).toHaveLength(2)
  })

  it("takes the prebuild for Electron's ABI first", async () => {
    const { deps, calls } = fakeDeps({ prebuild: 'ok', gyp: 'offline' })
    expect((await prepareElectronDriver(deps)).how).toBe('prebuilt')
    expect(calls[1]).toBe('prebuild --runtime electron --target 45.5.0 --arch x64 --platform linux')
    expect(calls).toHaveLength(2)
  })

  it("else builds against Electron's headers", async () => {
    const { deps, calls } = fakeDeps({ prebuild: 'offline', gyp: 'ok' })
    expect((await prepareElectronDriver(deps)).how).toBe('built')
    expect(calls[2]).toMatch(/^gyp rebuild --release --runtime=electron --target=45\.5\.0 --arch=x64 --dist-url=https:/)
  })

  it('offline (no prebuild, no headers) it stops with a Chinese message saying what to run where', async () => {
    const { deps } = fakeDeps({ prebuild: 'offline', gyp: 'offline' })
    const run = prepareElectronDriver(deps)
    await expect(run).rejects.toBeInstanceOf(PrepareError)
    await expect(run).rejects.toThrow(/能联网的电脑.*npm run prepare:electron[\s\S]*npm run start:web/)
  })
})
