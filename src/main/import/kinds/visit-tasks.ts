/**
 * A 走访任务表 back (fieldbooks/tasks.ts): one row per firm, found by its credit code (else its
 * name). A row whose cells to fill are all blank was not visited and is passed over without a
 * word; a filled row becomes a visit in the campaign, with a request per 诉求 written on it.
 * The same workbook imported again finds its visits and requests as they are: nothing changes.
 */
import { TASK_REQUEST_SLOTS } from '../../../shared/domain/field-workbooks'
import { reportProblem, RowError, upsert, type KindContext, type Outcome, type RowInput } from './common'
import { FieldBookRows } from './field-book'
import type { Firm } from '../links'
import { requireFirm } from './firms'

/** The cells a visitor fills in: any of them written makes the row a visit. */
const FILLED = [
  'visitedOn',
  'visitorIds',
  'form',
  'summary',
  ...Array.from({ length: TASK_REQUEST_SLOTS }, (_, i) => [
    `request${i + 1}.categoryId`,
    `request${i + 1}.content`,
  ]).flat(),
]

interface CampaignDates {
  id: number
  name: string
  startOn: string
  endOn: string
}

export class VisitTaskHandler extends FieldBookRows {
  private readonly statements

  constructor(ctx: KindContext) {
    super(ctx, 'visit-tasks', FILLED)
    const db = ctx.backend.db
    this.statements = {
      status: db.prepare('SELECT status FROM enterprise WHERE id = ?').pluck(),
      campaign: db.prepare('SELECT id, name, start_on AS startOn, end_on AS endOn FROM campaign WHERE id = ?'),
      visit: db.prepare('SELECT id FROM visit WHERE enterprise_id = ? AND visited_on = ? ORDER BY id LIMIT 1').pluck(),
      request: db.prepare('SELECT id FROM request WHERE visit_id = ? AND content = ? ORDER BY id LIMIT 1').pluck(),
    }
  }

  protected write(r: RowInput): Outcome {
    const ctx = this.ctx
    const firm = this.firm(r)
    const status = this.statements.status.get(firm.id) as string
    if (status !== '在营') {
      throw new RowError(
        `企业“${firm.name}”已${status},不再走访;如仍在经营,请先在企业名录中改回“在营”`,
        'enterpriseName',
      )
    }
    const campaign = this.campaign(r)
    const visitedOn = r.values.get('visitedOn') as string | undefined
    if (!visitedOn) throw new RowError('请填写走访日期', 'visitedOn')
    if (visitedOn < campaign.startOn || visitedOn > campaign.endOn) {
      throw new RowError(
        `走访日期 ${visitedOn} 不在“${campaign.name}”的日期内(${campaign.startOn} 至 ${campaign.endOn})`,
        'visitedOn',
      )
    }
    const input: Record<string, unknown> = { enterpriseId: firm.id, campaignId: campaign.id, visitedOn }
    for (const k of ['form', 'summary'] as const) if (r.values.has(k)) input[k] = r.values.get(k)
    const visitors = this.visitorIds(r)
    if (visitors.length) input.visitorIds = visitors
    const existing = (this.statements.visit.get(firm.id, visitedOn) as number | undefined) ?? null
    const visit = upsert(ctx, 'visit', existing, input, () => `${firm.name} ${visitedOn}`)
    if (visit.outcome === 'skipped') return 'skipped'
    const visitId = visit.record.id as number
    for (let i = 1; i <= TASK_REQUEST_SLOTS; i++) this.request(r, i, firm.id, visitId, visitedOn)
    return visit.outcome
  }

  /** The firm of the row's credit code (the sheet was written with one); by name only without. */
  private firm(r: RowInput): Firm {
    const code = r.values.get('creditCode') as string | undefined
    if (!code) return requireFirm(this.ctx, r)
    const firm = this.ctx.links.firmByCode(code)
    if (!firm) {
      const name = r.values.get('enterpriseName') as string | undefined
      throw new RowError(
        `统一社会信用代码 ${code} 不在企业名录中${name ? `(表中企业名称“${name}”)` : ''}`,
        'creditCode',
      )
    }
    return firm
  }

  /** The marker's campaign, else the one the row's 走访活动 names. */
  private campaign(r: RowInput): CampaignDates {
    const named = r.values.get('campaignId') as string | undefined
    const id = this.ctx.marker?.campaignId ?? (named ? this.ctx.links.find('campaign', named) : null)
    const c = id === null ? undefined : (this.statements.campaign.get(id) as CampaignDates | undefined)
    if (!c) {
      throw new RowError(named ? `走访活动“${named}”不存在` : '请填写走访活动', 'campaignId')
    }
    return c
  }

  private request(r: RowInput, slot: number, enterpriseId: number, visitId: number, visitedOn: string): void {
    const ctx = this.ctx
    const content = r.values.get(`request${slot}.content`) as string | undefined
    const category = r.values.get(`request${slot}.categoryId`) as string | undefined
    if (!content) {
      if (category) {
        const col = r.columns.get(`request${slot}.categoryId`) ?? null
        ctx.report.warning(r.at, col, category, `只填了诉求${slot}类别,没有内容,未记为诉求`)
      }
      return
    }
    const input: Record<string, unknown> = { enterpriseId, visitId, receivedOn: visitedOn, content }
    if (category) {
      const id = ctx.links.ref('requestCategory', category)
      if (id !== null) input.categoryId = id
    }
    const existing = (this.statements.request.get(visitId, content) as number | undefined) ?? null
    try {
      const result = upsert(ctx, 'request', existing, input, () => content.slice(0, 20))
      if (result.outcome === 'inserted') ctx.report.requestsInserted++
    } catch (e) {
      // The request's problem is the row's: said on its cell, and the visit goes with it.
      reportProblem(ctx, r, e, `request${slot}.`)
      throw new RowError(`诉求${slot}未能导入,本行的走访一并未导入`, `request${slot}.content`)
    }
  }

  private visitorIds(r: RowInput): number[] {
    const ids: number[] = []
    for (const name of (r.values.get('visitorIds') as string[] | undefined) ?? []) {
      const id = this.ctx.links.ref('staff', name)
      if (id !== null && !ids.includes(id)) ids.push(id)
    }
    return ids
  }
}
