/**
 * The renderer's only door to main: one named method per contract channel, nothing generic.
 * Methods resolve to the `{ok, value | error}` envelope and the renderer's client unwraps it,
 * because contextBridge copies only an Error's message and the UI needs the code and the
 * per-field messages to mark the right cell.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { buildRawApi, type RawApi } from '../shared/ipc/api'
import type { Result } from '../shared/ipc/contract'

const api: RawApi = buildRawApi((channel, input) => ipcRenderer.invoke(channel, input) as Promise<Result<unknown>>)

contextBridge.exposeInMainWorld('bizledger', api satisfies RawApi)
