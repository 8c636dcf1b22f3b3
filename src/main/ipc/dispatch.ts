import { ZodError } from 'zod'
import { summariseIssues } from '../../shared/domain/validation'
import { mayCall, roleFor, ROLE_LABELS, type Role } from '../../shared/ipc/access'
import { contract, isChannel, type ChannelName, type Result } from '../../shared/ipc/contract'
import { AppError } from '../errors'
import { LEDGERS, type LedgerName } from '../ledgers'
import { dbFailure } from '../db/failure'
import { actingAs } from '../ledger/audit'
import type { Uploads } from '../files/uploads'

/** What the gate calls: the Backend, or the LedgerHost that holds it (and stands in when it could not open). */
export interface Gate {
  handle(channel: ChannelName, input: unknown): unknown
  readonly uploads: Uploads
}

/**
 * Who is calling, when the caller is one of the ledger's users (the shared listener). The
 * window and the loopback bridge serve the machine's own user and pass none: all is theirs.
 */
export interface Caller {
  readonly name: string
  readonly role: Role
}

/**
 * The one gate every call passes, from IPC or the bridge: the channel must exist, a signed-in
 * caller's role must reach the channel's mark (shared/ipc/access.ts), its input must parse with
 * the contract's schema, and whatever happens the caller gets an envelope. A signed-in caller's
 * writes are recorded under their name.
 */
export function dispatch(backend: Gate, channel: string, input: unknown, caller?: Caller): Result<unknown> {
  try {
    if (!isChannel(channel)) throw new AppError('UNKNOWN_CHANNEL', `未知的操作: ${channel}`)
    if (caller && !mayCall(caller.role, channel)) throw forbidden(caller.role, roleFor(channel))
    const parsed = contract[channel].input.safeParse(input)
    if (!parsed.success) {
      const { message, fields } = summariseIssues(parsed.error, labelsOf(channel))
      throw new AppError('VALIDATION', message, { fields })
    }
    const run = () => backend.handle(channel, parsed.data)
    // A signed-in caller is who the audit log names, for this call and all it awaits.
    return { ok: true, value: caller ? actingAs(caller.name, run) : run() }
  } catch (e) {
    return { ok: false, error: toErrorBody(e) }
  }
}

/**
 * The same gate for callers that can wait: a handler that answers with a promise (the import
 * reads its file as it goes) is awaited, and its failure becomes an envelope like any other.
 */
export async function dispatchAsync(
  backend: Gate,
  channel: string,
  input: unknown,
  caller?: Caller,
): Promise<Result<unknown>> {
  const r = dispatch(backend, channel, input, caller)
  if (!r.ok || !(r.value instanceof Promise)) return r
  try {
    return { ok: true, value: await r.value }
  } catch (e) {
    return { ok: false, error: toErrorBody(e) }
  }
}

/** A role below the one a channel needs: said in the office's words, 只读/录入/管理员. */
export function forbidden(role: Role, needed: Role): AppError {
  return new AppError(
    'FORBIDDEN',
    `当前账户为“${ROLE_LABELS[role]}”,无权执行此操作(需要“${ROLE_LABELS[needed]}”或以上权限)。`,
  )
}

/** The Chinese field names of a ledger channel, so a refused input names its field. */
function labelsOf(channel: string): Record<string, string> {
  const ns = channel.split(':')[0]
  return Object.hasOwn(LEDGERS, ns) ? LEDGERS[ns as LedgerName].labels : {}
}

export function toErrorBody(e: unknown) {
  if (e instanceof AppError) return e.toBody()
  if (e instanceof ZodError) return { code: 'VALIDATION', ...summariseIssues(e, {}) }
  const failure = dbFailure(e)
  if (failure) return failure
  const err = e as { message?: string }
  console.error(e)
  return { code: 'INTERNAL', message: `操作失败: ${err?.message ?? String(e)}` }
}
