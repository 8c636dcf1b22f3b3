/**
 * `npm run cli`: runs the built command line (out/cli/index.js), building it first when it is
 * missing or older than any of its sources, so that a start is a plain `node` start and never
 * compiles TypeScript. Plain JavaScript on purpose: it must run before anything is built.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const outDir = join(root, 'out/cli')
const entry = join(outDir, 'index.js')
const SOURCES = ['src/main', 'src/shared', 'vite.cli.config.mts', 'package.json', 'package-lock.json']

/** The newest modification time under `path` (a file or a folder), in ms. */
function newest(path) {
  let st
  try {
    st = statSync(path)
  } catch {
    return 0
  }
  if (!st.isDirectory()) return st.mtimeMs
  let t = st.mtimeMs
  for (const name of readdirSync(path)) t = Math.max(t, newest(join(path, name)))
  return t
}

function stale() {
  if (!existsSync(entry)) return true
  const built = statSync(entry).mtimeMs
  return SOURCES.some((s) => newest(join(root, s)) > built)
}

/**
 * Builds into a folder of its own and then moves it into place, so that two starts building
 * at once (parallel tests) never run a half-written file: the second to finish finds the
 * first one's build in place and uses it.
 */
function build() {
  const tmp = join(root, 'out', `.cli-${process.pid}`)
  const vite = join(root, 'node_modules/vite/bin/vite.js')
  const r = spawnSync(process.execPath, [vite, 'build', '-c', 'vite.cli.config.mts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, BIZLEDGER_CLI_OUT: tmp, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  })
  if (r.status !== 0) {
    rmSync(tmp, { recursive: true, force: true })
    console.error('错误: 命令行程序构建失败(见上方信息)。')
    process.exit(1)
  }
  if (!stale()) return rmSync(tmp, { recursive: true, force: true })
  rmSync(outDir, { recursive: true, force: true })
  try {
    renameSync(tmp, outDir)
  } catch (e) {
    // Another start moved its build in between: that one is as new as ours.
    rmSync(tmp, { recursive: true, force: true })
    if (!existsSync(entry)) throw e
  }
}

if (stale()) build()
const { main } = createRequire(import.meta.url)(entry)
process.exitCode = await main(process.argv.slice(2))
