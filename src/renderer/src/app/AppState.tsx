import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { Stats } from '../../../shared/domain'
import type { AppInfo } from '../../../shared/ipc/contract'
import { api, ApiError, onDataChanged } from '../api'
import { errorMessage } from '../lib/errors'

export interface AppState {
  info: AppInfo | undefined
  /** Current counts: refreshed after every write, wherever it was made. */
  stats: Stats | undefined
  /** Set when the backend cannot be reached at all. */
  error: string | null
  /** The failure's code (CORRUPT, READONLY …): the error screen offers 恢复最近的备份 for some. */
  errorCode: string | null
  /** Bumped when the whole ledger changes under the pages (first-run setup): they remount. */
  epoch: number
  retry: () => void
  /** Asks for fresh counts now (another program, the CLI, may have written meanwhile). */
  refreshStats: () => void
  setupDone: (stats: Stats) => void
}

const Ctx = createContext<AppState | null>(null)

export function useAppState(): AppState {
  const s = useContext(Ctx)
  if (!s) throw new Error('useAppState outside AppStateProvider')
  return s
}

/** Writes often come in bursts (a cascade, a quick run of edits); one count query covers them. */
const STATS_DEBOUNCE_MS = 120

export function AppStateProvider({ children }: { children: ReactNode }) {
  const [info, setInfo] = useState<AppInfo>()
  const [stats, setStats] = useState<Stats>()
  const [error, setError] = useState<string | null>(null)
  const [errorCode, setErrorCode] = useState<string | null>(null)
  const [epoch, setEpoch] = useState(0)
  const [attempt, setAttempt] = useState(0)

  const refreshStats = useCallback(() => {
    api.app.stats().then(setStats, () => {
      // Keep showing the last counts; a dead backend is reported by the page that needs it.
    })
  }, [])

  useEffect(() => {
    let live = true
    api.app.info().then(
      (i) => {
        if (!live) return
        setInfo(i)
        setStats(i.stats)
        setError(null)
        setErrorCode(null)
      },
      (e: unknown) => {
        if (!live) return
        setError(errorMessage(e))
        setErrorCode(e instanceof ApiError ? e.code : null)
      },
    )
    return () => {
      live = false
    }
  }, [attempt])

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const off = onDataChanged(() => {
      clearTimeout(timer)
      timer = setTimeout(refreshStats, STATS_DEBOUNCE_MS)
    })
    return () => {
      clearTimeout(timer)
      off()
    }
  }, [refreshStats])

  const retry = useCallback(() => setAttempt((a) => a + 1), [])
  const setupDone = useCallback((s: Stats) => {
    setInfo((i) => i && { ...i, needsSetup: false, stats: s })
    setStats(s)
    setEpoch((e) => e + 1)
  }, [])

  const value = useMemo(
    () => ({ info, stats, error, errorCode, epoch, retry, refreshStats, setupDone }),
    [info, stats, error, errorCode, epoch, retry, refreshStats, setupDone],
  )
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>
}
