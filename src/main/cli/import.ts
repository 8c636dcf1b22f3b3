/**
 * `import` and `list` (issue #5): the import engine and the ledgers, from the command line.
 *   npm run cli -- import FILE --db PATH --kind K [--sheet NAME] [--mode upsert|insert|skip]
 *                             [--dry-run] [--flag-bad-codes] [--json]
 *   npm run cli -- list --db PATH --kind K [--json]
 * With --json, `import` prints exactly one JSON object on stdout: the report, or
 * {"error": "..."} (exit 1) when the file could not be imported at all.
 */
import { IMPORT_KINDS, IMPORT_KIND_LABELS, type ImportKind } from '../../shared/domain/fields'
import { IMPORT_MODES, IMPORT_MODE_LABELS, type ImportMode, type ImportReport } from '../../shared/ipc/channels/import'
import type { LedgerDeps } from '../core/deps'
import { runImport } from '../import/run'
import { listRecords } from './list'
import { UsageError, type Command, type Values } from './command'

const kindOf = (values: Values): ImportKind => {
  const kind = values.kind
  if (typeof kind !== 'string') throw new UsageError(`请用 --kind 指定台账:${IMPORT_KINDS.join('|')}`)
  if (!(IMPORT_KINDS as readonly string[]).includes(kind)) {
    throw new UsageError(`--kind 应为 ${IMPORT_KINDS.join('|')} 之一,收到“${kind}”`)
  }
  return kind as ImportKind
}

const modeOf = (values: Values): ImportMode => {
  const mode = values.mode ?? 'upsert'
  if (!(IMPORT_MODES as readonly unknown[]).includes(mode)) {
    throw new UsageError(`--mode 应为 upsert(更新或新增)、insert(仅新增)或 skip(跳过已有),收到“${String(mode)}”`)
  }
  return mode as ImportMode
}

const importCommand: Command<LedgerDeps> = {
  usage:
    'FILE --db PATH --kind K [--sheet 名称] [--mode upsert|insert|skip] [--dry-run] [--flag-bad-codes] [--json]\n' +
    `         导入 .xlsx 或 .csv(K:${IMPORT_KINDS.join('|')})`,
  options: {
    db: { type: 'string' },
    kind: { type: 'string' },
    sheet: { type: 'string' },
    mode: { type: 'string' },
    'dry-run': { type: 'boolean' },
    'flag-bad-codes': { type: 'boolean' },
    json: { type: 'boolean' },
  },
  positionals: true,
  writes: (values) => values['dry-run'] !== true,
  check(values, positionals) {
    if (positionals.length === 0) throw new UsageError('请指定要导入的文件')
    if (positionals.length > 1) throw new UsageError(`一次只能导入一个文件,收到 ${positionals.length} 个`)
    kindOf(values)
    modeOf(values)
  },
  async run(backend, values, positionals) {
    const json = values.json === true
    const kind = kindOf(values)
    const tty = process.stderr.isTTY && !json
    let report: ImportReport
    try {
      report = await runImport(backend, {
        path: positionals[0],
        kind,
        sheet: values.sheet as string | undefined,
        mode: modeOf(values),
        dryRun: values['dry-run'] === true,
        flagBadCodes: values['flag-bad-codes'] === true,
        onProgress: tty ? (p) => process.stderr.write(`\r已读取 ${p.rowsRead} 行…`) : undefined,
      })
    } catch (e) {
      const message = (e as Error).message
      if (json) console.log(JSON.stringify({ error: message }))
      else console.error(`${tty ? '\n' : ''}错误: ${message}`)
      return 1
    }
    if (tty) process.stderr.write('\r')
    if (json) console.log(JSON.stringify(report))
    else printReport(report, modeOf(values))
    return 0
  },
}

function printReport(r: ImportReport, mode: ImportMode) {
  const lines = [
    `${r.dryRun ? '试导入完成(未写入数据库)' : '导入完成'}:${r.file} → ${IMPORT_KIND_LABELS[r.kind]}(${IMPORT_MODE_LABELS[mode]})`,
    `工作表:${r.sheets.join('、')};表头在第 ${r.headerRow} 行`,
    `读取 ${r.rowsRead} 行:新增 ${r.inserted},更新 ${r.updated},未变 ${r.unchanged},跳过 ${r.skipped},错误 ${r.errors.length} 条` +
      (r.requestsInserted !== undefined ? `;新增诉求 ${r.requestsInserted}` : ''),
  ]
  for (const [label, names] of Object.entries(r.created)) lines.push(`新建${label} ${names.length}:${names.join('、')}`)
  if (r.totals) {
    lines.push(`核对文件自带的合计:${r.totals.summary}`)
    for (const g of r.totals.groups) lines.push(`  ${g.agrees ? '一致' : '不一致'} 第${g.row}行“${g.label}” ${g.text}`)
  }
  const show = (title: string, list: ImportReport['errors'], max: number) => {
    if (list.length === 0) return
    lines.push(`${title}(共 ${list.length} 条${list.length > max ? `,显示前 ${max} 条` : ''}):`)
    for (const i of list.slice(0, max)) lines.push(`  ${i.message}`)
  }
  show('错误', r.errors, 50)
  show('提示', r.warnings, 20)
  if (r.batchId) lines.push(`导入批次:${r.batchId}`)
  console.log(lines.join('\n'))
}

const listCommand: Command<LedgerDeps> = {
  usage: `--db PATH --kind K [--json]   列出一个台账的全部记录(K 同 import)`,
  options: { db: { type: 'string' }, kind: { type: 'string' }, json: { type: 'boolean' } },
  check(values) {
    kindOf(values)
  },
  run(backend, values) {
    const records = listRecords(backend, kindOf(values))
    if (values.json) {
      console.log(JSON.stringify(records))
      return
    }
    for (const r of records) console.log(JSON.stringify(r))
    console.error(`共 ${records.length} 条`)
  },
}

/** `import` and `list` (issue #5). */
export const importCommands: Record<string, Command> = { import: importCommand, list: listCommand }
