/**
 * An .xlsx read straight from its zip and XML, with nothing but node:zlib: a reader that shares
 * no code with exceljs (which writes the exports) nor with the import engine, so the tests see
 * what Excel sees. Enough of SpreadsheetML for the checks: cells with their type, formula and
 * style, merges, the frozen pane, the auto-filter, column widths, print setup, defined names,
 * number formats and bold fonts.
 */
import { readFileSync } from 'node:fs'
import { inflateRawSync } from 'node:zlib'

/** Every part of the zip, inflated, by name. */
export function unzip(path: string): Map<string, string> {
  const buf = readFileSync(path)
  let eocd = buf.length - 22
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--
  if (eocd < 0) throw new Error('not a zip')
  const count = buf.readUInt16LE(eocd + 10)
  let p = buf.readUInt32LE(eocd + 16)
  const parts = new Map<string, string>()
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(p + 10)
    const size = buf.readUInt32LE(p + 20)
    const nameLen = buf.readUInt16LE(p + 28)
    const extraLen = buf.readUInt16LE(p + 30)
    const commentLen = buf.readUInt16LE(p + 32)
    const local = buf.readUInt32LE(p + 42)
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen).replace(/^\//, '')
    const data = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28)
    const raw = buf.subarray(data, data + size)
    parts.set(name, (method === 8 ? inflateRawSync(raw) : raw).toString('utf8'))
    p += 46 + nameLen + extraLen + commentLen
  }
  return parts
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&')

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const m of tag.matchAll(/([\w:]+)="([^"]*)"/g)) out[m[1]] = unescape(m[2])
  return out
}

export interface XCell {
  ref: string
  /** The XML type: s (shared string), inlineStr, str, n (absent), b … */
  type: string
  value: string | number | null
  formula: string | null
  /** Index into cellXfs. */
  style: number
}

export interface XStyle {
  numFmt: string
  bold: boolean
  /** Locked when the sheet is protected (Excel's default unless the style says locked="0"). */
  locked: boolean
}

export interface XValidation {
  type: string
  operator: string | undefined
  sqref: string
  formulae: string[]
}

const BUILTIN_FORMATS: Record<number, string> = { 0: 'General', 14: 'mm-dd-yy', 49: '@' }

export interface XSheet {
  name: string
  cells: Map<string, XCell>
  merges: string[]
  pane: Record<string, string> | null
  autoFilter: string | null
  cols: { min: number; max: number; width: number }[]
  pageSetup: Record<string, string> | null
  fitToPage: boolean
  /** visible, hidden or veryHidden, as the workbook lists it. */
  state: string
  /** The <sheetProtection> attributes, when the sheet is protected. */
  protection: Record<string, string> | null
  validations: XValidation[]
  /** Row numbers in order, as written. */
  rows: number[]
  value(ref: string): string | number | null
  styleOf(ref: string): XStyle
}

export interface XBook {
  sheets: XSheet[]
  definedNames: { name: string; localSheetId: string | undefined; ref: string }[]
  sharedStrings: boolean
}

export function readXlsx(path: string): XBook {
  const parts = unzip(path)
  const workbook = parts.get('xl/workbook.xml') ?? ''
  const rels = parts.get('xl/_rels/workbook.xml.rels') ?? ''
  const target = new Map([...rels.matchAll(/<Relationship [^>]*>/g)].map((m) => [attrs(m[0]).Id, attrs(m[0]).Target]))
  const styles = parseStyles(parts.get('xl/styles.xml') ?? '')
  const shared = [...(parts.get('xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    [...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => unescape(t[1])).join(''),
  )
  const sheets = [...workbook.matchAll(/<sheet [^>]*>/g)].map((m) => {
    const a = attrs(m[0])
    const xml = parts.get(`xl/${target.get(a['r:id'])}`.replace('xl//', '')) ?? ''
    return parseSheet(a.name, a.state ?? 'visible', xml, styles, shared)
  })
  const definedNames = [...workbook.matchAll(/<definedName ([^>]*)>([^<]*)<\/definedName>/g)].map((m) => {
    const a = attrs(m[1])
    return { name: a.name, localSheetId: a.localSheetId, ref: unescape(m[2]) }
  })
  return { sheets, definedNames, sharedStrings: parts.has('xl/sharedStrings.xml') }
}

function parseStyles(xml: string): XStyle[] {
  const formats = new Map<number, string>()
  for (const m of xml.matchAll(/<numFmt [^>]*>/g)) {
    const a = attrs(m[0])
    formats.set(Number(a.numFmtId), a.formatCode)
  }
  const fonts = [
    ...(/<fonts[^>]*>([\s\S]*?)<\/fonts>/.exec(xml)?.[1] ?? '').matchAll(/<font>([\s\S]*?)<\/font>|<font\/>/g),
  ]
  const bold = fonts.map((f) => /<b\/>|<b /.test(f[1] ?? ''))
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? ''
  return [...xfs.matchAll(/<xf [^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => {
    const a = attrs(/<xf [^>]*>/.exec(m[0])![0])
    const id = Number(a.numFmtId ?? 0)
    return {
      numFmt: formats.get(id) ?? BUILTIN_FORMATS[id] ?? `#${id}`,
      bold: bold[Number(a.fontId ?? 0)] ?? false,
      locked: !/<protection [^>]*locked="(?:0|false)"/.test(m[0]),
    }
  })
}

function parseSheet(name: string, state: string, xml: string, styles: XStyle[], shared: string[]): XSheet {
  const cells = new Map<string, XCell>()
  const rows: number[] = []
  for (const r of xml.matchAll(/<row ([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    rows.push(Number(attrs(`<row ${r[1]}>`).r))
    for (const c of (r[2] ?? '').matchAll(/<c ([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const a = attrs(`<c ${c[1]}>`)
      const body = c[2] ?? ''
      const type = a.t ?? 'n'
      const f = /<f[^>]*>([\s\S]*?)<\/f>/.exec(body)
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1]
      let value: string | number | null = null
      if (type === 'inlineStr')
        value = [...body.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => unescape(t[1])).join('')
      else if (type === 's') value = v === undefined ? null : shared[Number(v)]
      else if (type === 'str') value = v === undefined ? null : unescape(v)
      else if (v !== undefined) value = Number(v)
      cells.set(a.r, { ref: a.r, type, value, formula: f ? unescape(f[1]) : null, style: Number(a.s ?? 0) })
    }
  }
  const pane = /<pane [^>]*>/.exec(xml)
  const page = /<pageSetup [^>]*>/.exec(xml)
  return {
    name,
    cells,
    rows,
    merges: [...xml.matchAll(/<mergeCell ref="([^"]+)"/g)].map((m) => m[1]),
    pane: pane ? attrs(pane[0]) : null,
    autoFilter: /<autoFilter ref="([^"]+)"/.exec(xml)?.[1] ?? null,
    cols: [...xml.matchAll(/<col [^>]*>/g)].map((m) => {
      const a = attrs(m[0])
      return { min: Number(a.min), max: Number(a.max), width: Number(a.width) }
    }),
    pageSetup: page ? attrs(page[0]) : null,
    fitToPage: /<pageSetUpPr [^>]*fitToPage="(?:1|true)"/.test(xml),
    state,
    protection: /<sheetProtection [^>]*>/.exec(xml) ? attrs(/<sheetProtection [^>]*>/.exec(xml)![0]) : null,
    validations: [...xml.matchAll(/<dataValidation ([^>]*?)(?:\/>|>([\s\S]*?)<\/dataValidation>)/g)].map((m) => {
      const a = attrs(`<dataValidation ${m[1]}>`)
      const formulae = [
        ...(m[2] ?? '').matchAll(/<(?:x14:)?formula\d>(?:<xm:f>)?([\s\S]*?)(?:<\/xm:f>)?<\/(?:x14:)?formula\d>/g),
      ]
      return { type: a.type, operator: a.operator, sqref: a.sqref, formulae: formulae.map((f) => unescape(f[1])) }
    }),
    value: (ref) => cells.get(ref)?.value ?? null,
    styleOf: (ref) => styles[cells.get(ref)?.style ?? 0] ?? { numFmt: 'General', bold: false, locked: true },
  }
}

/** A column's width from the <cols> ranges. */
export function widthOf(sheet: XSheet, col: number): number | undefined {
  return sheet.cols.find((c) => c.min <= col && col <= c.max)?.width
}

/** The values of one sheet row, columns A… up to `width`. */
export function rowValues(sheet: XSheet, row: number, width: number): (string | number | null)[] {
  return Array.from({ length: width }, (_, i) => sheet.value(`${colLetter(i + 1)}${row}`))
}

export function colLetter(n: number): string {
  let s = ''
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s
  return s
}
