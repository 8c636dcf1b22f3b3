/**
 * Before the app: in Electron or over the loopback bridge (token in the address), nothing to do.
 * A page without either asks its server whether it is a shared listener (GET /api/mode); if so,
 * nothing renders until a user has signed in, and a session that ends (401 on any call) or a
 * 退出登录 brings the login back. The app below remounts on each sign-in.
 */
import { Spin } from 'antd'
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { SessionUser } from '../../../shared/ipc/bridge'
import { needsModeCheck } from '../api'
import { detectShared, logout, onSessionLost, SESSION_EXPIRED, sessionToken, whoAmI } from '../api/session'
import { AccessContext, accessOf } from './Access'
import { LoginScreen } from './LoginScreen'

type Gate =
  | { kind: 'checking' }
  | { kind: 'local' }
  | { kind: 'login'; notice: string | null }
  | { kind: 'in'; user: SessionUser }

export function SessionGate({ children }: { children: ReactNode }) {
  const [gate, setGate] = useState<Gate>(() => (needsModeCheck() ? { kind: 'checking' } : { kind: 'local' }))

  /** Reads the signed-in user; a session that is gone shows the login with `lostNotice`. */
  const enter = useCallback(async (lostNotice: string | null) => {
    const me = await whoAmI()
    if (me.ok) setGate({ kind: 'in', user: me.value })
    else setGate({ kind: 'login', notice: me.error.code === 'UNAUTHORIZED' ? lostNotice : me.error.message })
  }, [])

  useEffect(() => {
    if (gate.kind !== 'checking') return
    let live = true
    void detectShared().then((shared) => {
      if (!live) return
      if (!shared) setGate({ kind: 'local' })
      else if (sessionToken()) void enter(SESSION_EXPIRED)
      else setGate({ kind: 'login', notice: null })
    })
    return () => {
      live = false
    }
  }, [gate.kind, enter])

  useEffect(() => onSessionLost(() => setGate({ kind: 'login', notice: SESSION_EXPIRED })), [])

  const signOut = useCallback(() => {
    void logout().then(() => setGate({ kind: 'login', notice: null }))
  }, [])
  const user = gate.kind === 'in' ? gate.user : null
  const access = useMemo(() => accessOf(user, signOut), [user, signOut])

  if (gate.kind === 'checking')
    return (
      <div className="login-screen">
        <Spin />
      </div>
    )
  if (gate.kind === 'login') return <LoginScreen notice={gate.notice} onSignedIn={() => void enter(null)} />
  return <AccessContext.Provider value={access}>{children}</AccessContext.Provider>
}
