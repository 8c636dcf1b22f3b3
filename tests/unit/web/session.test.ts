/**
 * The browser client of a shared ledger (api/session.ts): whether the page is a shared
 * listener's, the session kept for the tab and sent with every call, and a 401 ending it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SESSION_HEADER } from '../../../src/shared/ipc/bridge'
import {
  detectShared,
  isShared,
  login,
  logout,
  onSessionLost,
  sessionToken,
  sharedSend,
  whoAmI,
} from '../../../src/renderer/src/api/session'
import { accessOf } from '../../../src/renderer/src/app/Access'

const answer = (status: number, body: unknown) =>
  Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }))

describe('shared session', () => {
  const fetchMock = vi.fn<typeof fetch>()
  beforeEach(() => {
    sessionStorage.clear()
    fetchMock.mockReset()
    vi.stubGlobal('fetch', fetchMock)
  })
  afterEach(() => vi.unstubAllGlobals())

  it('is shared only when the server says so', async () => {
    fetchMock.mockReturnValueOnce(answer(405, { error: 'POST only' }))
    expect(await detectShared()).toBe(false)
    fetchMock.mockReturnValueOnce(answer(200, { ok: true, value: { mode: 'shared' } }))
    expect(await detectShared()).toBe(true)
    expect(isShared()).toBe(true)
    expect(fetchMock.mock.calls[1][0]).toBe('/api/mode')
  })

  it('keeps the session from a login and sends it with every call', async () => {
    fetchMock.mockReturnValueOnce(answer(200, { ok: true, value: { session: 'abc' } }))
    expect(await login('张三', 'secret-pass')).toEqual({ ok: true, value: null })
    expect(sessionToken()).toBe('abc')
    expect(JSON.parse(fetchMock.mock.calls[0][1]!.body as string)).toEqual({ name: '张三', password: 'secret-pass' })

    fetchMock.mockReturnValueOnce(answer(200, { ok: true, value: { enterprises: 1 } }))
    await sharedSend('app:stats', undefined)
    const [url, init] = fetchMock.mock.calls[1]
    expect(url).toBe('/api/app%3Astats')
    expect((init!.headers as Record<string, string>)[SESSION_HEADER]).toBe('abc')
  })

  it('a refused login says why and keeps no session; a 401 on a call ends the session', async () => {
    fetchMock.mockReturnValueOnce(
      answer(401, { ok: false, error: { code: 'UNAUTHORIZED', message: '用户名或密码错误。' } }),
    )
    const lost = vi.fn()
    const off = onSessionLost(lost)
    expect(await login('张三', 'wrong')).toMatchObject({ ok: false, error: { message: '用户名或密码错误。' } })
    expect(sessionToken()).toBeNull()
    expect(lost).not.toHaveBeenCalled()

    sessionStorage.setItem('bizledger.session', 'old')
    fetchMock.mockReturnValueOnce(answer(401, { ok: false, error: { code: 'UNAUTHORIZED', message: '未登录' } }))
    await sharedSend('app:stats', undefined)
    expect(lost).toHaveBeenCalledOnce()
    expect(sessionToken()).toBeNull()
    off()
  })

  it('reads the user, and logs out on the host and here', async () => {
    expect(await whoAmI()).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } })
    sessionStorage.setItem('bizledger.session', 's1')
    fetchMock.mockReturnValueOnce(answer(200, { ok: true, value: { name: '李四', role: 'viewer', roleLabel: '只读' } }))
    const me = await whoAmI()
    expect(me).toMatchObject({ ok: true, value: { role: 'viewer' } })
    fetchMock.mockReturnValueOnce(answer(200, { ok: true, value: null }))
    await logout()
    expect(fetchMock.mock.calls.at(-1)![0]).toBe('/api/session:logout')
    expect(sessionToken()).toBeNull()
  })

  it('lets 录入 and 管理员 write, not 只读; everyone outside shared mode', () => {
    const noop = () => undefined
    expect(accessOf(null, noop).canWrite).toBe(true)
    expect(accessOf({ name: '李四', role: 'viewer', roleLabel: '只读' }, noop).canWrite).toBe(false)
    expect(accessOf({ name: '张三', role: 'editor', roleLabel: '录入' }, noop)).toMatchObject({
      canWrite: true,
      isAdmin: false,
    })
  })
})
