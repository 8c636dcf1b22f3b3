/**
 * The firm directory's import, written set-based. Rows come validated from the reader thread
 * (firm-rows.ts); here each row is only placed: which stored firm it means (findFirm, the one
 * home of the identity rule), whether the file already had it, what the mode says, and the ids
 * of the buildings and industries it names. Then it goes into a staging table as it is, and
 * at the end (or before a row that needs what is staged to be written first) the staged rows
 * become firms in a few statements: INSERT … SELECT for the new ones, UPDATE … FROM for the
 * stored ones that differ, the audit rows of both by SQL, the review notes. The search index
 * follows from the batch's audit rows when the import ends (search-defer.ts).
 *
 * What a row may do is exactly what the row-by-row path (directory.ts, which the firm
 * directory went through before) did: the same messages in the same order, the same counts, records, audit rows and undo.
 * A row that names a firm staged in the same round (created or changed by an earlier row)
 * first has the round written, so it sees that firm as the row-by-row path would.
 */
import type { Statement } from 'better-sqlite3'
import type { Db } from '../../db/connection'
import { AppError } from '../../errors'
import { columnFields, columnOf, storedFieldsSql } from '../../ledger/mapping'
import { constraintError } from '../../ledger/service'
import type { Column } from '../header'
import type { Place } from '../report'
import { enterpriseLedger as def } from '../../ledgers/enterprise'
import {
  checkCells,
  columnFor,
  reportProblem,
  RowError,
  type KindContext,
  type KindHandler,
  type RowInput,
} from './common'
import { doorWarning, ImportDoor } from '../../dedupe/import-door'
import { refuseDuplicate, remember, type Seen } from './directory'
import type { PreparedFirm } from './firm-rows'
import { findFirm, firmRef } from './firms'
import { firmRowKeys } from './specs'

const STAGE = 'temp.import_firm'

/** What a merge statement is given: the actor and batch of its audit rows, the last audit id before it, or nothing. */
type Params = 'audit' | 'since' | 'none'

export class FirmBulkHandler implements KindHandler {
  private readonly seen: Seen = new Map()
  private stage: Stage | null = null
  /** The id the next new firm gets (as SQLite would give it: one more than the largest). */
  private nextId = 0
  /** Firms in the staging table now: a row naming one of them waits for a flush. */
  private readonly staged = new Set<number>()
  /** Each staged row, in order: where it was, for a message should the database refuse it. */
  private placed: Placed[] = []
  /** 疑似重复 of new rows: the firm table read once, on the first new row. */
  private readonly door: ImportDoor

  constructor(private readonly ctx: KindContext) {
    if (def.beforeWrite || def.afterWrite || def.links?.length) {
      throw new Error('the firm ledger writes more than its row: its import cannot be set-based')
    }
    this.door = new ImportDoor(ctx.backend.db)
  }

  row(r: RowInput): void {
    const { ctx } = this
    if (!checkCells(ctx, r)) return
    const firm = r.firm
    if (!firm) throw new Error('a firm row reached the writer without its record')
    try {
      const keys = firmRowKeys(r)
      refuseDuplicate(this.seen, keys, r)
      const existing = findFirm(ctx, firmRef(r, 'name'), 'name')
      if (existing && this.staged.has(existing.id)) this.flush()
      const stage = (this.stage ??= this.openStage())
      const code = (r.values.get('creditCode') as string | undefined) ?? null
      const regNo = (r.values.get('registrationNo') as string | undefined) ?? null
      const name = (r.values.get('name') as string | undefined) ?? null
      let id: number
      if (!existing) {
        if (firm.createIssue) throw invalid(firm.createIssue)
        id = this.nextId++
        stage.add('insert', id, firm, firm.create, this.refIds(firm), r)
        ctx.links.rememberFirm({ id, name: name!, creditCode: code, registrationNo: regNo })
        ctx.report.inserted++
        const phone = (r.values.get('phone') as string | undefined) ?? null
        const likely = this.door.check(name!, phone)
        if (likely) {
          ctx.report.warning(r.at, r.columns.get('name') ?? null, name, doorWarning(likely))
          ctx.report.suspectedDuplicates++
        }
        this.door.add(id, name!, phone)
      } else if (ctx.mode === 'skip') {
        ctx.report.skipped++
        remember(this.seen, keys, r)
        return
      } else if (ctx.mode === 'insert') {
        throw new RowError(`${def.label}“${describe(r)}”已存在;“仅新增”方式不修改已有记录`)
      } else {
        if (firm.updateIssue) throw invalid(firm.updateIssue)
        id = existing.id
        const given: Record<string, unknown> = {}
        for (const c of firm.given) given[c] = firm.create[c]
        stage.add('update', id, firm, given, this.refIds(firm), r)
        ctx.links.rememberFirm({
          id,
          name: name ?? existing.name,
          creditCode: code ?? existing.creditCode,
          registrationNo: regNo ?? existing.registrationNo,
        })
      }
      this.staged.add(id)
      const column = columnFor(r)
      this.placed.push({
        at: r.at,
        column,
        value: column ? (r.cells[column.index] ?? null) : null,
        issueAt: ctx.report.issues.length,
        inserted: !existing,
      })
      if (r.badCode) {
        ctx.report.warning(r.at, r.badCode.column, r.badCode.code, `${r.badCode.reason};已按“待核实”导入,未保存该代码`)
      }
      remember(this.seen, keys, r)
    } catch (e) {
      reportProblem(this.ctx, r, e)
    }
  }

  finish(): void {
    this.flush()
  }

  /** The ids of what the row names, created when missing (as the row-by-row path does). */
  private refIds(firm: PreparedFirm): Record<string, unknown> {
    const ids: Record<string, unknown> = {}
    for (const ref of firm.refs) ids[ref.column] = this.ctx.links.ref(ref.target, ref.name)
    return ids
  }

  private openStage(): Stage {
    const db = this.ctx.backend.db
    this.nextId = ((db.prepare(`SELECT max(id) FROM ${def.table}`).pluck().get() as number | null) ?? 0) + 1
    return new Stage(db, this.ctx.session)
  }

  /**
   * Writes what is staged. When the database refuses a row the definitions do not know of (a
   * CHECK, a trigger), the round is undone and written again row by row: the refused rows are
   * reported where they stand in the file, as the row-by-row path would, and the others go in.
   */
  private flush(): void {
    if (!this.stage || this.staged.size === 0) return
    const db = this.ctx.backend.db
    const { report, session } = this.ctx
    db.exec('SAVEPOINT import_flush')
    try {
      const { updated, unchanged } = this.stage.write(session.batchId)
      report.updated += updated
      report.unchanged += unchanged
      db.exec('RELEASE import_flush')
    } catch (e) {
      if (!constraintError(def, e)) throw e
      db.exec('ROLLBACK TO import_flush')
      db.exec('RELEASE import_flush')
      this.rowByRow()
    }
    this.staged.clear()
    this.placed = []
  }

  private rowByRow(): void {
    const db = this.ctx.backend.db
    const { report, session } = this.ctx
    const rows = this.stage!.take()
    let refused = 0
    rows.forEach((row, i) => {
      this.stage!.put(row)
      db.exec('SAVEPOINT import_flush')
      try {
        const { updated, unchanged } = this.stage!.write(session.batchId)
        report.updated += updated
        report.unchanged += unchanged
        db.exec('RELEASE import_flush')
      } catch (e) {
        const problem = constraintError(def, e)
        if (!problem) throw e
        db.exec('ROLLBACK TO import_flush')
        db.exec('RELEASE import_flush')
        this.stage!.empty()
        const p = this.placed[i]
        if (p.inserted) report.inserted--
        report.error(p.at, p.column, p.value, problem.message)
        // In its place among the file's messages, after the ones of the rows before it.
        report.issues.splice(p.issueAt + refused++, 0, report.issues.pop()!)
      }
    })
  }
}

interface Placed {
  at: Place
  column: Column | null
  value: RowInput['cells'][number]
  issueAt: number
  inserted: boolean
}

/** How a row's firm is named in a message. */
function describe(r: RowInput): string {
  return (r.values.get('name') ?? r.values.get('creditCode') ?? r.values.get('registrationNo') ?? '') as string
}

function invalid(issue: { message: string; fields: Record<string, string> }): AppError {
  return new AppError('VALIDATION', issue.message, { fields: issue.fields })
}

/**
 * The staging table and the statements that write it into the ledger. Its columns are the
 * ledger's stored fields and derived columns, read from the definitions, so a field added to
 * the ledger is staged and merged with no change here.
 */
class Stage {
  private readonly columns: string[]
  private readonly insert: Statement
  private readonly steps: { sql: Statement; params: Params }[]
  private readonly lastAudit: Statement
  private readonly all: Statement
  private readonly putRow: Statement
  private readonly counts: Statement
  private readonly clear: Statement

  constructor(
    db: Db,
    private readonly audit: { actor: string },
  ) {
    const info = db.prepare(`PRAGMA table_info(${def.table})`).all() as { name: string; dflt_value: string | null }[]
    const present = new Set(info.map((c) => c.name))
    const fields = columnFields(def).map((f) => columnOf(def, f))
    const derived = Object.keys(def.derive?.({ name: '' }) ?? {})
    this.columns = [...fields, ...derived].filter((c) => present.has(c))
    const defaults = new Map(info.map((c) => [c.name, c.dflt_value]))
    const cols = this.columns
    db.exec(`DROP TABLE IF EXISTS ${STAGE}`)
    db.exec(
      `CREATE TABLE ${STAGE} (seq INTEGER PRIMARY KEY, op TEXT NOT NULL, id INTEGER NOT NULL, flag INTEGER NOT NULL,
         note TEXT, changed INTEGER NOT NULL DEFAULT 0, ${cols.join(', ')})`,
    )
    this.insert = db.prepare(
      `INSERT INTO ${STAGE} (op, id, flag, note, ${cols.join(', ')}) VALUES (?, ?, ?, ?${', ?'.repeat(cols.length)})`,
    )
    const json = storedFieldsSql(def, present)
    if (json === null) throw new Error('the firm ledger keeps fields outside its table')
    const now = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`
    // A column the row leaves blank takes the table's default, as an INSERT naming only the given columns would.
    const value = (c: string) => (defaults.get(c) == null ? `s.${c}` : `coalesce(s.${c}, ${defaults.get(c)})`)
    const differs = fields
      .filter((c) => present.has(c))
      .map((c) => `(s.${c} IS NOT NULL AND s.${c} IS NOT t.${c})`)
      .join(' OR ')
    const prepare = (sql: string, params: Params = 'none') => ({ sql: db.prepare(sql), params })
    this.steps = [
      prepare(
        `INSERT INTO ${def.table} (id, ${cols.join(', ')})
         SELECT s.id, ${cols.map(value).join(', ')} FROM ${STAGE} s WHERE s.op = 'insert' ORDER BY s.seq`,
      ),
      prepare(
        `INSERT INTO audit_log (actor, entity, entity_id, action, after, batch)
         SELECT ?, '${def.entity}', t.id, 'create', ${json}, ? FROM ${STAGE} s JOIN ${def.table} t ON t.id = s.id
         WHERE s.op = 'insert' ORDER BY s.seq`,
        'audit',
      ),
      // Upserts: only the records a non-blank cell changes (a blank cell never erases a stored value).
      prepare(
        `UPDATE ${STAGE} AS s SET changed = 1 FROM ${def.table} t
         WHERE s.op = 'update' AND t.id = s.id AND (${differs})`,
      ),
      // Their audit rows: the state before now, the state after once written (below).
      prepare(
        `INSERT INTO audit_log (actor, entity, entity_id, action, before, batch)
         SELECT ?, '${def.entity}', t.id, 'update', ${json}, ? FROM ${STAGE} s JOIN ${def.table} t ON t.id = s.id
         WHERE s.changed ORDER BY s.seq`,
        'audit',
      ),
      prepare(
        `UPDATE ${def.table} AS t SET ${cols.map((c) => `${c} = coalesce(s.${c}, t.${c})`).join(', ')}, updated_at = ${now}
         FROM ${STAGE} s WHERE s.changed AND t.id = s.id`,
      ),
      prepare(
        `UPDATE audit_log SET after = ${json} FROM ${def.table} t
         WHERE audit_log.id > ? AND audit_log.after IS NULL AND t.id = audit_log.entity_id`,
        'since',
      ),
      // 待核实: a code that failed its check is noted on the firm; a good code clears the note.
      prepare(
        `UPDATE ${def.table} AS t SET review_note = s.note FROM ${STAGE} s
         WHERE s.flag AND t.id = s.id AND t.review_note IS NOT s.note`,
      ),
    ]
    this.counts = db.prepare(
      `SELECT count(*) FILTER (WHERE changed) AS updated, count(*) FILTER (WHERE op = 'update' AND NOT changed) AS unchanged
       FROM ${STAGE}`,
    )
    this.clear = db.prepare(`DELETE FROM ${STAGE}`)
    this.lastAudit = db.prepare('SELECT max(id) FROM audit_log').pluck()
    this.all = db.prepare(`SELECT * FROM ${STAGE} ORDER BY seq`)
    this.putRow = db.prepare(`INSERT INTO ${STAGE} VALUES (?, ?, ?, ?, ?, ?${', ?'.repeat(cols.length)})`)
  }

  add(
    op: 'insert' | 'update',
    id: number,
    firm: PreparedFirm,
    values: Record<string, unknown>,
    refs: Record<string, unknown>,
    r: RowInput,
  ): void {
    const code = r.values.get('creditCode')
    const note = r.badCode ? `统一社会信用代码“${r.badCode.code}”未通过校验(${r.badCode.reason}),待核实` : null
    const flag = r.badCode || code ? 1 : 0
    const row = this.columns.map((c) => (c in refs ? refs[c] : (values[c] ?? firm.derived[c] ?? null)))
    this.insert.run(op, id, flag, note, ...(row as never[]))
  }

  /** The staged rows, taken out of the stage. */
  take(): unknown[][] {
    const rows = this.all.raw().all() as unknown[][]
    this.clear.run()
    return rows
  }

  /** A row given back to the stage, as take() gave it. */
  put(row: unknown[]): void {
    this.putRow.run(...(row as never[]))
  }

  empty(): void {
    this.clear.run()
  }

  /** Writes the staged rows into the ledger and empties the stage. */
  write(batch: string): { updated: number; unchanged: number } {
    // The update audit rows this write adds, told from earlier ones by their ids.
    const since = (this.lastAudit.get() as number | null) ?? 0
    for (const { sql, params } of this.steps) {
      if (params === 'audit') sql.run(this.audit.actor, batch)
      else if (params === 'since') sql.run(since)
      else sql.run()
    }
    const counts = this.counts.get() as { updated: number; unchanged: number }
    this.clear.run()
    return counts
  }
}
