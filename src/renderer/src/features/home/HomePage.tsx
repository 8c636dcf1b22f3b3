import { useEffect } from 'react'
import { useAppState } from '../../app/AppState'
import { DashboardPage } from '../dashboard/DashboardPage'

/** 首页 is the dashboard (features/dashboard); the status bar's counts are refreshed on every visit. */
export function HomePage() {
  const { refreshStats } = useAppState()
  // Fresh counts on every visit: the CLI or an import may have written since the last change here.
  useEffect(refreshStats, [refreshStats])
  return <DashboardPage />
}
