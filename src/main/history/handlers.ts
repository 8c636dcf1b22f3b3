import type { ActivityQuery } from '../../shared/ipc/channels/history'
import type { LedgerDeps } from '../core/deps'
import { activityRecords, actors, listActivity } from './activity'
import { redo, peek, restoreVersion, undo } from './steps'
import { listTrash, purgeFromTrash, restoreFromTrash, type TrashQuery } from './trash'

/** Handlers of the channels in src/shared/ipc/channels/history.ts. */
export function historyHandlers(backend: LedgerDeps): Record<string, (input: never) => unknown> {
  return {
    'history:peek': () => peek(backend),
    'history:undo': () => undo(backend),
    'history:redo': () => redo(backend),
    'history:activity': (i: ActivityQuery) => listActivity(backend, i),
    'history:actors': () => actors(backend),
    'history:records': (i: { batch: string }) => activityRecords(backend, i.batch),
    'history:restoreVersion': (i: { auditId: number }) => restoreVersion(backend, i.auditId),
    'history:trash': (i?: TrashQuery) => listTrash(backend, i),
    'history:restore': (i: { batch: string }) => restoreFromTrash(backend, i.batch),
    'history:purge': (i: { batch: string }) => purgeFromTrash(backend, i.batch),
  }
}
