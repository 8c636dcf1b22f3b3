import type { Backend } from '../app/backend'

/** Handlers of the channels in src/shared/ipc/channels/import.ts. */
export function importHandlers(_backend: Backend): Record<string, (input: never) => unknown> {
  return {}
}
