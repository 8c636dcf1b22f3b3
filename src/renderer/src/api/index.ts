import { ApiError, buildRawApi, unwrapApi, type Api, type RawApi } from '../../../shared/ipc/api'
import type { Result } from '../../../shared/ipc/contract'
import { UPLOAD_ROUTE, type UploadedFile } from '../../../shared/ipc/files'
import type { PrintAnswer, PrintRequest } from '../../../shared/ipc/print'
import type { OpenKind, SaveAnswer, SaveRequest } from '../../../shared/ipc/shell'
import { TOKEN_HEADER } from '../../../shared/ipc/bridge'
import { bridgeApi, bridgeToken } from './bridge'
import { withChangeNotices } from './changes'
import { isShared, sharedSend, sharedUploadHeaders, uploadRefused } from './session'

export { ApiError }
export { onDataChanged } from './changes'

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a plain browser. */
    bizledger?: RawApi & {
      upload(name: string, bytes: Uint8Array): Promise<Result<UploadedFile>>
      /** Electron only: a report printed from a hidden window (src/main/print-window.ts). */
      printReport?(req: PrintRequest): Promise<Result<PrintAnswer>>
      /** Electron only: main saves where the user picks in the system dialog (lib/shell.ts). */
      saveFile?(req: SaveRequest): Promise<Result<SaveAnswer>>
      /** Electron only: a file picked in the system open dialog, taken in as an upload. */
      openFile?(kind: OpenKind): Promise<Result<UploadedFile | null>>
    }
  }
}

const NO_TOKEN = '缺少访问令牌:请使用 npm run start:web 打印的完整地址打开本页面。'

function rawApi(): RawApi {
  if (window.bizledger) return window.bizledger
  const token = bridgeToken()
  if (token) return bridgeApi(token)
  // No token: either a shared listener's page (the SessionGate asks it and signs in before
  // anything calls), or the loopback address opened without its token. In the latter every
  // call fails with a readable message instead of the module throwing at import time, which
  // would leave a blank window with nothing to tell the user.
  return buildRawApi(async (ch, input) =>
    isShared() ? sharedSend(ch, input) : { ok: false, error: { code: 'NO_TOKEN', message: NO_TOKEN } },
  )
}

/** True when the page needs the server's word on whether it is a shared listener's. */
export function needsModeCheck(): boolean {
  return !window.bizledger && !bridgeToken()
}

/** The typed client: `await api.enterprise.list()`; failures throw ApiError. */
export const api: Api = unwrapApi(withChangeNotices(rawApi()))

/** Sends a chosen or dropped file to main; channels that read a file take the id it returns. */
export async function uploadFile(file: File): Promise<UploadedFile> {
  let result: Result<UploadedFile>
  if (window.bizledger) {
    result = await window.bizledger.upload(file.name, new Uint8Array(await file.arrayBuffer()))
  } else {
    try {
      const who = isShared() ? sharedUploadHeaders() : { [TOKEN_HEADER]: bridgeToken() ?? '' }
      const res = await fetch(`${UPLOAD_ROUTE}?name=${encodeURIComponent(file.name)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/octet-stream', ...who },
        body: file,
      })
      if (isShared()) uploadRefused(res.status)
      result = (await res.json()) as Result<UploadedFile>
    } catch (e) {
      result = { ok: false, error: { code: 'BRIDGE_DOWN', message: `无法连接本地服务: ${(e as Error).message}` } }
    }
  }
  if (!result.ok) throw new ApiError(result.error)
  return result.value
}
