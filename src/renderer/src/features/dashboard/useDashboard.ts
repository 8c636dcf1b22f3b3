import { useEffect, useState } from 'react'
import type { Dashboard, DashboardFilter } from '../../../../shared/domain/dashboard'
import { api } from '../../api'
import { campaignsAndBuildings } from '../../lib/campaignLists'
import { errorMessage } from '../../lib/errors'
import { useLoad } from '../../lib/useLoad'
import type { FilterOptions } from './DashboardFilters'

async function loadOptions(): Promise<FilterOptions> {
  const { campaigns, buildings, more: dictionary } = await campaignsAndBuildings(api.dictionary.list())
  return {
    campaigns: campaigns.map((c) => ({ value: c.id, label: c.name })),
    buildings: buildings.map((b) => ({ value: b.id, label: b.name })),
    industries: dictionary.filter((d) => d.kind === 'industry').map((d) => ({ value: d.id, label: d.name })),
  }
}

export function useOptions() {
  return useLoad(loadOptions)
}

/**
 * The dashboard for a filter, asked again whenever the filter changes; the last answer wins.
 * `first` is the answer that came with the page's prefs: that filter is not asked again.
 */
export function useDashboard(
  filter: DashboardFilter | undefined,
  first?: { filter: DashboardFilter; data: Dashboard },
) {
  const [asked, setAsked] = useState<Dashboard>()
  const [error, setError] = useState<string | null>(null)
  const key = JSON.stringify(filter ?? null)
  const isFirst = first !== undefined && key === JSON.stringify(first.filter)
  useEffect(() => {
    if (key === 'null' || isFirst) return
    let live = true
    api.dashboard.get(JSON.parse(key) as DashboardFilter).then(
      (d) => {
        if (!live) return
        setAsked(d)
        setError(null)
      },
      (e: unknown) => live && setError(errorMessage(e)),
    )
    return () => {
      live = false
    }
  }, [key, isFirst])
  // Until a new filter's answer comes, the last one stays on screen.
  return { data: isFirst ? first.data : (asked ?? first?.data), error }
}
