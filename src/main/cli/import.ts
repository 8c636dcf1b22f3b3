import type { Command } from './command'

/** `import` and `list` (issue #5); filled in with the import engine. */
export const importCommands: Record<string, Command> = {}
