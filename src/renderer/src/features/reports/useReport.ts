import { useEffect, useState } from 'react'
import { localToday } from '../../../../shared/domain'
import { DEFAULT_SUBDISTRICT } from '../../../../shared/ipc/channels/reports'
import type { ReportRequest } from '../../../../shared/reports/params'
import { api } from '../../api'
import { errorMessage } from '../../lib/errors'
import { loadReport } from './data'
import { cnDate } from './data/format'
import type { Report } from './layout/blocks'

export interface LoadedReport {
  report: Report
  subdistrict: string
  date: string
}

/** A report's blocks, the 街道名称 and today's date: everything a sheet needs. Null request: nothing. */
export function useReport(request: ReportRequest | null): { data: LoadedReport | null; error: string | null } {
  const key = request ? JSON.stringify(request) : ''
  // Answers are kept with the request they answer: a newer request shows nothing until its own arrives.
  const [state, setState] = useState<{ key: string; data: LoadedReport | null; error: string | null } | null>(null)
  useEffect(() => {
    if (!key) return
    let live = true
    Promise.all([
      loadReport(JSON.parse(key) as ReportRequest),
      api.report.settings().catch(() => ({ subdistrict: DEFAULT_SUBDISTRICT })),
    ]).then(
      ([report, settings]) =>
        live &&
        setState({ key, data: { report, subdistrict: settings.subdistrict, date: cnDate(localToday()) }, error: null }),
      (e: unknown) => live && setState({ key, data: null, error: errorMessage(e) }),
    )
    return () => {
      live = false
    }
  }, [key])
  return state && state.key === key ? state : { data: null, error: null }
}
