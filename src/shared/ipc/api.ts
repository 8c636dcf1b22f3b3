/**
 * The renderer's view of the contract: `api.enterprise.list()` for channel `enterprise:list`.
 * Built the same way over Electron IPC (preload) and over the loopback bridge (browser).
 */
import { CHANNELS, type ApiErrorBody, type ChannelName, type InputOf, type OutputOf, type Result } from './contract'

type Namespace<C> = C extends `${infer N}:${string}` ? N : never
type Action<C, N extends string> = C extends `${N}:${infer A}` ? A : never

type Method<C extends ChannelName> =
  undefined extends InputOf<C>
    ? (input?: InputOf<C>) => Promise<OutputOf<C>>
    : (input: InputOf<C>) => Promise<OutputOf<C>>

export type Api = {
  [N in Namespace<ChannelName>]: {
    [A in Action<ChannelName, N>]: Method<`${N}:${A}` & ChannelName>
  }
}

/** The same shape, each method answering the raw envelope: what the preload exposes. */
export type RawApi = {
  [N in Namespace<ChannelName>]: {
    [A in Action<ChannelName, N>]: (input?: unknown) => Promise<Result<unknown>>
  }
}

/** An error the user can read; `code` and `fields` let the UI mark the right cell. */
export class ApiError extends Error {
  readonly code: string
  readonly body: ApiErrorBody
  constructor(body: ApiErrorBody) {
    super(body.message)
    this.name = 'ApiError'
    this.code = body.code
    this.body = body
  }
}

/** One named method per channel, each calling `send` with its own channel name only. */
export function buildRawApi(send: (channel: ChannelName, input: unknown) => Promise<Result<unknown>>): RawApi {
  const api: Record<string, Record<string, (input?: unknown) => Promise<Result<unknown>>>> = {}
  for (const ch of CHANNELS) {
    const [ns, action] = ch.split(':')
    api[ns] ??= {}
    api[ns][action] = (input?: unknown) => send(ch, input)
  }
  return api as RawApi
}

/** Unwraps envelopes into values, throwing ApiError for `{ok:false}`. */
export function unwrapApi(raw: RawApi): Api {
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {}
  for (const ch of CHANNELS) {
    const [ns, action] = ch.split(':')
    const method = (raw as unknown as Record<string, Record<string, (i?: unknown) => Promise<Result<unknown>>>>)[ns][
      action
    ]
    api[ns] ??= {}
    api[ns][action] = async (input?: unknown) => {
      const r = await method(input)
      if (!r.ok) throw new ApiError(r.error)
      return r.value
    }
  }
  return api as unknown as Api
}
