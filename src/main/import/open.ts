/**
 * Opens a file for import, deciding what it is by its first bytes rather than its name
 * (systems export HTML or tab-separated text named .xls; an encrypted .xlsx is not a zip).
 * Every refusal is a Chinese sentence naming the file and saying what to do.
 */
import { open, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { csvSource } from './read-csv'
import { xlsxSource } from './read-xlsx'
import { ImportFailure } from './failure'
import { mb, type ImportLimits } from './limits'
import type { Source } from './source'
import { scanXlsx } from './xlsx-scan'

const SAVE_AS = '请在 Excel 或 WPS 中打开它,选择“另存为”→“Excel 工作簿(*.xlsx)”,再导入另存的文件。'

export async function openSource(path: string, limits: ImportLimits, signal?: AbortSignal): Promise<Source> {
  const file = basename(path)
  let size: number
  try {
    const st = await stat(path)
    if (!st.isFile()) throw new ImportFailure('NOT_FOUND', `“${file}”不是文件。`)
    size = st.size
  } catch (e) {
    if (e instanceof ImportFailure) throw e
    throw new ImportFailure('NOT_FOUND', `找不到文件“${path}”,或没有读取权限。`)
  }
  if (size === 0) throw new ImportFailure('EMPTY', `文件“${file}”是空的(0 字节)。`)
  if (size > limits.maxFileBytes) {
    throw new ImportFailure(
      'TOO_BIG',
      `文件“${file}”有 ${mb(size)},超过导入上限 ${mb(limits.maxFileBytes)}。请删去无关的工作表或拆分成几个文件后再导入。`,
    )
  }
  const fh = await open(path, 'r')
  try {
    const head = Buffer.alloc(Math.min(size, 4096))
    await fh.read(head, 0, head.length, 0)
    switch (sniff(head)) {
      case 'zip':
        return xlsxSource(path, file, await scanXlsx(fh, file, limits, signal))
      case 'ole':
        throw new ImportFailure(
          'UNSUPPORTED',
          /\.(xls|et|ett|xlt)$/i.test(file)
            ? `“${file}”是旧版 Excel(.xls)或 WPS(.et)格式,本程序只读取 .xlsx 和 .csv。${SAVE_AS}`
            : `“${file}”设置了打开密码或是旧版 .xls 格式,无法读取。请先取消密码,${SAVE_AS}`,
        )
      case 'html':
        throw new ImportFailure('UNSUPPORTED', `“${file}”实际是网页(HTML)格式的表格,不是真正的 Excel 文件。${SAVE_AS}`)
      case 'binary':
        throw new ImportFailure('UNSUPPORTED', `“${file}”不是电子表格(支持 .xlsx 和 .csv)。${SAVE_AS}`)
      case 'text':
        return await csvSource(path, fh)
    }
  } finally {
    await fh.close()
  }
}

type Kind = 'zip' | 'ole' | 'html' | 'binary' | 'text'

function sniff(head: Buffer): Kind {
  if (head[0] === 0x50 && head[1] === 0x4b) return 'zip'
  if (head.length >= 4 && head.readUInt32BE(0) === 0xd0cf11e0) return 'ole'
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)
  if (!utf16 && head.includes(0)) return 'binary'
  const start = head
    .toString('latin1', 0, 512)
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart()
    .toLowerCase()
  if (start.startsWith('<html') || start.startsWith('<!doctype html') || start.startsWith('<table')) return 'html'
  if (start.startsWith('<?xml') && start.includes('urn:schemas-microsoft-com:office:spreadsheet')) return 'html'
  return 'text'
}
