import type { AuditChange, AuditEntry } from '../../shared/domain/profiles'
import type { Db } from '../db/connection'
import { LEDGERS, type LedgerName } from '../ledgers'

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
  const labels: Record<string, string> = Object.hasOwn(LEDGERS, entity) ? LEDGERS[entity as LedgerName].labels : {}
  const rows = db
    .prepare('SELECT * FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id DESC LIMIT ?')
    .all(entity, id, limit) as AuditRow[]
  const names = new Map<string, string>()
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
  return rows.map((r) => {
    const before = (r.before ? JSON.parse(r.before) : {}) as Record<string, unknown>
    const after = (r.after ? JSON.parse(r.after) : {}) as Record<string, unknown>
    const changes: AuditChange[] = []
    for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (field === 'id') continue
      const from = before[field] ?? null
      const to = after[field] ?? null
      if (JSON.stringify(from) === JSON.stringify(to)) continue
      if (Array.isArray(from) && Array.isArray(to) && from.length === 0 && to.length === 0) continue
      changes.push({ field, label: labels[field] ?? field, from: resolve(field, from), to: resolve(field, to) })
    }
    return { id: r.id, at: r.at, actor: r.actor, action: r.action, changes, batch: r.batch }
  })
}
