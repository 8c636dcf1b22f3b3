import type { RawApi } from '../../../shared/ipc/api'

/**
 * Every successful write is announced, so views that summarise the whole ledger (the status
 * bar, the home page) stay current without each page having to remember to refresh them.
 */
export type ChangeListener = (channel: string) => void

const listeners = new Set<ChangeListener>()
// Channel actions that change records (visit:record, campaign:assign, import:run, import:undo,
// history:undo/redo/restore/restoreVersion/purge, backup:restore, settings:setUser,
// report:saveSettings …).
const WRITE_ACTIONS = new Set([
  'create',
  'update',
  'delete',
  'bulkUpdate',
  'setup',
  'record',
  'assign',
  'run',
  'undo',
  'redo',
  'restore',
  'restoreVersion',
  'restoreLatest',
  'purge',
  'setUser',
  'saveSettings',
  'sendTasks',
  'sendDispatch',
  'merge',
  'dismiss',
  'link',
])

/**
 * Changes made to records anywhere at once (undo, redo, a restore): grids and loaded pages read
 * again, since any record on screen may be one of them.
 */
export function isSweepingChange(channel: string): boolean {
  return channel.startsWith('history:') || channel === 'import:undo'
}

export function onDataChanged(listener: ChangeListener): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

export function notifyDataChanged(channel: string): void {
  for (const l of listeners) l(channel)
}

/** Wraps the write methods of a raw API so a successful envelope notifies listeners. */
export function withChangeNotices(raw: RawApi): RawApi {
  const out: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {}
  for (const [ns, methods] of Object.entries(raw as unknown as Record<string, Record<string, RawMethod>>)) {
    out[ns] = {}
    for (const [action, method] of Object.entries(methods)) {
      out[ns][action] = WRITE_ACTIONS.has(action)
        ? async (input?: unknown) => {
            const r = await method(input)
            if (r.ok) notifyDataChanged(`${ns}:${action}`)
            return r
          }
        : method
    }
  }
  return out as unknown as RawApi
}

type RawMethod = (input?: unknown) => Promise<{ ok: boolean }>
