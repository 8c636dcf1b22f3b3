/**
 * History and undo (issue #9): Ctrl+Z / redo, the 操作记录 activity list, a record back to an
 * earlier version, and 回收站. Everything is named by audit batch or audit row id, never by
 * anything the page could use to reach outside the ledger.
 */
import { z } from 'zod'
import type { AuditChange } from '../../domain/profiles'
import { namesOf } from '../../domain/common'
import type { Channel } from '../contract'

// The contract's helper, repeated: importing it would make the contract import itself.
function channel<O>() {
  return <I extends z.ZodType>(input: I): Channel<I, O> => ({ input })
}

export const ACTIVITY_KIND_LABELS = {
  change: '修改',
  undo: '撤销',
  redo: '重做',
  restore: '恢复',
}
export type ActivityKind = keyof typeof ACTIVITY_KIND_LABELS
export const ACTIVITY_KINDS = namesOf(ACTIVITY_KIND_LABELS)

export interface StepResult {
  /** What was undone, redone or restored: 修改企业“…”的联系电话. */
  label: string
  batch: string
  records: number
}

export interface HistoryPeek {
  undo: string | null
  redo: string | null
}

export interface ActivityEntry {
  seq: number
  batch: string
  kind: ActivityKind
  at: string
  actor: string
  label: string
  records: number
  /** Undone since (by Ctrl+Z or 撤销本次导入). */
  undone: boolean
}

export interface ActivityRecord {
  auditId: number
  entity: string
  /** The contract namespace, for a link to the record's page; null for an unknown entity. */
  ledger: string | null
  label: string
  entityId: number
  title: string
  action: 'create' | 'update' | 'delete'
  changes: AuditChange[]
}

export interface TrashItem {
  batch: string
  entity: string
  label: string
  entityId: number
  title: string
  at: string
  actor: string
  along: number
}

const batch = z.string().min(1).max(80)
const entity = z
  .string()
  .max(40)
  .regex(/^[a-zA-Z]+$/)
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?$/, '日期格式应为 2024-01-31')
const page = {
  offset: z.number().int().min(0).max(10_000_000).optional(),
  limit: z.number().int().min(1).max(500).optional(),
}

const activityQuery = z.strictObject({
  kind: z.enum(ACTIVITY_KINDS).optional(),
  entity: entity.optional(),
  actor: z.string().max(100).optional(),
  from: date.optional(),
  to: date.optional(),
  ...page,
})
export type ActivityQuery = z.infer<typeof activityQuery>

const none = z.strictObject({}).optional()

export const historyChannels = {
  /** What Ctrl+Z and Ctrl+Shift+Z would do now, for tooltips. */
  'history:peek': channel<HistoryPeek>()(none),
  'history:undo': channel<StepResult>()(none),
  'history:redo': channel<StepResult>()(none),
  'history:activity': channel<{ items: ActivityEntry[]; total: number }>()(activityQuery),
  'history:actors': channel<string[]>()(none),
  'history:records': channel<ActivityRecord[]>()(z.strictObject({ batch })),
  /** A record back to how it was after one of its changes (a row of its 变更记录). */
  'history:restoreVersion': channel<StepResult>()(z.strictObject({ auditId: z.number().int().positive() })),
  'history:trash': channel<{ items: TrashItem[]; total: number }>()(
    z.strictObject({ entity: entity.optional(), ...page }).optional(),
  ),
  'history:restore': channel<StepResult>()(z.strictObject({ batch })),
  'history:purge': channel<{ purged: number }>()(z.strictObject({ batch })),
}
