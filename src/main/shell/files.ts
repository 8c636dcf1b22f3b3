/**
 * The desktop shell's saves and opens (src/shared/ipc/shell.ts), under plain Node: the system
 * dialogs and the PDF printer come in as functions, so the tests drive every branch with their
 * own. The page sends what to save, never where: the path is the one the user picked in the
 * dialog main showed, and the bytes go from main to that path without passing the page.
 */
import { createReadStream, mkdtempSync, rmSync } from 'node:fs'
import { copyFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { localToday } from '../../shared/domain/dates'
import type { Result } from '../../shared/ipc/contract'
import type { UploadedFile } from '../../shared/ipc/files'
import { openRequestSchema, saveRequestSchema, type OpenKind, type SaveAnswer } from '../../shared/ipc/shell'
import type { Deps } from '../core/deps'
import { toErrorBody } from '../ipc/dispatch'
import { backupFolder, makeBackup } from '../backup/store'
import type { DbFailure } from '../db/failure'
import { AppError } from '../errors'
import { exportToPath, layoutPlan, viewPlan, type ExportPlan } from '../export/handlers'
import { writeAtomically } from '../export/target'
import type { Uploads } from '../files/uploads'
import { writeDispatchBooks } from '../fieldbooks/dispatch'
import { writeTaskBooks } from '../fieldbooks/tasks'
import { problemsWorkbook } from '../import/problems'

export interface FileFilter {
  name: string
  extensions: string[]
}

/** What the shell uses of the open ledger (app/backend.ts's Backend satisfies it). */
type ShellLedger = Pick<Deps, 'db' | 'grids' | 'settings' | 'file' | 'audit'> & {
  readonly options: { readonly dbPath: string; readonly readOnly?: string }
}

/** What the shell needs of the app: the LedgerHost satisfies it. */
export interface ShellHost {
  readonly backend: ShellLedger | null
  readonly failure: DbFailure | null
  readonly uploads: Uploads
}

export interface ShellDeps {
  host: ShellHost
  /** The system save dialog: the chosen path, or null when cancelled. */
  askSave(o: { defaultName: string; filters: FileFilter[] }): Promise<string | null>
  /** The system open dialog: the chosen file, or null when cancelled. */
  askOpen(o: { filters: FileFilter[] }): Promise<string | null>
  /** The system folder dialog: the chosen folder, or null when cancelled. */
  askFolder(o: { title: string }): Promise<string | null>
  /** The report at a print route as an A4 PDF (a hidden window in Electron). */
  pdf(route: string): Promise<Buffer>
}

const FILTERS: Record<string, FileFilter> = {
  xlsx: { name: 'Excel 工作簿', extensions: ['xlsx'] },
  csv: { name: 'CSV 文件', extensions: ['csv'] },
  pdf: { name: 'PDF 文件', extensions: ['pdf'] },
  db: { name: '营商台账备份', extensions: ['db'] },
}

const OPEN_FILTERS: Record<OpenKind, FileFilter[]> = {
  import: [{ name: 'Excel 或 CSV 表格', extensions: ['xlsx', 'csv'] }],
  backup: [{ name: '营商台账备份', extensions: ['db', 'sqlite'] }],
}

/** No folder and no character Windows refuses: only ever a name for the dialog to suggest. */
function suggested(name: string): string {
  return [...name]
    .map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? '_' : c))
    .join('')
    .slice(0, 120)
}

function filtersFor(name: string): FileFilter[] {
  const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase() ?? ''
  return FILTERS[ext] ? [FILTERS[ext]] : []
}

function openLedger(host: ShellHost): ShellLedger {
  if (host.backend) return host.backend
  throw new AppError(host.failure?.code ?? 'NOT_OPEN', host.failure?.message ?? '台账没有打开。')
}

/** Asks where, then writes there; a cancelled dialog saves nothing. */
async function saveAs(
  d: ShellDeps,
  name: string,
  write: (path: string) => Promise<number | undefined>,
): Promise<SaveAnswer> {
  const path = await d.askSave({ defaultName: suggested(name), filters: filtersFor(name) })
  if (!path) return { saved: false }
  const rows = await write(path)
  return { saved: true, fileName: basename(path), ...(rows === undefined ? {} : { rows }) }
}

const exportTo = (d: ShellDeps, backend: ShellLedger, plan: ExportPlan) =>
  saveAs(d, plan.fileName, (path) => exportToPath(backend, plan, path))

/** 立即备份 to a place the user picks (a USB stick); a copy also stays in the backup folder. */
async function backupTo(backend: ShellLedger, path: string): Promise<undefined> {
  if (backend.options.dbPath === ':memory:') throw new AppError('UNSUPPORTED', '内存数据库没有备份。')
  // A read-only ledger (on a network drive) writes nothing beside itself: its copy is made privately.
  const own = backend.options.readOnly ? mkdtempSync(join(tmpdir(), 'bizledger-backup-')) : null
  const folder = own ?? backupFolder(backend.options.dbPath)
  try {
    const made = await makeBackup(backend.db, folder, 'manual')
    await writeAtomically(path, (tmp) => copyFile(join(folder, made.name), tmp))
  } finally {
    if (own) rmSync(own, { recursive: true, force: true })
  }
  return undefined
}

export async function saveFile(d: ShellDeps, input: unknown): Promise<Result<SaveAnswer>> {
  try {
    const req = saveRequestSchema.parse(input)
    const backend = openLedger(d.host)
    let answer: SaveAnswer
    switch (req.what) {
      case 'export:view':
        answer = await exportTo(d, backend, viewPlan(req.input))
        break
      case 'export:layout':
        answer = await exportTo(d, backend, layoutPlan(backend, req.input))
        break
      case 'backup':
        answer = await saveAs(d, `营商台账备份-${localToday()}.db`, (path) => backupTo(backend, path))
        break
      case 'import:problems': {
        const { fileName, bytes } = await problemsWorkbook(backend.db, req.batchId)
        answer = await saveAs(d, fileName, async (path) => {
          await writeAtomically(path, (tmp) => writeFile(tmp, bytes))
          return undefined
        })
        break
      }
      case 'fieldbook:tasks':
      case 'fieldbook:dispatch': {
        const tasks = req.what === 'fieldbook:tasks'
        const dir = await d.askFolder({ title: tasks ? '选择存放走访任务表的文件夹' : '选择存放诉求派单表的文件夹' })
        if (!dir) {
          answer = { saved: false }
          break
        }
        const r = tasks
          ? await writeTaskBooks(backend, { ...req.input, dir })
          : await writeDispatchBooks(backend, { ...req.input, dir })
        answer = { saved: true, files: r.files.map((f) => f.file), rows: r.files.reduce((n, f) => n + f.rows, 0) }
        break
      }
      case 'report:pdf':
        answer = await saveAs(d, req.fileName, async (path) => {
          const pdf = await d.pdf(req.route)
          await writeAtomically(path, (tmp) => writeFile(tmp, pdf))
          return undefined
        })
        break
    }
    return { ok: true, value: answer }
  } catch (e) {
    return { ok: false, error: toErrorBody(e) }
  }
}

/** 导入 / 从备份恢复 with the system open dialog: the chosen file becomes an upload (its id). */
export async function openFile(d: ShellDeps, input: unknown): Promise<Result<UploadedFile | null>> {
  try {
    const kind = openRequestSchema.parse(input)
    const path = await d.askOpen({ filters: OPEN_FILTERS[kind] })
    if (!path) return { ok: true, value: null }
    return { ok: true, value: await d.host.uploads.save(basename(path), createReadStream(path)) }
  } catch (e) {
    return { ok: false, error: toErrorBody(e) }
  }
}
