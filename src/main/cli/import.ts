/**
 * `import` and `list` (issue #5): the import engine and the ledgers, from the command line.
 *   npm run cli -- import FILE… --db PATH --kind K [--sheet NAME] [--mode upsert|insert|skip]
 *                             [--dry-run] [--flag-bad-codes] [--no-header [--map 3=name,…]] [--json]
 *   npm run cli -- list --db PATH --kind K [--json]
 * With --json, `import` prints exactly one JSON object on stdout: the report, or
 * {"error": "..."} (exit 1) when the file could not be imported at all. Given several files
 * (or a folder), each is its own batch, and the object is {"reports": [report | {file, error}]}.
 */
import { IMPORT_KINDS, IMPORT_KIND_LABELS, type ImportKind } from '../../shared/domain/fields'
import { IMPORT_MODES, IMPORT_MODE_LABELS, type ImportMode, type ImportReport } from '../../shared/ipc/channels/import'
import type { LedgerDeps } from '../core/deps'
import { runImport } from '../import/run'
import { importFiles, parseMap } from './import-args'
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
    'FILE… --db PATH --kind K [--sheet 名称] [--mode upsert|insert|skip] [--dry-run] [--flag-bad-codes]\n' +
    '         [--no-header [--map 列号=字段,…]] [--json]\n' +
    `         导入 .xlsx 或 .csv(K:${IMPORT_KINDS.join('|')});可给多个文件或一个文件夹,每个文件单独一批\n` +
    '         --no-header:文件没有表头行,按内容猜测各列;--map 3=name,2=creditCode 指定各列(列号从 1 开始,\n' +
    '         字段写英文名或中文名,未写的列不导入)',
  options: {
    db: { type: 'string' },
    kind: { type: 'string' },
    sheet: { type: 'string' },
    mode: { type: 'string' },
    'dry-run': { type: 'boolean' },
    'flag-bad-codes': { type: 'boolean' },
    'no-header': { type: 'boolean' },
    map: { type: 'string' },
    json: { type: 'boolean' },
  },
  positionals: true,
  writes: (values) => values['dry-run'] !== true,
  check(values, positionals) {
    if (positionals.length === 0) throw new UsageError('请指定要导入的文件或文件夹')
    const kind = kindOf(values)
    modeOf(values)
    if (values.map !== undefined) {
      if (values['no-header'] !== true) throw new UsageError('--map 用于没有表头的文件,请与 --no-header 一起使用')
      parseMap(String(values.map), kind)
    }
    importFiles(positionals)
  },
  async run(backend, values, positionals) {
    const json = values.json === true
    const kind = kindOf(values)
    const tty = process.stderr.isTTY && !json
    const files = importFiles(positionals)
    // One file named as such answers as before; several (or a folder) answer as a list.
    const single = files.length === 1 && files[0] === positionals[0]
    const results: (ImportReport | { file: string; error: string })[] = []
    for (const path of files) {
      try {
        const report = await runImport(backend, {
          path,
          kind,
          sheet: values.sheet as string | undefined,
          mode: modeOf(values),
          dryRun: values['dry-run'] === true,
          flagBadCodes: values['flag-bad-codes'] === true,
          noHeader: values['no-header'] === true,
          mapping: values.map === undefined ? undefined : parseMap(String(values.map), kind),
          onProgress: tty ? (p) => process.stderr.write(`\r已读取 ${p.rowsRead} 行…`) : undefined,
        })
        if (tty) process.stderr.write('\r')
        results.push(report)
        if (!json) printReport(report, modeOf(values))
      } catch (e) {
        const message = (e as Error).message
        results.push({ file: path, error: message })
        if (!json) console.error(`${tty ? '\n' : ''}错误: ${message}`)
      }
      if (!json && !single) console.log('')
    }
    const failed = results.filter((r) => 'error' in r).length
    const only = results[0]
    if (json)
      console.log(JSON.stringify(single ? ('error' in only ? { error: only.error } : only) : { reports: results }))
    else if (!single) console.log(`共 ${files.length} 个文件:导入 ${files.length - failed} 个,失败 ${failed} 个`)
    return failed > 0 ? 1 : 0
  },
}

function printReport(r: ImportReport, mode: ImportMode) {
  const lines = [
    `${r.dryRun ? '试导入完成(未写入数据库)' : '导入完成'}:${r.file} → ${IMPORT_KIND_LABELS[r.kind]}(${IMPORT_MODE_LABELS[mode]})`,
    `工作表:${r.sheets.join('、')};${r.headerRow === null ? '无表头' : `表头在第 ${r.headerRow} 行`}`,
    `读取 ${r.rowsRead} 行:新增 ${r.inserted},更新 ${r.updated},未变 ${r.unchanged},跳过 ${r.skipped},错误 ${r.errors.length} 条` +
      (r.requestsInserted !== undefined ? `;新增诉求 ${r.requestsInserted}` : '') +
      (r.suspectedDuplicates ? `;疑似重复 ${r.suspectedDuplicates}(见警告,可用 dedupe 核对)` : ''),
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
