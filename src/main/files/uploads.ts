/**
 * Where uploaded files wait for the channel that reads them: a private temporary folder, one
 * sub-folder per upload so the file keeps the name the user knows (messages and the import's
 * record name it). Old uploads are removed as new ones arrive and when the process ends.
 */
import { randomBytes } from 'node:crypto'
import { createWriteStream, mkdtempSync, readdirSync, rmSync, statSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { uploadIdSchema, uploadNameSchema, type UploadedFile } from '../../shared/ipc/files'
import { AppError } from '../errors'
import { DEFAULT_LIMITS, mb } from '../import/limits'

/** An upload older than this is gone: a wizard left open overnight starts again. */
const KEEP_MS = 12 * 60 * 60 * 1000

export class Uploads {
  private dir: string | null = null

  constructor(
    private readonly maxBytes = DEFAULT_LIMITS.maxFileBytes,
    private readonly parent = tmpdir(),
  ) {}

  /** Stores bytes or a stream under a fresh id; refuses more than the size limit. */
  async save(name: string, source: Buffer | Uint8Array | Readable): Promise<UploadedFile> {
    const parsed = uploadNameSchema.safeParse(name)
    if (!parsed.success) throw new AppError('VALIDATION', parsed.error.issues[0].message)
    const id = `up-${randomBytes(12).toString('base64url')}`
    const folder = join(this.root(), id)
    mkdirSync(folder)
    const path = join(folder, parsed.data)
    try {
      if (source instanceof Uint8Array) {
        if (source.length > this.maxBytes) throw this.tooBig(parsed.data)
        await pipeline(async function* () {
          yield source
        }, createWriteStream(path))
      } else {
        let size = 0
        const limit = this.maxBytes
        const tooBig = this.tooBig(parsed.data)
        await pipeline(
          source,
          async function* (chunks: AsyncIterable<Buffer>) {
            for await (const c of chunks) {
              size += c.length
              if (size > limit) throw tooBig
              yield c
            }
          },
          createWriteStream(path),
        )
      }
    } catch (e) {
      rmSync(folder, { recursive: true, force: true })
      throw e
    }
    this.sweep()
    return { id, name: parsed.data, size: statSync(path).size }
  }

  /** The stored file of an upload id, or a Chinese message saying to choose it again. */
  path(id: string): string {
    const parsed = uploadIdSchema.safeParse(id)
    const folder = parsed.success && this.dir ? join(this.dir, parsed.data) : null
    const names = folder ? safeList(folder) : []
    if (!folder || names.length !== 1) throw new AppError('NOT_FOUND', '找不到上传的文件(可能已过期),请重新选择文件。')
    return join(folder, names[0])
  }

  /** Removes every upload (the process is ending). */
  clear(): void {
    if (this.dir) rmSync(this.dir, { recursive: true, force: true })
    this.dir = null
  }

  private root(): string {
    if (!this.dir) {
      this.dir = mkdtempSync(join(this.parent, 'bizledger-uploads-'))
      const dir = this.dir
      process.once('exit', () => rmSync(dir, { recursive: true, force: true }))
    }
    return this.dir
  }

  private tooBig(name: string): AppError {
    return new AppError('TOO_LARGE', `文件“${name}”超过 ${mb(this.maxBytes)},请拆分后再导入。`)
  }

  private sweep(): void {
    const now = Date.now()
    for (const entry of safeList(this.root())) {
      const p = join(this.root(), entry)
      if (now - statSync(p).mtimeMs > KEEP_MS) rmSync(p, { recursive: true, force: true })
    }
  }
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir)
  } catch {
    return []
  }
}
