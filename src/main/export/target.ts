/**
 * Where an export is written: a temporary name in the destination's own folder, renamed over
 * the destination only once the file is complete. A failed or cancelled export leaves no half
 * file, and an earlier file of the same name stays as it was until the new one is whole.
 */
import { randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { existsSync, renameSync, rmSync, statSync, type WriteStream } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { AppError } from '../errors'

export interface Target {
  /** The temporary file to write. */
  readonly tmp: string
  readonly path: string
  commit(): void
  abort(): void
}

export function fileTarget(path: string): Target {
  const dir = dirname(path)
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new AppError('VALIDATION', `导出失败:文件夹“${dir}”不存在`)
  }
  const tmp = join(dir, `.${basename(path)}.${randomBytes(4).toString('hex')}.part`)
  let done = false
  return {
    tmp,
    path,
    commit() {
      renameSync(tmp, path)
      done = true
    },
    abort() {
      if (!done) rmSync(tmp, { force: true })
      done = true
    },
  }
}

/**
 * Destroys a file stream and waits until its file is closed: a stream still opening would
 * otherwise create the file after it was removed.
 */
export async function closed(stream: WriteStream): Promise<void> {
  if (stream.closed) return
  const done = once(stream, 'close').catch(() => undefined)
  stream.destroy()
  await done
}

/** Runs `write` into the target's temporary file and renames it into place, or removes it on failure. */
export async function writeAtomically<T>(path: string, write: (tmp: string) => Promise<T>): Promise<T> {
  const target = fileTarget(path)
  try {
    const result = await write(target.tmp)
    target.commit()
    return result
  } catch (e) {
    target.abort()
    throw e
  }
}
