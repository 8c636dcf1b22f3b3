/**
 * The printed reports (issue #8) and their parameters, as they travel in the print route
 * `#/print/<kind>?<params>`: the in-app preview, Electron's hidden print window and the e2e
 * tests all name a report the same way, so they all render the same pages.
 */
import { z } from 'zod'
import { namesOf } from '../domain/common'

export const REPORT_TITLES = {
  brief: '营商服务工作简报',
  building: '楼宇情况表',
  enterprise: '一企一档',
  requests: '诉求办理情况表',
}
export type ReportKind = keyof typeof REPORT_TITLES
export const REPORT_KINDS = namesOf(REPORT_TITLES)

const id = z.coerce.number().int().positive()
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD')

export const reportParamSchemas = {
  /** A campaign, or a month (YYYY-MM); `note` is the text the user edited before printing. */
  brief: z
    .strictObject({
      campaignId: id.optional(),
      month: z
        .string()
        .regex(/^\d{4}-\d{2}$/, '月份应为 YYYY-MM')
        .optional(),
      note: z.string().max(2000).optional(),
    })
    .refine((p) => (p.campaignId === undefined) !== (p.month === undefined), { message: '请选择走访活动或月份' }),
  /** One building, or every building when absent. */
  building: z.strictObject({ buildingId: id.optional() }),
  enterprise: z.strictObject({ enterpriseId: id }),
  /** Requests received in the period (both ends included); either end may be open. */
  requests: z.strictObject({ from: day.optional(), to: day.optional() }),
} satisfies Record<ReportKind, z.ZodType>

export type ReportParams<K extends ReportKind = ReportKind> = z.output<(typeof reportParamSchemas)[K]>

export interface ReportRequest<K extends ReportKind = ReportKind> {
  kind: K
  params: ReportParams<K>
}

/** The route of a report's print page, without the leading '#'. */
export function reportRoute<K extends ReportKind>(kind: K, params: ReportParams<K>): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v))
  return `/print/${kind}?${q.toString()}`
}

const ROUTE = /^#?\/print\/([a-z]+)(?:\?(.*))?$/

/** True for `#/print/...` (and `/print/...`): the page that renders only a report. */
export function isPrintRoute(hash: string): boolean {
  return /^#?\/print\//.test(hash)
}

/** Reads a print route back; a route that names no known report or bad parameters throws, in Chinese. */
export function parseReportRoute(route: string): ReportRequest {
  const m = ROUTE.exec(route)
  const kind = m?.[1] as ReportKind | undefined
  if (!m || !kind || !(REPORT_KINDS as readonly string[]).includes(kind)) throw new Error('未知的报表')
  const raw = Object.fromEntries(new URLSearchParams(m[2] ?? ''))
  const parsed = reportParamSchemas[kind].safeParse(raw)
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join(';'))
  return { kind, params: parsed.data } as ReportRequest
}

/** A4 portrait or landscape per report: the wide ledgers of requests and buildings lie on their side. */
export function reportOrientation(r: ReportRequest): 'portrait' | 'landscape' {
  if (r.kind === 'requests') return 'landscape'
  if (r.kind === 'building' && (r.params as ReportParams<'building'>).buildingId === undefined) return 'landscape'
  return 'portrait'
}

/**
 * What Electron's printToPDF and Playwright's page.pdf are both given, so the app's PDF and
 * the tests' PDF are the same document: the page's own @page rule sets the paper (A4, either
 * way up; Chromium keeps page sizes in 1/300 inch, so A4 comes out as 594.96 x 841.92 pt,
 * which poppler still names A4), with no margins: each sheet carries its own, and its header
 * and 第 N 页 共 M 页 footer are drawn by the page, which knows the page count. So Chromium's
 * own header/footer stays off.
 */
export const PDF_OPTIONS = {
  printBackground: true,
  preferCSSPageSize: true,
  displayHeaderFooter: false,
} as const

/** The page sets this attribute on <html> once its sheets are laid out, fonts loaded and charts drawn. */
export const REPORT_READY_ATTR = 'data-report-ready'
