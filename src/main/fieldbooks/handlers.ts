/**
 * The field workbooks' channels (src/shared/ipc/channels/fieldbooks.ts). The workbooks are
 * written into a private temporary folder and returned as bytes for the page to save, as an
 * export is; the sending is recorded all the same, so the plan page can follow it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FieldBookKind, FieldBookResult, TaskGrouping } from '../../shared/domain/field-workbooks'
import type { FieldBookFiles } from '../../shared/ipc/channels/fieldbooks'
import type { BookDeps } from './book'
import { writeDispatchBooks } from './dispatch'
import { fieldBookStatus } from './sent'
import { writeTaskBooks } from './tasks'

async function asFiles(write: (dir: string) => Promise<FieldBookResult>): Promise<FieldBookFiles> {
  const dir = mkdtempSync(join(tmpdir(), 'bizledger-fieldbooks-'))
  try {
    const result = await write(dir)
    return {
      files: result.files.map((f) => ({
        fileName: f.file,
        name: f.name,
        rows: f.rows,
        base64: readFileSync(join(dir, f.file)).toString('base64'),
      })),
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export function fieldBookHandlers(deps: BookDeps) {
  return {
    'fieldbook:sendTasks': (i: { campaignId: number; by: TaskGrouping; only?: string[] }) =>
      asFiles((dir) => writeTaskBooks(deps, { ...i, dir })),
    'fieldbook:sendDispatch': (i: { only?: string[] }) => asFiles((dir) => writeDispatchBooks(deps, { ...i, dir })),
    'fieldbook:status': (i: { kind: FieldBookKind; campaignId: number | null }) =>
      fieldBookStatus(deps.db, i.kind, i.campaignId),
  }
}
