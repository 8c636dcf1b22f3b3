/**
 * The renderer's only door to main: one named method per contract channel, nothing generic.
 * Methods resolve to the `{ok, value | error}` envelope and the renderer's client unwraps it,
 * because contextBridge copies only an Error's message and the UI needs the code and the
 * per-field messages to mark the right cell.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { buildRawApi, type RawApi } from '../shared/ipc/api'
import type { Result } from '../shared/ipc/contract'
import { UPLOAD_CHANNEL, type UploadedFile } from '../shared/ipc/files'
import { PRINT_CHANNEL, type PrintAnswer, type PrintRequest } from '../shared/ipc/print'
import { OPEN_CHANNEL, SAVE_CHANNEL, type OpenKind, type SaveAnswer, type SaveRequest } from '../shared/ipc/shell'

const api: RawApi = buildRawApi((channel, input) => ipcRenderer.invoke(channel, input) as Promise<Result<unknown>>)

/** A chosen or dropped file's bytes, for channels that read a file (they take the id it gets). */
const upload = (name: string, bytes: Uint8Array) =>
  ipcRenderer.invoke(UPLOAD_CHANNEL, name, bytes) as Promise<Result<UploadedFile>>

/** 打印 of a report, done by the shell in a hidden window. */
const printReport = (req: PrintRequest) => ipcRenderer.invoke(PRINT_CHANNEL, req) as Promise<Result<PrintAnswer>>

/** 导出, 导出PDF, 立即备份, problems workbook: main asks where (system dialog) and writes there. */
const saveFile = (req: SaveRequest) => ipcRenderer.invoke(SAVE_CHANNEL, req) as Promise<Result<SaveAnswer>>

/** 导入 / 从备份恢复 through the system open dialog: the chosen file's upload id, or null. */
const openFile = (kind: OpenKind) => ipcRenderer.invoke(OPEN_CHANNEL, kind) as Promise<Result<UploadedFile | null>>

contextBridge.exposeInMainWorld('bizledger', { ...api, upload, printReport, saveFile, openFile })
