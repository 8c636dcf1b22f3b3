/**
 * What every ledger's import shares: a row's savepoint and how its failure is reported, the
 * three modes (更新或新增 / 仅新增 / 跳过已有), and turning converted cells into a ledger input
 * with names resolved to ids.
 */
import { IMPORT_FIELDS, type ImportKind } from '../../../shared/domain/fields'
import type { CellValue } from '../../../shared/domain/values'
import type { ImportMode } from '../../../shared/ipc/channels/import'
import type { Deps } from '../../core/deps'
import { AppError } from '../../errors'
import type { LedgerName } from '../../ledgers'
import type { ConvertedRow, FieldValue } from '../convert'
import type { Column } from '../header'
import type { Links } from '../links'
import type { Marker } from '../marker'
import type { Place, ReportBuilder } from '../report'
import type { ImportSession } from '../session'
import type { PreparedFirm } from './firm-rows'

/** What this module uses of the ledger's services (src/main/core/deps.ts). */
type KindDeps = Pick<Deps, 'db' | 'ledgers'>

export interface RowInput extends ConvertedRow {
  at: Place
  cells: readonly CellValue[]
  /** A firm directory row validated on the reader thread (firm-rows.ts). */
  firm?: PreparedFirm
}

/** A row cannot be imported; `field` names the cell at fault. */
export class RowError extends Error {
  constructor(
    reason: string,
    readonly field?: string,
  ) {
    super(reason)
  }
}

export interface KindContext {
  kind: ImportKind
  backend: KindDeps
  links: Links
  report: ReportBuilder
  session: ImportSession
  mode: ImportMode
  /** A field workbook's marker sheet, when the file has one (marker.ts). */
  marker?: Marker | null
}

export interface KindHandler {
  row(r: RowInput): void
  /** The file has ended: write what is still held (the last visit). */
  finish(): void
}

export type Outcome = 'inserted' | 'updated' | 'unchanged' | 'skipped'
type Row = Record<string, unknown>

/** Columns that name a record, in the order a message about the whole row points at them. */
const KEY_FIELDS = ['name', 'creditCode', 'enterpriseName', 'tenantName', 'theme', 'visitedOn', 'heldOn']

export function columnFor(r: RowInput, field?: string): Column | null {
  if (field) {
    const c = r.columns.get(field)
    if (c) return c
  }
  for (const k of KEY_FIELDS) {
    const c = r.columns.get(k)
    if (c) return c
  }
  return null
}

/** A problem of the row's own (reported against it, the import goes on), not of the import. */
export function isRowProblem(e: unknown): e is RowError | AppError {
  return e instanceof RowError || e instanceof AppError
}

export function reportProblem(ctx: KindContext, r: RowInput, e: unknown, prefix = ''): void {
  if (!isRowProblem(e)) throw e // not the row's fault: the whole import stops and rolls back
  if (e instanceof RowError) {
    const col = columnFor(r, e.field)
    ctx.report.error(r.at, col, col ? (r.cells[col.index] ?? null) : null, e.message)
    return
  }
  const fields = Object.entries(e.extra.fields ?? {})
  if (fields.length === 0) {
    const col = columnFor(r)
    ctx.report.error(r.at, col, col ? (r.cells[col.index] ?? null) : null, e.message)
  }
  for (const [field, message] of fields) {
    const col = columnFor(r, prefix + field)
    const label = col?.field === prefix + field ? '' : `${fieldLabel(ctx, prefix + field, field)}: `
    ctx.report.error(r.at, col, col ? (r.cells[col.index] ?? null) : null, label + message)
  }
}

function fieldLabel(ctx: KindContext, key: string, field: string): string {
  return IMPORT_FIELDS[ctx.kind].find((s) => s.key === key)?.label ?? field
}

/**
 * Runs `fn` all or nothing for these rows (see ImportSession.atomic; `lazy` when `fn` opens
 * the savepoint itself before a second write). On a row's problem nothing of it is kept, the
 * problem is reported against each row, and false is returned; anything else stops the import.
 */
export function attempt(
  ctx: KindContext,
  rows: readonly RowInput[],
  fn: () => void,
  opts: { prefix?: string; lazy?: boolean } = {},
): boolean {
  const prefix = opts.prefix ?? ''
  ctx.links.mark()
  try {
    ctx.session.atomic(fn, { lazy: opts.lazy })
    ctx.links.keep()
    return true
  } catch (e) {
    ctx.links.undo()
    for (const r of rows) reportProblem(ctx, r, e, prefix)
    return false
  }
}

/** Conversion problems and remarks of a row; true when the row can go on. */
export function checkCells(ctx: KindContext, r: RowInput): boolean {
  for (const n of r.notes) ctx.report.warning(r.at, n.column, n.value, n.reason)
  for (const e of r.errors) ctx.report.error(r.at, e.column, e.value, e.reason)
  return r.errors.length === 0
}

/**
 * Writes one record by the mode: new → created; existing → skipped (跳过已有), refused
 * (仅新增), or updated with the non-blank cells that differ (更新或新增: a blank cell never
 * erases a stored value), or left alone when nothing differs.
 */
export function upsert(
  ctx: KindContext,
  ledger: LedgerName,
  existingId: number | null,
  input: Row,
  describe: () => string,
): { outcome: Outcome; record: Row } {
  const svc = ctx.backend.ledgers[ledger]
  if (existingId === null) {
    if (!svc.createWritesOneRow) ctx.session.savepointNow()
    return { outcome: 'inserted', record: svc.create(input, { lean: true }) }
  }
  if (ctx.mode === 'skip') return { outcome: 'skipped', record: { id: existingId } }
  if (ctx.mode === 'insert') {
    throw new RowError(`${svc.def.label}“${describe()}”已存在;“仅新增”方式不修改已有记录`)
  }
  const existing = svc.get(existingId)
  const patch: Row = {}
  for (const [k, v] of Object.entries(input)) {
    if (v === null || v === undefined) continue
    if (!same(existing[k], v)) patch[k] = v
  }
  if (Object.keys(patch).length === 0) return { outcome: 'unchanged', record: existing }
  return { outcome: 'updated', record: svc.update(existingId, patch) }
}

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false
    const sa = [...a].sort()
    const sb = [...b].sort()
    return sa.every((x, i) => x === sb[i])
  }
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < 1e-9
  return a === b
}

/**
 * A request row with a 办结日期 but no 办理状态 was closed: say so, as the person who filled it
 * in meant (the request ledger would otherwise file it as 受理 and refuse the date).
 */
export function requestDefaults(input: Row): Row {
  if (input.status === undefined && input.closedOn !== undefined) input.status = '已办结'
  return input
}

/**
 * The ledger input from a row's fields whose keys (after `prefix`) are fields of the ledger:
 * names of buildings, staff, dictionary entries are resolved (created when missing); a
 * campaign or firm that does not exist is left blank and said so.
 */
export function ledgerInput(ctx: KindContext, ledger: LedgerName, r: RowInput, prefix = ''): Row {
  const shape = ctx.backend.ledgers[ledger].def.schema.shape
  const input: Row = {}
  for (const spec of IMPORT_FIELDS[ctx.kind]) {
    if (!spec.key.startsWith(prefix)) continue
    const field = spec.key.slice(prefix.length)
    if (!(field in shape) || field.includes('.')) continue
    const v = r.values.get(spec.key)
    if (v === undefined) continue
    if (spec.type === 'ref' && spec.ref) {
      const id = ctx.links.ref(spec.ref, v as string)
      if (id === null) missing(ctx, r, spec.key, v as string, spec.ref === 'campaign' ? '走访活动' : '记录')
      else input[field] = id
    } else if (spec.type === 'refs' && spec.ref) {
      const ids: number[] = []
      for (const name of v as string[]) {
        const id = spec.ref === 'enterprise' ? firmIdByName(ctx, name) : ctx.links.ref(spec.ref, name)
        if (id === null && spec.ref === 'enterprise') guestWarning(ctx, r, spec.key, name)
        else if (id === null) missing(ctx, r, spec.key, name, '记录')
        else if (!ids.includes(id)) ids.push(id)
      }
      input[field] = ids
    } else input[field] = v as FieldValue
  }
  return input
}

/** The one firm a name in a list of firms (活动的参会企业) means, or null: none or several. */
export function firmIdByName(ctx: KindContext, name: string): number | null {
  const list = ctx.links.firmsByName(name)
  return list.length === 1 ? list[0].id : null
}

function missing(ctx: KindContext, r: RowInput, key: string, name: string, what: string) {
  const col = r.columns.get(key) ?? null
  ctx.report.warning(r.at, col, name, `${what}“${name}”不存在(或有重名),此项留空`)
}

/** An attendee that is no one firm is kept as a guest of the event (specs.ts eventSpec). */
function guestWarning(ctx: KindContext, r: RowInput, key: string, name: string) {
  const col = r.columns.get(key) ?? null
  ctx.report.warning(r.at, col, name, `企业“${name}”不存在(或有重名),已留作来宾,可在活动页“关联企业…”中关联`)
}
