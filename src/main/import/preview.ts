/**
 * What the wizard shows before anything is written: the sheets, the header found, the mapping
 * (guessed, remembered or the user's), and the first rows with every problem on its cell,
 * found by the same readers and parsers the import itself uses.
 */
import { IMPORT_FIELDS, REQUIRED_COLUMNS, fieldOf, type FieldSpec, type ImportKind } from '../../shared/domain/fields'
import { moneyInWords, normaliseText } from '../../shared/domain/values'
import type { ImportPreview, PreviewRow } from '../../shared/ipc/channels/import'
import type { Deps } from '../core/deps'
import { recallMapping } from './batches'
import { convertRow, type FieldValue } from './convert'
import { headerSignature } from './header'
import { DEFAULT_LIMITS, type ImportLimits } from './limits'
import { openSource } from './open'
import { ImportFailure } from './failure'
import { ReportBuilder } from './report'
import { readTable, type SheetTable } from './table'

/** What this module uses of the ledger's services (src/main/core/deps.ts). */
type PreviewDeps = Pick<Deps, 'db'>

export interface PreviewOptions {
  path: string
  kind?: ImportKind
  sheet?: string
  headerRow?: number
  mapping?: readonly (string | null)[]
  /** The file has no header row: columns guessed from their values (or as `mapping` says). */
  noHeader?: boolean
  rows?: number
  limits?: Partial<ImportLimits>
}

export async function previewImport(backend: PreviewDeps, opts: PreviewOptions): Promise<ImportPreview> {
  try {
    return await previewOnce(backend, opts)
  } catch (e) {
    // No header found: a registry scrape, most likely. Offer it as 无表头, columns guessed.
    if (opts.noHeader || !(e instanceof ImportFailure) || e.code !== 'NO_HEADER') throw e
    return { ...(await previewOnce(backend, { ...opts, noHeader: true })), noHeaderGuessed: true }
  }
}

async function previewOnce(backend: PreviewDeps, opts: PreviewOptions): Promise<ImportPreview> {
  const source = await openSource(opts.path, { ...DEFAULT_LIMITS, ...opts.limits })
  const want = opts.rows ?? 50
  const report = new ReportBuilder(source.file)
  let remembered = false
  let first: SheetTable | null = null
  const included = new Map<number, { ok: boolean; note?: string }>()
  const rows: PreviewRow[] = []

  const events = readTable(source, {
    kind: opts.kind ?? null,
    sheet: opts.sheet,
    headerRow: opts.headerRow,
    noHeader: opts.noHeader,
    mappingFor: (kind, texts, likeFirst) => {
      if (likeFirst && opts.mapping) return opts.mapping
      const recalled = recallMapping(backend.db, headerSignature(kind, texts))
      if (recalled) remembered = true
      return recalled
    },
  })
  const tables: SheetTable[] = []
  for await (const ev of events) {
    if (ev.type === 'sheet') {
      tables[ev.table.sheet] = ev.table
      first ??= ev.table
      included.set(ev.table.sheet, { ok: true, ...(ev.table.differs ? { note: `${ev.table.differs},一并导入` } : {}) })
      // Said before the import too: the wizard would otherwise show the column unmapped, unexplained.
      for (const c of ev.table.columns) {
        if (c.refused) report.warning({ sheet: ev.table.name, row: ev.table.header.row }, c, c.header, c.refused)
      }
      continue
    }
    if (ev.type === 'ignored') {
      included.set(ev.sheet, { ok: false, note: ev.reason })
      report.warning({ sheet: source.sheets[ev.sheet].name, row: 1 }, null, null, ev.reason)
      continue
    }
    const table = tables[ev.sheet]
    if (ev.type === 'skip') {
      // A subtotal row is shown as written, so the user sees what was taken for one.
      const cells = ev.total ? ev.total.cells.map((v) => ({ value: normaliseText(v) })) : []
      if (ev.reason) rows.push({ sheet: table.name, row: ev.row, cells, skipped: ev.reason })
    } else rows.push(previewRow(table, ev.row, ev.cells, source.date1904))
    if (rows.length >= want) break
  }
  // readTable refuses a file with no header, so there is a first table here.
  const table = first!
  const kind = table.header.kind
  return {
    file: source.file,
    format: source.format,
    encoding: source.encoding ?? null,
    kind,
    // No header to tell the ledger by: 企业名录 is taken, as registry scrapes are lists of firms.
    kindGuessed: !opts.kind && !table.header.none,
    sheets: source.sheets.map((s, i) => {
      const inc = included.get(i)
      return {
        name: s.name,
        hidden: s.hidden,
        rows: s.rows,
        included: inc?.ok ?? false,
        ...(inc?.note ? { note: inc.note } : inc ? {} : { note: '预览未读到此工作表;导入时按表头判断是否一并导入' }),
      }
    }),
    headerRow: table.header.row,
    noHeader: table.header.none ?? false,
    headerDepth: table.header.depth,
    columns: [...table.columns, ...table.duplicates]
      .sort((a, b) => a.index - b.index)
      .map((c) => ({
        index: c.index,
        letter: c.letter,
        header: c.header,
        field: c.field,
        fieldLabel: c.field ? (fieldOf(kind, c.field)?.label ?? null) : null,
      })),
    fields: IMPORT_FIELDS[kind].map((f) => ({ key: f.key, label: f.label })),
    remembered,
    rows,
    warnings: report.build(kind, null, true).warnings,
  }

  function previewRow(
    t: SheetTable,
    row: number,
    cells: readonly (string | number | boolean | null)[],
    date1904: boolean,
  ): PreviewRow {
    const converted = convertRow(t.header.kind, t.columns, cells, { date1904, flagBadCodes: false })
    const problems = new Map<number, string>()
    for (const e of converted.errors) problems.set(e.column.index, e.reason)
    const warnings = new Map<number, string>()
    for (const n of converted.notes) warnings.set(n.column.index, n.reason)
    for (const alternatives of REQUIRED_COLUMNS[t.header.kind]) {
      if (alternatives.some((k) => converted.values.has(k))) continue
      const col = t.columns.find((c) => c.field === alternatives[0])
      if (col && !problems.has(col.index))
        problems.set(col.index, `请填写${fieldOf(t.header.kind, alternatives[0])?.label}`)
    }
    const stored = new Map<number, string>()
    for (const [key, value] of converted.values) {
      const col = converted.columns.get(key)
      const spec = fieldOf(t.header.kind, key)
      // A currency read from the amount's own cell is said with the amount (100 万美元).
      if (!col || !spec || (spec.type === 'currency' && col.field !== key)) continue
      // A 注册号 in the credit-code column is stored as what it is.
      const moved = col.field !== key && spec.type === 'registrationNo'
      stored.set(col.index, (moved ? `${spec.label} ` : '') + inWords(spec, value, converted.values))
    }
    const width = Math.max(cells.length, ...t.columns.map((c) => c.index + 1))
    return {
      sheet: t.name,
      row,
      cells: Array.from({ length: width }, (_, i) => {
        const value = normaliseText(cells[i] ?? null)
        const problem = problems.get(i)
        const warning = problem ? undefined : warnings.get(i)
        const storedAs = stored.get(i)
        return {
          value,
          ...(problem ? { problem } : {}),
          ...(warning ? { warning } : {}),
          ...(storedAs && storedAs !== value ? { storedAs } : {}),
        }
      }),
    }
  }
}

/** A converted value as the preview says it will be stored: the unit of money, 是/否 for flags. */
function inWords(spec: FieldSpec, value: FieldValue, values: ReadonlyMap<string, FieldValue>): string {
  if (value === null) return ''
  if (typeof value === 'boolean') return value ? '是' : '否'
  if (Array.isArray(value)) return value.join('、')
  if (typeof value === 'number' && spec.unit) {
    const currency = spec.currencyKey ? values.get(spec.currencyKey) : null
    return moneyInWords(value, spec.unit, typeof currency === 'string' ? currency : null)
  }
  return String(value)
}
