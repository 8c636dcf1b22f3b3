/**
 * The zip side of reading an .xlsx, through yauzl: the central directory (ZIP64 included), and
 * each part inflated as a stream that yauzl holds to the size the directory declares
 * (validateEntrySizes). With every declared size checked against the limits first, that is
 * what lets a decompression bomb, or a directory that lies about a size, be refused at its
 * first byte over instead of after a parser has eaten the memory.
 *
 * Nothing is written. exceljs's reader is handed the parts it needs as streams (read-xlsx.ts),
 * so yazl has no part here. It could not have served the re-zipped stream that exceljs used
 * to be given either: yazl writes only data it deflates or stores itself, and cannot copy an
 * entry's compressed bytes as they are, so each sheet would have been inflated and deflated
 * again (or passed on uncompressed, with data descriptors unzipper must search for).
 */
import type { Readable } from 'node:stream'
import yauzl from 'yauzl'
import { ImportFailure } from './failure'

/** Plain data, so that a worker thread can read the part again without the directory. */
export interface ZipEntry {
  name: string
  compressed: boolean
  compressedSize: number
  uncompressedSize: number
  /** Where the compressed bytes start (after the local header). */
  dataStart: number
}

export function corrupt(file: string, why: string): ImportFailure {
  return new ImportFailure(
    'CORRUPT',
    `文件“${file}”已损坏或不完整(${why}),无法读取。请在 Excel 或 WPS 中打开后重新另存为 .xlsx 再导入。`,
  )
}

/** Entries one at a time: a directory of thousands is never all in memory as yauzl objects. */
const OPTIONS: yauzl.Options = { lazyEntries: true, autoClose: false, validateEntrySizes: true }

export class Zip {
  private constructor(
    private readonly zip: yauzl.ZipFile,
    private readonly file: string,
    /** Opened by path here, so closed here; a descriptor given to `open` stays the caller's. */
    private readonly owned: boolean,
  ) {}

  static async open(source: number | string, file: string): Promise<Zip> {
    try {
      return typeof source === 'number'
        ? new Zip(await yauzl.fromFdPromise(source, OPTIONS), file, false)
        : new Zip(await yauzl.openPromise(source, OPTIONS), file, true)
    } catch (e) {
      throw corrupt(file, `找不到文件目录,文件可能被截断:${(e as Error).message}`)
    }
  }

  /** The directory, each entry checked to be one a spreadsheet can hold and to lie inside the file. */
  async entries(): Promise<ZipEntry[]> {
    const out: ZipEntry[] = []
    try {
      for (let e = await this.next(); e; e = await this.next()) {
        if (!e.canDecodeFileData()) throw corrupt(this.file, `“${e.fileName}”加密或使用了不支持的压缩方式`)
        const { fileDataStart } = await this.zip.readLocalFileHeaderPromise(e, { minimal: true })
        if (fileDataStart + e.compressedSize > this.zip.fileSize) {
          throw corrupt(this.file, `“${e.fileName}”超出文件范围,文件可能被截断`)
        }
        out.push({
          name: e.fileName,
          compressed: e.compressionMethod === 8,
          compressedSize: e.compressedSize,
          uncompressedSize: e.uncompressedSize,
          dataStart: fileDataStart,
        })
      }
    } catch (e) {
      throw e instanceof ImportFailure ? e : corrupt(this.file, `文件目录无效:${(e as Error).message}`)
    }
    return out
  }

  /**
   * The entry's inflated bytes. The stream fails once it yields a byte more than declared (a
   * bomb whose directory lies: see `inflate`), or when it ends short of that.
   */
  stream(entry: ZipEntry): Promise<Readable> {
    const { dataStart, compressedSize, compressed, uncompressedSize } = entry
    // Not yauzl 3.4's openReadStreamLowLevelPromise: it calls openReadStream with these numbers.
    return new Promise((resolve, reject) =>
      this.zip.openReadStreamLowLevel(
        dataStart,
        compressedSize,
        0,
        compressedSize,
        compressed,
        uncompressedSize,
        (e, s) => (e ? reject(e) : resolve(s)),
      ),
    )
  }

  /** Streams the entry's inflated bytes to `onChunk`; more than declared stops it with `overCap()`. */
  async inflate(entry: ZipEntry, onChunk: (chunk: Buffer) => void, overCap: () => ImportFailure): Promise<void> {
    const stream = await this.stream(entry)
    try {
      for await (const chunk of stream) onChunk(chunk as Buffer)
    } catch (e) {
      const message = (e as Error).message
      // yauzl's words for a stream past its declared size (validateEntrySizes).
      if (message.startsWith('too many bytes in the stream')) throw overCap()
      throw corrupt(this.file, `“${entry.name}”无法解压:${message}`)
    }
  }

  close(): void {
    // yauzl closes the descriptor it reads from when the zip is closed, whoever opened it.
    if (this.owned) this.zip.close()
  }

  private next(): Promise<yauzl.Entry | null> {
    return new Promise((resolve, reject) => {
      const done = () => {
        this.zip.off('entry', onEntry).off('end', onEnd).off('error', onError)
      }
      const onEntry = (e: yauzl.Entry) => (done(), resolve(e))
      const onEnd = () => (done(), resolve(null))
      const onError = (e: Error) => (done(), reject(e))
      this.zip.on('entry', onEntry).on('end', onEnd).on('error', onError)
      this.zip.readEntry()
    })
  }
}
