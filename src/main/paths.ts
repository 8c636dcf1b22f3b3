import { homedir } from 'node:os'
import { join } from 'node:path'

export const APP_NAME = 'BizLedger'
export const DB_FILE = 'bizledger.db'

/** `--db PATH` / `--db=PATH` on the command line, else BIZLEDGER_DB, else null. */
export function dbOverride(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): string | null {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--db' && argv[i + 1]) return argv[i + 1]
    if (a.startsWith('--db=')) return a.slice('--db='.length)
  }
  return env.BIZLEDGER_DB || null
}

/**
 * Electron's userData folder for this app, worked out without electron so the CLI and the
 * bridge find the same database the desktop app uses.
 */
export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME)
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME)
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME)
}
