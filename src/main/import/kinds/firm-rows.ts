/**
 * A firm directory row made ready for the database, on the import's worker thread: the
 * ledger's own validation (its zod schema, as LedgerService.create and update run it), the
 * stored form of each value (mapping.ts) and the derived columns (pinyin). What needs the
 * ledger (which firm the row means, the ids of the buildings and industries it names) is
 * left to the main thread (firm-bulk.ts), which holds it as names.
 */
import { ZodError } from 'zod'
import { STATUS_OF_REGISTRATION, type RegistrationStatus } from '../../../shared/domain/enterprise'
import { IDENTITY_FIELDS, IMPORT_FIELDS, type RefTarget } from '../../../shared/domain/fields'
import { summariseIssues, type ValidationSummary } from '../../../shared/domain/validation'
import type { CellValue } from '../../../shared/domain/values'
import { columnFields, columnOf, toDb } from '../../ledger/mapping'
import { enterpriseLedger as def } from '../../ledgers/enterprise'
import type { ConvertedRow } from '../convert'

export interface PreparedFirm {
  /** Stored column → value of every field the new record would have (schema defaults too). */
  create: Record<string, unknown>
  /** The columns the row itself gives: an update writes these and keeps the rest. */
  given: string[]
  /** Columns derived from the record (pinyin of the name). */
  derived: Record<string, unknown>
  /** Names the ledger must turn into ids, in the order of the fields. */
  refs: { column: string; target: RefTarget; name: string }[]
  /** Why the ledger would refuse to create the record, or to update a stored one with it. */
  createIssue: ValidationSummary | null
  updateIssue: ValidationSummary | null
}

const SHAPE = def.schema.shape
const FIELDS = IMPORT_FIELDS.enterprises.filter((s) => s.key in SHAPE && !s.key.includes('.'))
const COLUMNS = columnFields(def)
const IDENTITY = IDENTITY_FIELDS.enterprises ?? []
// Any id passes the schema; the real one is put in by the main thread.
const SOME_ID = 1

/**
 * `cells` are the row's cells as read: a value the ledger refuses is reported with its text.
 * Such a value, in a field that does not name the firm, is left blank and noted on `row` (a
 * negative capital never loses a firm); only the firm's name and code refuse the row.
 */
export function prepareFirm(row: ConvertedRow, cells: readonly CellValue[] = []): PreparedFirm {
  const input: Record<string, unknown> = {}
  const refs: PreparedFirm['refs'] = []
  for (const spec of FIELDS) {
    const v = row.values.get(spec.key)
    if (v === undefined) continue
    if (spec.type === 'ref' && spec.ref) {
      refs.push({ column: columnOf(def, spec.key), target: spec.ref, name: v as string })
      input[spec.key] = SOME_ID
    } else if (spec.type === 'refs') {
      throw new Error(`firm field ${spec.key} links several records: not supported by the bulk import`)
    } else input[spec.key] = v
  }
  // 登记状态 says the ledger's 状态 when the row does not say it itself.
  const registered = input.registrationStatus as RegistrationStatus | undefined
  if (registered && input.status === undefined) input.status = STATUS_OF_REGISTRATION[registered]
  let created = check(input)
  if (blankRefused(input, created.issue, row, cells)) created = check(input)
  // A row naming a stored firm by its code alone updates it: the stored name completes it.
  const updated = created.issue && input.name === undefined ? check({ ...input, name: '名称' }) : created
  const valid = created.valid ?? updated.valid ?? {}
  const create: Record<string, unknown> = {}
  for (const f of COLUMNS) if (valid[f] !== undefined) create[columnOf(def, f)] = toDb(def, f, valid[f])
  return {
    create,
    given: COLUMNS.filter((f) => input[f] !== undefined).map((f) => columnOf(def, f)),
    derived: input.name === undefined ? {} : (def.derive?.(valid) ?? {}),
    refs,
    createIssue: created.issue,
    updateIssue: updated.issue,
  }
}

/** Drops the fields the ledger refuses that do not name the firm, with a note for each; true if any. */
function blankRefused(
  input: Record<string, unknown>,
  issue: ValidationSummary | null,
  row: ConvertedRow,
  cells: readonly CellValue[],
): boolean {
  if (!issue) return false
  let dropped = false
  for (const [field, message] of Object.entries(issue.fields)) {
    if (IDENTITY.includes(field) || input[field] === undefined) continue
    delete input[field]
    dropped = true
    const column = row.columns.get(field)
    if (!column) continue
    const label = def.labels[field] ?? field
    row.notes.push({ column, value: cells[column.index] ?? null, reason: `${label}: ${message};此项留空导入` })
  }
  return dropped
}

function check(input: Record<string, unknown>): {
  valid: Record<string, unknown> | null
  issue: ValidationSummary | null
} {
  try {
    return { valid: def.schema.parse(input) as Record<string, unknown>, issue: null }
  } catch (e) {
    if (e instanceof ZodError) return { valid: null, issue: summariseIssues(e, def.labels) }
    throw e
  }
}
