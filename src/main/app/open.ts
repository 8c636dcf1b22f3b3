import { existsSync, mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import pkg from '../../../package.json'
import { openDatabase } from '../db/connection'
import { networkLocation, networkMessage, systemProbe, type NetworkProbe } from '../db/network-drive'
import { AppError } from '../errors'
import { Backend } from './backend'

import { osUser } from '../core/user'

export { osUser }

/**
 * Opens (creating the folder and file if need be) and migrates the ledger at `dbPath`; with
 * `readOnly` (the reason, db/network-drive.ts) it opens the existing file without writing.
 */
export function openBackend(dbPath: string, actor = osUser(), readOnly?: string): Backend {
  const path = dbPath === ':memory:' ? dbPath : resolve(dbPath)
  if (readOnly) {
    if (!existsSync(path)) {
      throw new AppError(
        'READONLY',
        `台账文件不存在:${path}。它在网络位置上,为防止多人同时写入损坏数据,不能在网络位置新建台账。请在这台电脑上使用台账,或把已有的台账文件复制到这台电脑。`,
      )
    }
    return new Backend(
      openDatabase(path, { readonly: true }),
      { dbPath: path, version: pkg.version, actor, readOnly },
      withOwnConnection,
    )
  }
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
  return new Backend(openDatabase(path), { dbPath: path, version: pkg.version, actor }, withOwnConnection)
}

/** The reason a ledger must be opened read-only (it lies on a network filesystem), or undefined. */
export function readOnlyReason(dbPath: string, probe: NetworkProbe = systemProbe): string | undefined {
  const where = networkLocation(dbPath, probe)
  return where ? networkMessage(where) : undefined
}

/**
 * Runs a long job (an import, an export) on a connection of its own: its transaction or its
 * reading stays out of the app's shared connection, where every other call made meanwhile (a
 * grid refresh, an edit) would run inside it. An in-memory ledger has only the one connection.
 * Features reach it as `file.withOwnConnection` (core/deps.ts).
 */
export async function withOwnConnection<T>(backend: Backend, fn: (b: Backend) => Promise<T>): Promise<T> {
  if (backend.options.dbPath === ':memory:') return fn(backend)
  const own = openBackend(backend.options.dbPath, backend.options.actor, backend.options.readOnly)
  try {
    return await fn(own)
  } finally {
    own.db.close()
  }
}
