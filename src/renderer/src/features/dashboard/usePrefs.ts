import { App } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import type { Dashboard, DashboardFilter } from '../../../../shared/domain/dashboard'
import type { DashboardPrefs } from '../../../../shared/ipc/channels/dashboard'
import { api } from '../../api'
import { errorMessage } from '../../lib/errors'

/**
 * The page's filter and target, read from the ledger on mount and written back on every
 * change, so the meeting's view is the one the app opens with next time. The first read
 * brings the dashboard for that filter with it (`first`): one round trip to the figures.
 */
export function usePrefs() {
  const { message } = App.useApp()
  const [prefs, setPrefs] = useState<DashboardPrefs>()
  const [first, setFirst] = useState<{ filter: DashboardFilter; data: Dashboard }>()
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    api.dashboard.open({}).then(
      (o) => {
        if (!live) return
        setFirst({ filter: o.prefs.filter, data: o.data })
        setPrefs(o.prefs)
      },
      (e: unknown) => live && setError(errorMessage(e)),
    )
    return () => {
      live = false
    }
  }, [])

  const update = useCallback(
    (next: DashboardPrefs) => {
      setPrefs(next)
      api.dashboard.savePrefs(next).catch((e: unknown) => void message.error(`保存筛选条件失败:${errorMessage(e)}`))
    },
    [message],
  )
  return { prefs, first, error, update }
}
