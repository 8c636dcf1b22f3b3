/**
 * `export` (issue #6): any ledger, or an official layout, to a file.
 *   npm run cli -- export --db PATH --kind K --out FILE.xlsx|FILE.csv [--encoding utf8|gbk]
 *                         [--title 标题] [--json]
 *   npm run cli -- export --db PATH --layout NAME [--campaign 编号或名称] --out FILE.xlsx [--json]
 * The file is written under a temporary name in the same folder and renamed when complete.
 * With --json, exactly one JSON object on stdout: {file, rows, ...} or {"error": "..."} (exit 1).
 */
import { extname, resolve } from 'node:path'
import { IMPORT_KIND_LABELS, LEDGER_KINDS, type ImportKind } from '../../shared/domain/fields'
import {
  CSV_ENCODINGS,
  LAYOUTS,
  LAYOUT_LABELS,
  type CsvEncoding,
  type LayoutName,
} from '../../shared/ipc/channels/export'
import type { Deps } from '../core/deps'
import { AppError } from '../errors'
import { defaultColumns } from '../export/columns'
import { exportLayout } from '../export/layouts'
import { loadTemplate } from '../export/templates'
import { exportView } from '../export/view'
import { LEDGER_OF_KIND, LEDGERS, type LedgerName } from '../ledgers'
import { UsageError, type Command, type Values } from './command'

/** What this module uses of the ledger's services (src/main/core/deps.ts). */
type CliExportDeps = Pick<Deps, 'db' | 'grids' | 'settings'>

/** Ledgers the import does not read, exported all the same. */
const OTHER_KINDS = {
  campaigns: 'campaign',
  organisations: 'organisation',
  'service-points': 'servicePoint',
  dictionary: 'dictionary',
} as const satisfies Record<string, LedgerName>
const KINDS = [...LEDGER_KINDS, ...Object.keys(OTHER_KINDS)] as string[]

function ledgerOf(kind: string): LedgerName {
  return (LEDGER_OF_KIND as Record<string, LedgerName>)[kind] ?? OTHER_KINDS[kind as keyof typeof OTHER_KINDS]
}

function kindLabel(kind: string): string {
  return IMPORT_KIND_LABELS[kind as ImportKind] ?? LEDGERS[ledgerOf(kind)].label
}

interface Plan {
  out: string
  format: 'xlsx' | 'csv'
  kind?: string
  layout?: LayoutName
  encoding: CsvEncoding
}

function planOf(values: Values): Plan {
  const out = values.out
  if (typeof out !== 'string' || out === '') throw new UsageError('请用 --out 指定导出文件(.xlsx 或 .csv)')
  const ext = extname(out).toLowerCase()
  if (ext !== '.xlsx' && ext !== '.csv') throw new UsageError(`--out 的文件应以 .xlsx 或 .csv 结尾,收到“${out}”`)
  const format = ext === '.xlsx' ? 'xlsx' : 'csv'
  const layout = values.layout as string | undefined
  const kind = values.kind as string | undefined
  if (layout !== undefined && !(LAYOUTS as readonly string[]).includes(layout)) {
    const names = LAYOUTS.map((l) => `${l}(${LAYOUT_LABELS[l]})`).join('、')
    throw new UsageError(`--layout 应为 ${names} 之一,收到“${layout}”`)
  }
  if (kind !== undefined && !KINDS.includes(kind)) {
    throw new UsageError(`--kind 应为 ${KINDS.join('|')} 之一,收到“${kind}”`)
  }
  if (layout === undefined && kind === undefined) throw new UsageError(`请用 --kind 指定台账:${KINDS.join('|')}`)
  if (layout !== undefined && format !== 'xlsx') {
    throw new UsageError(`官方格式“${LAYOUT_LABELS[layout as LayoutName]}”只能导出为 .xlsx`)
  }
  const encoding = (values.encoding ?? 'utf8') as string
  if (!(CSV_ENCODINGS as readonly string[]).includes(encoding)) {
    throw new UsageError(`--encoding 应为 utf8(带BOM)或 gbk,收到“${encoding}”`)
  }
  if (values.campaign !== undefined && layout !== 'visits') throw new UsageError('--campaign 只用于 --layout visits')
  return {
    out: resolve(out),
    format,
    kind,
    layout: layout as LayoutName | undefined,
    encoding: encoding as CsvEncoding,
  }
}

/** --campaign: an id, or a campaign's exact name. */
export function campaignId(backend: Pick<Deps, 'db'>, value: unknown, what = '导出走访台账'): number {
  if (typeof value !== 'string' || value === '') {
    throw new UsageError(`${what}请用 --campaign 指定走访活动(编号或名称)`)
  }
  const id = /^\d+$/.test(value)
    ? (backend.db.prepare('SELECT id FROM campaign WHERE id = ?').pluck().get(Number(value)) as number | undefined)
    : (backend.db.prepare('SELECT id FROM campaign WHERE name = ?').pluck().get(value) as number | undefined)
  if (id === undefined) throw new AppError('NOT_FOUND', `找不到走访活动“${value}”`)
  return id
}

const exportCommand: Command<CliExportDeps> = {
  usage:
    `--db PATH (--kind K | --layout NAME [--campaign 编号或名称]) --out FILE.xlsx|FILE.csv\n` +
    `         [--encoding utf8|gbk] [--title 标题] [--json]   导出台账或官方格式\n` +
    `         (K:${KINDS.join('|')};NAME:${LAYOUTS.join('|')})`,
  options: {
    db: { type: 'string' },
    kind: { type: 'string' },
    layout: { type: 'string' },
    campaign: { type: 'string' },
    out: { type: 'string' },
    encoding: { type: 'string' },
    title: { type: 'string' },
    json: { type: 'boolean' },
  },
  check(values) {
    planOf(values)
  },
  async run(backend, values) {
    const plan = planOf(values)
    const json = values.json === true
    const tty = process.stderr.isTTY && !json
    const onProgress = tty
      ? (p: { rowsWritten: number; totalRows: number }) =>
          process.stderr.write(`\r已写入 ${p.rowsWritten} / ${p.totalRows} 条…`)
      : undefined
    const title = values.title as string | undefined
    let rows: number
    let what: string
    try {
      if (plan.layout) {
        const template = loadTemplate(plan.layout)
        if (plan.kind && plan.kind !== template.kind) {
          throw new UsageError(`官方格式“${LAYOUT_LABELS[plan.layout]}”属于 --kind ${template.kind},不是 ${plan.kind}`)
        }
        const campaign = plan.layout === 'visits' ? campaignId(backend, values.campaign) : undefined
        what = LAYOUT_LABELS[plan.layout]
        rows = await exportLayout(backend, { layout: plan.layout, campaignId: campaign, title }, plan.out, {
          onProgress,
        })
      } else {
        const ledger = ledgerOf(plan.kind!)
        what = kindLabel(plan.kind!)
        rows = await exportView(
          backend,
          {
            ledger,
            columns: defaultColumns(ledger),
            format: plan.format,
            encoding: plan.encoding,
            title,
            sheetName: what,
          },
          plan.out,
          { onProgress },
        )
      }
    } catch (e) {
      if (e instanceof UsageError) throw e
      const message = (e as Error).message
      if (json) console.log(JSON.stringify({ error: message }))
      else console.error(`${tty ? '\n' : ''}错误: ${message}`)
      return 1
    }
    if (tty) process.stderr.write('\n')
    if (json)
      console.log(JSON.stringify({ file: plan.out, rows, kind: plan.kind ?? null, layout: plan.layout ?? null }))
    else console.log(`已导出${what} ${rows} 条到 ${plan.out}`)
    return 0
  },
}

/** `export` (issue #6). */
export const exportCommands: Record<string, Command> = { export: exportCommand }
