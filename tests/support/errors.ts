import { AppError } from '../../src/main/errors'

/** The AppError that `fn` throws: anything else, or nothing, fails the test. */
export function refused(fn: () => unknown): AppError {
  try {
    fn()
  } catch (e) {
    if (e instanceof AppError) return e
    throw e
  }
  throw new Error('expected an AppError')
}
