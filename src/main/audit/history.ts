import type { AuditChange, AuditEntry } from '../../shared/domain/profiles'
import type { Db } from '../db/connection'
import { LEDGERS } from '../ledgers'

/** Reference fields and the table whose name stands for the id in a history line. */
const REF_TABLES: Record<string, string> = {
  buildingId: 'building',
  industryId: 'dictionary',
  departmentId: 'dictionary',
  categoryId: 'dictionary',
  handlingUnitId: 'dictionary',
  specialistId: 'staff',
  managerId: 'staff',
  partnerId: 'partner',
  enterpriseId: 'enterprise',
  campaignId: 'campaign',
  visitorIds: 'staff',
  attendeeIds: 'enterprise',
  memberIds: 'enterprise',
}

interface AuditRow {
  id: number
  at: string
  actor: string
  action: AuditEntry['action']
  before: string | null
  after: string | null
  batch: string | null
}

/** A record's change history, newest first: who, when, and each field old → new in Chinese. */
export function recordHistory(db: Db, entity: string, id: number, limit = 200): AuditEntry[] {
  const rows = db
    .prepare('SELECT * FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id DESC LIMIT ?')
    .all(entity, id, limit) as AuditRow[]
  const names = new Map<string, string>()
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor,
    action: r.action,
    changes: recordChanges(db, entity, r.before, r.after, names),
    batch: r.batch,
  }))
}

/** The fields one audit row changed, labelled in Chinese, references shown by name. */
export function recordChanges(
  db: Db,
  entity: string,
  beforeJson: string | null,
  afterJson: string | null,
  names = new Map<string, string>(),
): AuditChange[] {
  const ledger = [...Object.values(LEDGERS)].find((d) => d.entity === entity)
  const labels: Record<string, string> = ledger?.labels ?? {}
  const resolve = (field: string, value: unknown): unknown => {
    const table = REF_TABLES[field]
    if (!table || value == null) return value
    const one = (v: number) => {
      const key = `${table}:${v}`
      if (!names.has(key)) {
        const name = db.prepare(`SELECT name FROM ${table} WHERE id = ?`).pluck().get(v) as string | undefined
        names.set(key, name ?? `#${v}`)
      }
      return names.get(key)!
    }
    return Array.isArray(value) ? value.map((v) => one(v as number)).join('、') : one(value as number)
  }
  const before = (beforeJson ? JSON.parse(beforeJson) : {}) as Record<string, unknown>
  const after = (afterJson ? JSON.parse(afterJson) : {}) as Record<string, unknown>
  const changes: AuditChange[] = []
  for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (field === 'id' || field.startsWith('$')) continue
    const from = before[field] ?? null
    const to = after[field] ?? null
    if (JSON.stringify(from) === JSON.stringify(to)) continue
    if (Array.isArray(from) && Array.isArray(to) && from.length === 0 && to.length === 0) continue
    changes.push({ field, label: labels[field] ?? field, from: resolve(field, from), to: resolve(field, to) })
  }
  return changes
}
