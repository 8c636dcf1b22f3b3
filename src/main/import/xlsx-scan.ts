/**
 * A first pass over an .xlsx, before exceljs: every part is unzipped once with a byte cap
 * (a bomb or a lying directory stops here, in moments), the workbook's sheet names, hidden
 * sheets and date system are read, and each sheet's merged ranges and row count are found.
 * exceljs's streaming reader skips merges, and they sit after the rows in the file, so they
 * must be known before the rows arrive for vertically merged cells to be filled.
 */
import type { FileHandle } from 'node:fs/promises'
import { ImportFailure } from './failure'
import { mb, type ImportLimits } from './limits'
import { parseRange, type Range } from './merges'
import { corrupt, Zip, type ZipEntry } from './zip'

export interface XlsxSheet {
  name: string
  hidden: boolean
  /** Its part in the zip (any name: the workbook's relationships say which). */
  part: string
  entry: ZipEntry | null
  merges: Range[]
  /** Rows that hold at least one cell element (formatted empty rows not counted). */
  rows: number
}

export interface XlsxInfo {
  sheets: XlsxSheet[]
  sharedStrings: ZipEntry | null
  date1904: boolean
}

const SMALL_PART = 10 * 1024 * 1024

export async function scanXlsx(
  fh: FileHandle,
  file: string,
  limits: ImportLimits,
  signal?: AbortSignal,
): Promise<XlsxInfo> {
  const zip = await Zip.open(fh.fd, file)
  const entries = await zip.entries()
  const bomb = (what: string) =>
    new ImportFailure(
      'TOO_BIG',
      `文件“${file}”解压后${what},远超正常台账的大小(可能是恶意构造的“压缩炸弹”),已拒绝导入。`,
    )
  let declared = 0
  for (const e of entries) {
    declared += e.uncompressedSize
    if (e.uncompressedSize > 1024 * 1024 && e.uncompressedSize > e.compressedSize * limits.maxRatio) {
      throw bomb(`“${e.name}”的压缩比超过 ${limits.maxRatio} 倍`)
    }
  }
  if (declared > limits.maxUnzippedBytes) throw bomb(`有 ${mb(declared)},超过上限 ${mb(limits.maxUnzippedBytes)}`)
  const shared = entries.find((e) => e.name === 'xl/sharedStrings.xml')
  if (shared && shared.uncompressedSize > limits.maxSharedStringsBytes) {
    throw bomb(`文字内容有 ${mb(shared.uncompressedSize)},超过上限 ${mb(limits.maxSharedStringsBytes)}`)
  }

  const byName = new Map(entries.map((e) => [e.name, e]))
  const text = async (name: string): Promise<string | null> => {
    const e = byName.get(name)
    if (!e) return null
    if (e.uncompressedSize > SMALL_PART) throw bomb(`“${name}”过大`)
    const chunks: Buffer[] = []
    await zip.inflate(
      e,
      (c) => chunks.push(c),
      () => bomb(`“${name}”超出声明的大小`),
    )
    return Buffer.concat(chunks).toString('utf8')
  }

  const workbook = await text('xl/workbook.xml')
  const rels = await text('xl/_rels/workbook.xml.rels')
  if (workbook === null || rels === null) {
    if (byName.has('content.xml')) {
      throw new ImportFailure(
        'UNSUPPORTED',
        `“${file}”是 OpenDocument(.ods,WPS/LibreOffice)格式。请在 WPS 或 Excel 中另存为“Excel 工作簿(*.xlsx)”后再导入。`,
      )
    }
    throw corrupt(file, '缺少工作簿信息,不是有效的 .xlsx 文件')
  }
  const targets = new Map<string, string>()
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const a = attributes(m[1])
    if (a.Id && a.Target) targets.set(a.Id, partPath(a.Target))
  }
  const sheets: XlsxSheet[] = []
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const a = attributes(m[1])
    const rid = Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1]
    const part = rid ? targets.get(rid) : undefined
    // Chart sheets and dialog sheets hold no cells.
    if (!a.name || !part || !/\/worksheets\//.test(part) || !byName.has(part)) continue
    sheets.push({
      name: a.name,
      hidden: a.state === 'hidden' || a.state === 'veryHidden',
      part,
      entry: byName.get(part) ?? null,
      merges: [],
      rows: 0,
    })
  }
  const date1904 = /<(?:\w+:)?workbookPr\b[^>]*\bdate1904="(?:1|true)"/.test(workbook)

  // Every other part is unzipped too, capped at its declared size: exceljs unzips them all.
  const sheetByPart = new Map(sheets.map((s) => [s.part, s]))
  for (const e of entries) {
    if (signal?.aborted) throw new ImportFailure('CANCELLED', '导入已取消,数据库未作任何修改。')
    if (e.name === 'xl/workbook.xml' || e.name === 'xl/_rels/workbook.xml.rels') continue
    const sheet = sheetByPart.get(e.name)
    const scan = sheet ? sheetScanner(sheet) : null
    await zip.inflate(e, scan ? scan.push : () => {}, () => bomb(`“${e.name}”超出声明的大小`))
    if (sheet && scan && !scan.end()) throw corrupt(file, `工作表“${sheet.name}”的内容不完整`)
  }
  const rows = sheets.reduce((n, s) => n + s.rows, 0)
  if (rows > limits.maxRows + 1000) {
    throw new ImportFailure(
      'TOO_MANY_ROWS',
      `文件“${file}”共有约 ${rows} 行,超过单次导入上限 ${limits.maxRows} 行。请拆分成几个文件后分批导入。`,
    )
  }
  return { sheets, sharedStrings: shared ?? null, date1904 }
}

/** Counts rows and collects merged ranges as the sheet's XML streams past, chunk by chunk. */
function sheetScanner(sheet: XlsxSheet) {
  let carry = ''
  const scan = (region: string) => {
    for (const m of region.matchAll(/<(?:\w+:)?(row|mergeCell)\b([^>]*)>/g)) {
      if (m[1] === 'row') {
        if (!m[2].endsWith('/')) sheet.rows++
      } else {
        const ref = /\bref="([^"]+)"/.exec(m[2])?.[1]
        const range = ref ? parseRange(ref) : null
        if (range) sheet.merges.push(range)
      }
    }
  }
  return {
    // Tags cannot contain '<', so everything before the last '<' is whole; the rest waits.
    push: (chunk: Buffer) => {
      const s = carry + chunk.toString('latin1')
      const cut = s.lastIndexOf('<')
      scan(cut < 0 ? s : s.slice(0, cut))
      carry = cut < 0 ? '' : s.slice(cut)
    },
    /** True when the sheet's XML is whole: exceljs does not notice one that stops short. */
    end: (): boolean => {
      scan(carry)
      return /<\/(?:\w+:)?worksheet>\s*$/.test(carry)
    },
  }
}

function attributes(s: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const m of s.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)) out[m[1]] = decodeXml(m[2])
  return out
}

function decodeXml(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}

/** 'worksheets/sheet1.xml' or '/xl/worksheets/sheet1.xml' → 'xl/worksheets/sheet1.xml'. */
function partPath(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`
}
