/**
 * Prepares the Electron build of better-sqlite3 (see src/main/db/driver.ts for why there are
 * two). Once: when the build is already in its cache folder this returns at once. Else the
 * registry-published prebuild for Electron's ABI (prebuild-install, which better-sqlite3 itself
 * installs with), else a build against Electron's headers (node-gyp), else a Chinese message
 * that says what to run where. Node's own build in node_modules is never touched.
 *
 * Every effect (files, child processes) comes in through PrepareDeps so the tests can run the
 * offline and already-prepared cases without a network or a compiler.
 */
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs'
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { electronDriverDir, electronDriverFile, type DriverTarget } from '../src/main/db/driver'

/** Where Electron publishes the headers a native module is compiled against. */
export const ELECTRON_HEADERS_URL = 'https://www.electronjs.org/headers'

export interface PrepareDeps {
  root: string
  target: DriverTarget
  exists(path: string): boolean
  /**
   * The ABI the .node file registers itself for (its node_register_module_vNNN symbol), or null.
   * A build for Node's ABI in Electron's folder would fail at start, so it never counts as ready.
   */
  abiOf(path: string): string | null
  /** Electron's ABI (NODE_MODULE_VERSION) for the target version. */
  electronAbi: string
  /** Copies better-sqlite3's package (sources, binding.gyp, package.json) into the cache folder. */
  stage(dir: string): void
  /** Runs `node <script> ...args` in `cwd`; resolves to the exit code. */
  runNode(script: string, args: string[], cwd: string): Promise<number>
  log(line: string): void
}

export type Prepared = { how: 'present' | 'prebuilt' | 'built'; file: string }

export class PrepareError extends Error {}

export async function prepareElectronDriver(d: PrepareDeps): Promise<Prepared> {
  const file = electronDriverFile(d.root, d.target)
  const ready = () => d.exists(file) && d.abiOf(file) === d.electronAbi
  if (ready()) return { how: 'present', file }
  const dir = electronDriverDir(d.root, d.target)
  const { electron, platform, arch } = d.target
  d.log(`为 Electron ${electron}(${platform}-${arch})准备数据库驱动 better-sqlite3 …`)
  d.stage(dir)
  const nm = join(d.root, 'node_modules')
  const prebuilt = await d.runNode(
    join(nm, 'prebuild-install', 'bin.js'),
    ['--runtime', 'electron', '--target', electron, '--arch', arch, '--platform', platform],
    dir,
  )
  if (prebuilt === 0 && ready()) return { how: 'prebuilt', file }
  d.log('没有取到预编译的驱动,改为用 Electron 的头文件编译(需要 C++ 编译工具)…')
  const built = await d.runNode(
    join(nm, 'node-gyp', 'bin', 'node-gyp.js'),
    [
      'rebuild',
      '--release',
      '--runtime=electron',
      `--target=${electron}`,
      `--arch=${arch}`,
      `--dist-url=${ELECTRON_HEADERS_URL}`,
    ],
    dir,
  )
  if (built === 0 && ready()) return { how: 'built', file }
  throw new PrepareError(
    [
      `无法为 Electron ${electron}(${platform}-${arch})准备数据库驱动:预编译文件下载失败,用 Electron 头文件编译也没有成功。`,
      '请在能联网的电脑上,于项目文件夹中运行 npm run prepare:electron 再 npm start;',
      '若能联网但仍失败,请先安装编译工具(Windows:Visual Studio 生成工具“使用 C++ 的桌面开发”;统信/麒麟/Ubuntu:sudo apt install build-essential python3)后重试。',
      '不能联网的电脑请改用 npm run start:web,在浏览器中使用同一个台账。',
    ].join('\n'),
  )
}

/** The real effects, for scripts/prepare-electron.ts. */
export function realDeps(root: string): PrepareDeps {
  const electron = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version
  return {
    root,
    target: { electron, platform: process.platform, arch: process.arch },
    exists: existsSync,
    abiOf(path) {
      const m = /node_register_module_v(\d+)/.exec(readFileSync(path).toString('latin1'))
      return m ? m[1] : null
    },
    // Electron's package says its own ABI (NODE_MODULE_VERSION) beside its version.
    electronAbi: readFileSync(join(root, 'node_modules', 'electron', 'abi_version'), 'utf8').trim(),
    stage(dir) {
      mkdirSync(dir, { recursive: true })
      const pkg = join(root, 'node_modules', 'better-sqlite3')
      for (const part of ['package.json', 'binding.gyp', 'src', 'deps']) {
        cpSync(join(pkg, part), join(dir, part), { recursive: true })
      }
    },
    runNode(script, args, cwd) {
      return new Promise((resolve) => {
        // npm passes its own config to scripts as npm_config_*: a nodedir, target or disturl
        // there would make node-gyp build against Node's headers instead of Electron's.
        const env = Object.fromEntries(
          Object.entries(process.env).filter(
            ([k]) => !/^npm_config_(nodedir|target|runtime|disturl|dist_url|arch)$/i.test(k),
          ),
        )
        const child = spawn(process.execPath, [script, ...args], { cwd, env, stdio: 'inherit' })
        child.on('error', () => resolve(1))
        child.on('exit', (code) => resolve(code ?? 1))
      })
    },
    log: (line) => console.log(line),
  }
}
