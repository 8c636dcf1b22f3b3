import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import pkg from '../../../package.json'
import { openDatabase } from '../db/connection'
import { Backend } from './backend'

import { osUser } from '../core/user'

export { osUser }

/** Opens (creating the folder and file if need be) and migrates the ledger at `dbPath`. */
export function openBackend(dbPath: string, actor = osUser()): Backend {
  const path = dbPath === ':memory:' ? dbPath : resolve(dbPath)
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
  return new Backend(openDatabase(path), { dbPath: path, version: pkg.version, actor }, withOwnConnection)
}

/**
 * Runs a long job (an import, an export) on a connection of its own: its transaction or its
 * reading stays out of the app's shared connection, where every other call made meanwhile (a
 * grid refresh, an edit) would run inside it. An in-memory ledger has only the one connection.
 * Features reach it as `file.withOwnConnection` (core/deps.ts).
 */
export async function withOwnConnection<T>(backend: Backend, fn: (b: Backend) => Promise<T>): Promise<T> {
  if (backend.options.dbPath === ':memory:') return fn(backend)
  const own = openBackend(backend.options.dbPath, backend.options.actor)
  try {
    return await fn(own)
  } finally {
    own.db.close()
  }
}
