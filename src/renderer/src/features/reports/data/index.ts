/** One report's blocks, from its kind and parameters: the one entry the preview and the print page share. */
import type { ReportParams, ReportRequest } from '../../../../../shared/reports/params'
import type { Report } from '../layout/blocks'
import { briefReport } from './brief'
import { buildingReport } from './building'
import { enterpriseReport } from './enterprise'
import { requestsReport } from './requests-report'

export function loadReport(r: ReportRequest): Promise<Report> {
  switch (r.kind) {
    case 'brief':
      return briefReport(r.params as ReportParams<'brief'>)
    case 'building':
      return buildingReport(r.params as ReportParams<'building'>)
    case 'enterprise':
      return enterpriseReport(r.params as ReportParams<'enterprise'>)
    case 'requests':
      return requestsReport(r.params as ReportParams<'requests'>)
  }
}
