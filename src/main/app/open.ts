import { mkdirSync } from 'node:fs'
import { userInfo } from 'node:os'
import { dirname, resolve } from 'node:path'
import pkg from '../../../package.json'
import { openDatabase } from '../db/connection'
import { Backend } from './backend'

/** The OS account name: who the audit log names until a user setting exists. */
export function osUser(): string {
  try {
    return userInfo().username || '本机用户'
  } catch {
    return '本机用户'
  }
}

/** Opens (creating the folder and file if need be) and migrates the ledger at `dbPath`. */
export function openBackend(dbPath: string, actor = osUser()): Backend {
  const path = dbPath === ':memory:' ? dbPath : resolve(dbPath)
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
  return new Backend(openDatabase(path), { dbPath: path, version: pkg.version, actor })
}
