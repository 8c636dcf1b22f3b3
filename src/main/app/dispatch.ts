import { ZodError } from 'zod'
import { summariseIssues } from '../../shared/domain/validation'
import { contract, isChannel, type Result } from '../../shared/ipc/contract'
import { AppError } from '../errors'
import { LEDGERS, type LedgerName } from '../ledgers'
import type { Backend } from './backend'

/**
 * The one gate every call passes, from IPC or the bridge: the channel must exist, its input
 * must parse with the contract's schema, and whatever happens the caller gets an envelope.
 */
export function dispatch(backend: Backend, channel: string, input: unknown): Result<unknown> {
  try {
    if (!isChannel(channel)) throw new AppError('UNKNOWN_CHANNEL', `未知的操作: ${channel}`)
    const parsed = contract[channel].input.safeParse(input)
    if (!parsed.success) {
      const { message, fields } = summariseIssues(parsed.error, labelsOf(channel))
      throw new AppError('VALIDATION', message, { fields })
    }
    return { ok: true, value: backend.handle(channel, parsed.data) }
  } catch (e) {
    return { ok: false, error: toErrorBody(e) }
  }
}

/**
 * The same gate for callers that can wait: a handler that answers with a promise (the import
 * reads its file as it goes) is awaited, and its failure becomes an envelope like any other.
 */
export async function dispatchAsync(backend: Backend, channel: string, input: unknown): Promise<Result<unknown>> {
  const r = dispatch(backend, channel, input)
  if (!r.ok || !(r.value instanceof Promise)) return r
  try {
    return { ok: true, value: await r.value }
  } catch (e) {
    return { ok: false, error: toErrorBody(e) }
  }
}

/** The Chinese field names of a ledger channel, so a refused input names its field. */
function labelsOf(channel: string): Record<string, string> {
  const ns = channel.split(':')[0]
  return Object.hasOwn(LEDGERS, ns) ? LEDGERS[ns as LedgerName].labels : {}
}

export function toErrorBody(e: unknown) {
  if (e instanceof AppError) return e.toBody()
  if (e instanceof ZodError) return { code: 'VALIDATION', ...summariseIssues(e, {}) }
  const err = e as { code?: string; message?: string }
  if (err?.code === 'SQLITE_BUSY') {
    return { code: 'BUSY', message: '数据库正被其他程序占用,请稍后重试。' }
  }
  if (err?.code === 'SQLITE_READONLY') {
    return { code: 'READONLY', message: '数据库文件是只读的,无法保存修改。' }
  }
  if (err?.code === 'SQLITE_FULL') {
    return { code: 'DISK_FULL', message: '磁盘已满,无法保存修改。' }
  }
  console.error(e)
  return { code: 'INTERNAL', message: `操作失败: ${err?.message ?? String(e)}` }
}
