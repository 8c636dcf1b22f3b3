/**
 * 首页: the numbers leaders look at before any table. Key figures and charts for the chosen
 * campaign or period, every number from one `dashboard:get` in main; a click on a bar opens
 * the grid of the records behind it, already filtered.
 */
import { App, Spin } from 'antd'
import { Suspense, useDeferredValue, useEffect, useMemo, useState } from 'react'
import type { Dashboard } from '../../../../shared/domain/dashboard'
import { api } from '../../api'
import { Page } from '../../components/Page'
import { LoadError } from '../../components/LoadError'
import { saveBase64 } from '../../lib/download'
import { errorMessage } from '../../lib/errors'
import { DashboardFilters, type Option } from './DashboardFilters'
import { KeyFigures } from './KeyFigures'
import type { Names } from './links'
import { useDashboard, useOptions } from './useDashboard'
import { usePrefs } from './usePrefs'
import { lazyPage } from '../../lib/lazyPage'
import './dashboard.css'

const Charts = lazyPage(() => import('./DashboardCharts').then((m) => m.Charts))

const nameOf = (list: Option[]) => (id: number) => list.find((o) => o.value === id)?.label ?? `#${id}`

export function DashboardPage() {
  // The charts' code (recharts) comes while the figures are asked for, not after.
  useEffect(() => Charts.preload(), [])
  const { message } = App.useApp()
  const { prefs, first, error: prefsError, update } = usePrefs()
  const options = useOptions()
  const { data, error } = useDashboard(prefs?.filter, first)
  const [exporting, setExporting] = useState(false)
  const names = useMemo<Names | null>(
    () =>
      options.data
        ? {
            campaign: nameOf(options.data.campaigns),
            building: nameOf(options.data.buildings),
            industry: nameOf(options.data.industries),
          }
        : null,
    [options.data],
  )

  const failure = prefsError ?? options.error ?? error
  if (failure) return <LoadError message={failure} onRetry={() => window.location.reload()} />
  if (!prefs || !options.data || !names) return <Spin className="page-spin" />

  const exportFigures = async () => {
    setExporting(true)
    try {
      saveBase64(await api.dashboard.exportFigures(prefs.filter))
    } catch (e) {
      void message.error(`导出失败:${errorMessage(e)}`)
    } finally {
      setExporting(false)
    }
  }

  return (
    <Page title="首页" subtitle={data ? periodText(data, names) : '营商数据概览'} scroll>
      <DashboardFilters
        prefs={prefs}
        options={options.data}
        onChange={update}
        onExport={exportFigures}
        exporting={exporting}
      />
      {!data ? (
        <Spin className="page-spin" />
      ) : (
        <Figures data={data} target={data.target ?? prefs.target} names={names} />
      )}
    </Page>
  )
}

function periodText(d: Dashboard, names: Names): string {
  const when = d.filter.campaignId
    ? `${names.campaign(d.filter.campaignId)}(${d.period.from} 至 ${d.period.to})`
    : d.period.from || d.period.to
      ? `${d.period.from ?? '不限'} 至 ${d.period.to ?? '不限'}`
      : '全部时间'
  return `统计范围:${when}`
}

export interface ChartsProps {
  data: Dashboard
  target: number
  names: Names
}

/**
 * The key figures at once, the charts just after: drawing ten charts takes a moment, and the
 * figures are what a meeting reads first. useDeferredValue draws the charts in a second pass
 * that yields to the browser, so the figures are on screen while the charts are laid out.
 */
function Figures(props: ChartsProps) {
  const charts = useDeferredValue<ChartsProps | null>(props, null)
  return (
    <>
      <KeyFigures figures={props.data.figures} />
      <Suspense fallback={<Spin className="page-spin" />}>
        {charts ? <Charts {...charts} /> : <Spin className="page-spin" />}
      </Suspense>
    </>
  )
}
