import type { ParseArgsConfig } from 'node:util'
import type { Deps } from '../core/deps'

export type Values = Record<string, string | boolean | undefined>

/**
 * One `npm run cli -- <name>` command. It is run with the ledger's services (src/main/core/deps.ts);
 * the commands cli.ts keeps for itself (demo, stats) are given the whole app.
 */
export interface Command<D = Deps> {
  /** One line for the usage text, after the command's name. */
  usage: string
  options: NonNullable<ParseArgsConfig['options']>
  /** Positional arguments the command takes (e.g. the file of `import FILE`). */
  positionals?: boolean
  /** True when this run changes the ledger: refused for a ledger on a network drive. */
  writes?(values: Values, positionals: string[]): boolean
  /** Checks the options before the database is opened, so a typo creates no file. */
  check?(values: Values, positionals: string[]): void
  /** Returns the exit code: 0 done, 1 failed (after printing why). */
  run(deps: D, values: Values, positionals: string[]): number | void | Promise<number | void>
}

/** Wrong arguments: the CLI prints the message and the usage, and exits 2. */
export class UsageError extends Error {}
