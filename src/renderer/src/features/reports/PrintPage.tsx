/**
 * #/print/<report>?<params>: the report alone, no sidebar. Electron's hidden print window
 * loads it for 导出PDF and 打印, the browser opens it to print, and the e2e tests make their
 * PDFs from it; `autoprint=1` (browser only) opens the print dialog once the sheets are ready.
 */
import { Result } from 'antd'
import { useCallback, useMemo } from 'react'
import { parseReportRoute, type ReportRequest } from '../../../../shared/reports/params'
import { PagedReport } from './layout/PagedReport'
import { useReport } from './useReport'

function readRoute(): { request: ReportRequest | null; error: string | null; autoprint: boolean } {
  const route = window.location.hash.replace(/^#/, '')
  const autoprint = /[?&]autoprint=1(?:&|$)/.test(route)
  try {
    return { request: parseReportRoute(route.replace(/[?&]autoprint=1(?=&|$)/, '')), error: null, autoprint }
  } catch (e) {
    return { request: null, error: (e as Error).message, autoprint }
  }
}

export function PrintPage() {
  const route = useMemo(() => readRoute(), [])
  const { data, error } = useReport(route.request)
  const onPages = useCallback(() => {
    if (route.autoprint) setTimeout(() => window.print(), 300)
  }, [route.autoprint])
  const problem = route.error ?? error
  if (problem) return <Result status="error" title="无法生成报表" subTitle={problem} />
  if (!data) return null
  return (
    <div className="r-print-page">
      <PagedReport report={data.report} subdistrict={data.subdistrict} date={data.date} onPages={onPages} />
    </div>
  )
}
