import type { Db } from '../db/connection'
import { AppError } from '../errors'
import { batchIssues, findBatch } from './batches'
import { errorWorkbook } from './error-workbook'

/** An import's problems as a workbook, named after the imported file (for the download or the save dialog). */
export async function problemsWorkbook(db: Db, batchId: string): Promise<{ fileName: string; bytes: Buffer }> {
  const batch = findBatch(db, batchId)
  if (!batch) throw new AppError('NOT_FOUND', '找不到这次导入的记录。')
  const bytes = await errorWorkbook(batchIssues(db, batchId))
  return { fileName: `${batch.file.replace(/\.[^.]+$/, '')}-导入问题.xlsx`, bytes }
}
