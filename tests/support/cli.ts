/**
 * Runs the CLI as a user would (`npm run cli`: the built command line, built first when it is
 * missing or stale), in a process of its own, with no default ledger.
 */
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'

export const ROOT = join(__dirname, '../..')
export const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs')
export const CLI = join(ROOT, 'scripts/cli.mjs')

export function cli(...args: string[]): { code: number | null; out: string; err: string } {
  return cliWithInput(undefined, ...args)
}

/** The same, with `input` on its standard input (a password for `users add`). */
export function cliWithInput(
  input: string | undefined,
  ...args: string[]
): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input,
    env: { ...process.env, BIZLEDGER_DB: '' },
  })
  return { code: r.status, out: r.stdout, err: r.stderr }
}
