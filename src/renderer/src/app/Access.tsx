/**
 * Who uses the page: in a shared ledger the signed-in user and their role (from session:me),
 * elsewhere (Electron, the loopback bridge) nobody in particular, who may do everything. Pages
 * hide the obvious write buttons when `canWrite` is false; the host's refusal is the real guard.
 */
import { createContext, useContext } from 'react'
import { roleReaches } from '../../../shared/ipc/access'
import type { SessionUser } from '../../../shared/ipc/bridge'

export interface Access {
  /** The signed-in user of a shared ledger; null on this machine's own ledger. */
  user: SessionUser | null
  /** 录入 and 管理员 (and everyone outside shared mode). */
  canWrite: boolean
  /** 管理员 (and everyone outside shared mode). */
  isAdmin: boolean
  /** Ends the session (shared mode only). */
  logout: () => void
}

const LOCAL: Access = { user: null, canWrite: true, isAdmin: true, logout: () => undefined }

export const AccessContext = createContext<Access>(LOCAL)

export function accessOf(user: SessionUser | null, logout: () => void): Access {
  if (!user) return { ...LOCAL, logout }
  return {
    user,
    canWrite: roleReaches(user.role, 'editor'),
    isAdmin: roleReaches(user.role, 'admin'),
    logout,
  }
}

export function useAccess(): Access {
  return useContext(AccessContext)
}

/** Whether the current user may create, change and delete records. */
export function useCanWrite(): boolean {
  return useAccess().canWrite
}
