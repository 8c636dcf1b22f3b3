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
  return new Backend(openDatabase(path), { dbPath: path, version: pkg.version, actor })
}
