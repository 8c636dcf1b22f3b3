/**
 * Which build of better-sqlite3 opens the ledger. npm compiles the driver for Node's ABI, which
 * the CLI, the tests and start:web use. Electron has an ABI of its own, so the desktop shell
 * loads a second build, kept beside Node's in a cache folder named after Electron's version,
 * platform and arch (scripts/prepare-electron.mjs puts it there), through better-sqlite3's
 * `nativeBinding` option. Every connection the app opens goes through openSqlite, so the one
 * choice made at start-up holds for all of them (backups and restores included).
 */
import Database from 'better-sqlite3'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { AppError } from '../errors'
import { DRIVER_FIX } from './failure'

export interface DriverTarget {
  /** Electron's version, without a leading v. */
  electron: string
  platform: string
  arch: string
}

/** The cache folder of the Electron build, under the project (or app) root. */
export function electronDriverDir(root: string, t: DriverTarget): string {
  return join(root, '.cache', 'electron-driver', `electron-${t.electron}-${t.platform}-${t.arch}`)
}

/** The .node file inside it, where prebuild-install and node-gyp both leave it. */
export function electronDriverFile(root: string, t: DriverTarget): string {
  return join(electronDriverDir(root, t), 'build', 'Release', 'better_sqlite3.node')
}

export interface BindingContext {
  /** process.versions: `electron` is there only inside Electron. */
  versions: { electron?: string }
  platform: string
  arch: string
  /** The project root (where package.json and .cache live). */
  root: string
  /** A packaged app: electron-builder rebuilt the copy in its node_modules for Electron. */
  packaged: boolean
  exists?: (path: string) => boolean
}

/**
 * The nativeBinding to open with: undefined means better-sqlite3's default (Node's build, or the
 * packaged app's own rebuilt copy). Inside Electron from a source checkout, the cached Electron
 * build, or an error that says how to make it.
 */
export function chooseBinding(ctx: BindingContext): string | undefined {
  const electron = ctx.versions.electron
  if (!electron || ctx.packaged) return undefined
  const file = electronDriverFile(ctx.root, { electron, platform: ctx.platform, arch: ctx.arch })
  if (!(ctx.exists ?? existsSync)(file)) {
    throw new AppError('DRIVER', `桌面版的数据库驱动(Electron ${electron})还没有准备好:缺少 ${file}。${DRIVER_FIX}`)
  }
  return file
}

let binding: string | undefined

/** Set once at start-up by the shell; plain Node never calls it. */
export function useNativeBinding(path: string | undefined): void {
  binding = path
}

export function nativeBinding(): string | undefined {
  return binding
}

/** `new Database`, with the shell's driver build when one was chosen. */
export function openSqlite(path: string, options: Database.Options = {}): Database.Database {
  return new Database(path, binding ? { ...options, nativeBinding: binding } : options)
}
