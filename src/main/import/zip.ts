/**
 * Just enough of the zip format to look inside an .xlsx before exceljs parses it: the
 * central directory (names, declared sizes, where each entry's data lies) and a streaming,
 * size-capped inflate of one entry. That is what lets a decompression bomb or a truncated
 * file be refused in moments instead of after a parser has eaten the memory.
 */
import type { FileHandle } from 'node:fs/promises'
import { createInflateRaw } from 'node:zlib'
import { ImportFailure } from './failure'

export interface ZipEntry {
  name: string
  method: number
  compressedSize: number
  uncompressedSize: number
  /** Where the compressed bytes start (after the local header). */
  dataStart: number
}

const EOCD_SIG = 0x06054b50
const CDH_SIG = 0x02014b50
const LFH_SIG = 0x04034b50
/** A data descriptor after an entry's data: signature, CRC and two sizes (64-bit at most). */
const MAX_DESCRIPTOR = 24

export function corrupt(file: string, why: string): ImportFailure {
  return new ImportFailure(
    'CORRUPT',
    `文件“${file}”已损坏或不完整(${why}),无法读取。请在 Excel 或 WPS 中打开后重新另存为 .xlsx 再导入。`,
  )
}

/**
 * Reads the central directory and checks that the entries it lists cover the file end to end,
 * so no part can hide from the checks that follow (a parser reading local headers in order
 * would otherwise see entries the directory never declared).
 */
export async function readZipDirectory(fh: FileHandle, size: number, file: string): Promise<ZipEntry[]> {
  const tailSize = Math.min(size, 65_557)
  const tail = Buffer.alloc(tailSize)
  await fh.read(tail, 0, tailSize, size - tailSize)
  let eocd = -1
  for (let i = tailSize - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD_SIG) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw corrupt(file, '找不到文件目录,文件可能被截断')
  const count = tail.readUInt16LE(eocd + 10)
  const cdSize = tail.readUInt32LE(eocd + 12)
  const cdOffset = tail.readUInt32LE(eocd + 16)
  if (count === 0xffff || cdOffset === 0xffffffff) throw corrupt(file, 'ZIP64 格式,远超电子表格的正常大小')
  if (cdOffset + cdSize > size) throw corrupt(file, '文件目录超出文件末尾,文件可能被截断')
  const cd = Buffer.alloc(cdSize)
  await fh.read(cd, 0, cdSize, cdOffset)

  const raw: (Omit<ZipEntry, 'dataStart'> & { offset: number })[] = []
  let p = 0
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== CDH_SIG) throw corrupt(file, '文件目录不完整')
    const nameLen = cd.readUInt16LE(p + 28)
    const extraLen = cd.readUInt16LE(p + 30)
    const commentLen = cd.readUInt16LE(p + 32)
    raw.push({
      method: cd.readUInt16LE(p + 10),
      compressedSize: cd.readUInt32LE(p + 20),
      uncompressedSize: cd.readUInt32LE(p + 24),
      offset: cd.readUInt32LE(p + 42),
      name: cd.toString('utf8', p + 46, p + 46 + nameLen),
    })
    p += 46 + nameLen + extraLen + commentLen
  }

  raw.sort((a, b) => a.offset - b.offset)
  const entries: ZipEntry[] = []
  const header = Buffer.alloc(30)
  let expected = 0
  for (const e of raw) {
    if (e.offset < expected || e.offset > expected + MAX_DESCRIPTOR) throw corrupt(file, '文件结构异常')
    await fh.read(header, 0, 30, e.offset)
    if (header.readUInt32LE(0) !== LFH_SIG) throw corrupt(file, `“${e.name}”的数据头无效`)
    const dataStart = e.offset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28)
    expected = dataStart + e.compressedSize
    if (expected > cdOffset) throw corrupt(file, `“${e.name}”超出文件范围,文件可能被截断`)
    entries.push({ ...e, dataStart })
  }
  if (cdOffset > expected + MAX_DESCRIPTOR) throw corrupt(file, '文件结构异常')
  return entries
}

/**
 * Streams one entry's inflated bytes to `onChunk`. More than `cap` bytes out (a bomb, or a
 * directory that lied about the size) stops it at once with `overCap()`.
 */
export async function inflateEntry(
  fh: FileHandle,
  entry: ZipEntry,
  cap: number,
  onChunk: (chunk: Buffer) => void,
  overCap: () => ImportFailure,
  file: string,
): Promise<number> {
  if (entry.method === 0) {
    if (entry.compressedSize > cap) throw overCap()
    const buf = Buffer.alloc(entry.compressedSize)
    await fh.read(buf, 0, buf.length, entry.dataStart)
    onChunk(buf)
    return buf.length
  }
  if (entry.method !== 8) throw corrupt(file, `“${entry.name}”使用了不支持的压缩方式`)

  const inflate = createInflateRaw()
  let total = 0
  let failure: ImportFailure | null = null
  const done = new Promise<void>((resolve, reject) => {
    inflate.on('data', (chunk: Buffer) => {
      total += chunk.length
      if (total > cap) {
        failure ??= overCap()
        inflate.destroy()
        reject(failure)
        return
      }
      onChunk(chunk)
    })
    inflate.on('end', resolve)
    inflate.on('error', (e) => reject(failure ?? corrupt(file, `“${entry.name}”无法解压:${e.message}`)))
  })
  done.catch(() => undefined) // observed below; never an unhandled rejection
  const CHUNK = 1 << 16
  let pos = entry.dataStart
  const end = entry.dataStart + entry.compressedSize
  while (pos < end && !failure) {
    const buf = Buffer.alloc(Math.min(CHUNK, end - pos))
    const { bytesRead } = await fh.read(buf, 0, buf.length, pos)
    if (bytesRead === 0) break
    pos += bytesRead
    const more = inflate.write(bytesRead === buf.length ? buf : buf.subarray(0, bytesRead))
    // `done` settles first when the cap is hit: never wait for a drain that cannot come.
    if (!more) await Promise.race([new Promise((r) => inflate.once('drain', r)), done])
  }
  if (!failure) inflate.end()
  await done
  return total
}

/** A local file header for `name`, sizes known up front (no data descriptor follows). */
function localHeader(name: string, method: number, compressedSize: number, size: number): Buffer {
  const n = Buffer.from(name, 'utf8')
  const h = Buffer.alloc(30)
  h.writeUInt32LE(LFH_SIG, 0)
  h.writeUInt16LE(20, 4)
  h.writeUInt16LE(0x0800, 6) // names in UTF-8
  h.writeUInt16LE(method, 8)
  // CRC left 0: the stream's reader (unzipper) does not check it, and the bytes are the
  // file's own, already checked while the first pass inflated them.
  h.writeUInt32LE(compressedSize, 18)
  h.writeUInt32LE(size, 22)
  h.writeUInt16LE(n.length, 26)
  return Buffer.concat([h, n])
}

/** A small part made up on the spot, stored uncompressed. */
export function storedEntry(name: string, data: Buffer): Buffer {
  return Buffer.concat([localHeader(name, 0, data.length, data.length), data])
}

/** One entry of the file, its compressed bytes copied as they are, under `name`. */
export async function* copiedEntry(fh: FileHandle, entry: ZipEntry, name: string): AsyncGenerator<Buffer> {
  yield localHeader(name, entry.method, entry.compressedSize, entry.uncompressedSize)
  const CHUNK = 1 << 18
  for (let pos = entry.dataStart, end = entry.dataStart + entry.compressedSize; pos < end;) {
    const buf = Buffer.alloc(Math.min(CHUNK, end - pos))
    const { bytesRead } = await fh.read(buf, 0, buf.length, pos)
    if (bytesRead === 0) return
    pos += bytesRead
    yield bytesRead === buf.length ? buf : buf.subarray(0, bytesRead)
  }
}
