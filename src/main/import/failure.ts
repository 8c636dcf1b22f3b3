import { AppError } from '../errors'

/**
 * The file as a whole cannot be imported (corrupt, too big, wrong format, cancelled): the
 * message is Chinese and names the file, and the sheet, row and column when there is one.
 * Nothing has been written when this reaches the caller.
 */
export class ImportFailure extends AppError {
  constructor(code: string, message: string) {
    super(code, message)
    this.name = 'ImportFailure'
  }
}
