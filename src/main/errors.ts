import type { ApiErrorBody, Dependent } from '../shared/ipc/contract'

/** An error meant for the user: a stable code and a Chinese message. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly extra: { fields?: Record<string, string>; dependents?: Dependent[] } = {},
  ) {
    super(message)
    this.name = 'AppError'
  }

  toBody(): ApiErrorBody {
    return { code: this.code, message: this.message, ...this.extra }
  }
}
