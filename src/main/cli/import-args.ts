/**
 * What `import` is given beyond one file: several files or a folder of them (each imported as
 * its own batch), and `--no-header --map 3=name,2=creditCode` for a file with no header row.
 */
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { IMPORT_FIELDS, type ImportKind } from '../../shared/domain/fields'
import { UsageError } from './command'

const SPREADSHEET = /\.(xlsx|csv)$/i

/**
 * The files to import, in the order given; a folder stands for its spreadsheets (.xlsx, .csv)
 * in name order, without Excel's lock files (~$…) and hidden files.
 */
export function importFiles(args: readonly string[]): string[] {
  const out: string[] = []
  for (const arg of args) {
    let isDir = false
    try {
      isDir = statSync(arg).isDirectory()
    } catch {
      // A missing file is the import's to report, naming it, like any unreadable one.
    }
    if (!isDir) {
      out.push(arg)
      continue
    }
    const names = readdirSync(arg)
      .filter((n) => SPREADSHEET.test(n) && !n.startsWith('~$') && !n.startsWith('.'))
      .sort((a, b) => a.localeCompare(b, 'zh-CN'))
      .filter((n) => statSync(join(arg, n)).isFile())
    if (names.length === 0) throw new UsageError(`文件夹“${arg}”中没有 .xlsx 或 .csv 文件`)
    out.push(...names.map((n) => join(arg, n)))
  }
  return out
}

/**
 * `--map 3=name,2=creditCode` (1-based column numbers; a field's key or its Chinese label) as a
 * field per column, 0-based; columns not named are not imported.
 */
export function parseMap(text: string, kind: ImportKind): (string | null)[] {
  const specs = IMPORT_FIELDS[kind]
  const out: (string | null)[] = []
  for (const part of text
    .split(/[,,]/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^(\d+)\s*[=:：]\s*(.+)$/.exec(part)
    if (!m) throw new UsageError(`--map 的“${part}”应写成 列号=字段,如 3=name(列号从 1 开始)`)
    const column = Number(m[1])
    if (column < 1 || column > 500) throw new UsageError(`--map 的列号应在 1 到 500 之间,收到 ${column}`)
    const name = m[2].trim()
    const spec = specs.find((s) => s.key === name || s.label === name)
    if (!spec) {
      const known = specs.map((s) => `${s.key}(${s.label})`).join('、')
      throw new UsageError(`--map 的“${name}”不是该台账的字段;可用:${known}`)
    }
    if (out.includes(spec.key)) throw new UsageError(`--map 中字段“${name}”出现了两次`)
    out[column - 1] = spec.key
  }
  if (out.length === 0) throw new UsageError('--map 至少应写一列,如 --map 3=name,2=creditCode')
  return Array.from(out, (v) => v ?? null)
}
