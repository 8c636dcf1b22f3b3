/**
 * A batch in one Chinese phrase, for the activity list and the message after Ctrl+Z:
 * 修改企业“紫荆建筑”的联系电话 / 删除企业“…”及相关记录 3 条 / 导入“名录.xlsx”.
 */
import type { Db } from '../db/connection'
import { LEDGERS } from '../ledgers'
import { LEDGER_OF, changedFields, type State } from './states'

interface Summary {
  n: number
  entities: number
  entity: string
  action: string
  actions: number
  lastId: number
  firstId: number
}

export function describeBatch(db: Db, batch: string): string {
  const origin = originOf(db, batch)
  if (origin.kind === 'restore') {
    const target = db.prepare('SELECT target FROM history_batch WHERE batch = ?').pluck().get(origin.batch) as
      string | null
    if (target) return `恢复${describeBatch(db, target).replace(/^删除/, '')}`
  }
  const file = db.prepare('SELECT file FROM import_batch WHERE id = ?').pluck().get(origin.batch) as string | undefined
  if (file) return `导入“${file}”`
  const merge = db.prepare('SELECT keep_id, from_names FROM enterprise_merge WHERE batch = ?').get(origin.batch) as
    { keep_id: number; from_names: string } | undefined
  if (merge)
    return `合并企业:${(JSON.parse(merge.from_names) as string[]).map((n) => `“${n}”`).join('、')}并入编号 ${merge.keep_id}`
  const s = db
    .prepare(
      `SELECT count(*) AS n, count(DISTINCT entity) AS entities, max(entity) AS entity, max(action) AS action,
              count(DISTINCT action) AS actions, max(id) AS lastId, min(id) AS firstId
       FROM audit_log WHERE batch = ?`,
    )
    .get(origin.batch) as Summary
  if (!s.n) return '(无内容的修改)'
  const row = (id: number) =>
    db.prepare('SELECT entity, action, before, after FROM audit_log WHERE id = ?').get(id) as {
      entity: string
      action: string
      before: string | null
      after: string | null
    }
  const last = row(s.lastId)
  const ledger = LEDGER_OF.get(last.entity)
  const def = ledger ? LEDGERS[ledger] : null
  const label = def?.label ?? last.entity
  const state = JSON.parse((last.after ?? last.before)!) as State
  const name = def ? `“${def.title(state)}”` : `#${state.id as number}`
  const others = s.n - 1
  if (origin.kind === 'restore') return `将${label}${name}恢复到早先的版本`
  if (last.action === 'delete') return `删除${label}${name}${others ? `及相关记录 ${others} 条` : ''}`
  if (s.n === 1 && last.action === 'create') return `新建${label}${name}`
  if (s.entities === 1 && s.actions === 1 && last.action === 'update' && def) {
    const fields = changedFields(Object.keys(def.schema.shape), JSON.parse(last.before!), JSON.parse(last.after!))
    const what = fields.length ? `的${fields.map((f) => def.labels[f] ?? f).join('、')}` : ''
    return s.n === 1 ? `修改${label}${name}${what}` : `批量修改 ${s.n} ${def.unit}${label}${what}`
  }
  if (origin.batch.startsWith('demo-')) return '载入示例数据'
  return `修改 ${s.n} 条记录`
}

/** Undo and redo batches stand for the change they reverse: follow them to it. */
export function originOf(db: Db, batch: string): { batch: string; kind: string } {
  const get = db.prepare('SELECT kind, target FROM history_batch WHERE batch = ?')
  let b = batch
  for (let i = 0; i < 10_000; i++) {
    const row = get.get(b) as { kind: string; target: string | null } | undefined
    if (!row || !row.target || (row.kind !== 'undo' && row.kind !== 'redo'))
      return { batch: b, kind: row?.kind ?? 'change' }
    b = row.target
  }
  return { batch: b, kind: 'change' }
}
