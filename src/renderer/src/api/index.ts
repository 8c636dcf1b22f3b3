import { buildRawApi, unwrapApi, type Api, type RawApi } from '../../../shared/ipc/api'
import { bridgeApi, bridgeToken } from './bridge'
import { withChangeNotices } from './changes'

export { ApiError } from '../../../shared/ipc/api'
export { onDataChanged } from './changes'

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a plain browser. */
    bizledger?: RawApi
  }
}

const NO_TOKEN = '缺少访问令牌:请使用 npm run start:web 打印的完整地址打开本页面。'

function rawApi(): RawApi {
  if (window.bizledger) return window.bizledger
  const token = bridgeToken()
  // Without a token every call fails with a readable message instead of the module throwing
  // at import time, which would leave a blank window with nothing to tell the user.
  if (!token) return buildRawApi(async () => ({ ok: false, error: { code: 'NO_TOKEN', message: NO_TOKEN } }))
  return bridgeApi(token)
}

/** The typed client: `await api.enterprise.list()`; failures throw ApiError. */
export const api: Api = unwrapApi(withChangeNotices(rawApi()))
