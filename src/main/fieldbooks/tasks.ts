/**
 * 走访任务表: for a campaign, one workbook per 楼掌柜, per 服务专员 or per building, listing its
 * firms in the campaign's scope not yet visited in it. The firm's identity is locked; the visit
 * and up to three requests are filled in, and the workbook comes back through the import
 * (kind visit-tasks), which reads it by the same dictionary (IMPORT_FIELDS['visit-tasks']).
 */
import {
  TASK_GROUPINGS,
  TASK_REQUEST_SLOTS,
  type FieldBookResult,
  type TaskGrouping,
} from '../../shared/domain/field-workbooks'
import type { CampaignScope } from '../../shared/domain/campaign'
import { VISIT_FORMS } from '../../shared/domain/visit'
import { AppError } from '../errors'
import { layoutColumns, type LayoutColumnDef } from '../export/columns'
import { scopeSql } from '../ledgers/campaign-scope'
import { bookFileName, dropDown, writeFieldBook, type BookDeps } from './book'

export interface TaskBooksInput {
  campaignId: number
  by: TaskGrouping
  dir: string
  /** Only these people, buildings (by name); all when omitted. */
  only?: readonly string[]
}

interface TaskFirm {
  id: number
  name: string
  creditCode: string | null
  place: string | null
  contact: string | null
  phone: string | null
  lastVisit: string | null
  openRequests: string | null
  group: string | null
}

const IDENTITY: LayoutColumnDef[] = [
  { field: 'seq', header: '序号', kind: 'number', width: 5 },
  { key: 'enterpriseName', width: 24 },
  { key: 'creditCode', width: 20 },
  { key: 'info.place', field: 'place', width: 13 },
  { key: 'info.contact', field: 'contact', width: 8 },
  { key: 'info.phone', field: 'phone', width: 13 },
  { key: 'info.lastVisit', field: 'lastVisit', width: 11 },
  { key: 'info.openRequests', field: 'openRequests', width: 24 },
  { key: 'campaignId', width: 10 },
]
const TO_FILL: LayoutColumnDef[] = [
  { key: 'visitedOn', width: 11 },
  { key: 'visitorIds', width: 10 },
  { key: 'form', width: 10 },
  { key: 'summary', width: 26 },
  ...Array.from({ length: TASK_REQUEST_SLOTS }, (_, i) => [
    { key: `request${i + 1}.categoryId`, width: 9 },
    { key: `request${i + 1}.content`, width: 24 },
  ]).flat(),
]

/** Who or what each grouping sorts a firm under: a name, or null when it has none. */
const GROUP_OF: Record<TaskGrouping, string> = {
  manager: 'm.name',
  specialist: 's.name',
  building: 'bl.name',
}

interface CampaignRow {
  id: number
  name: string
  startOn: string
  endOn: string
  scope: string | null
}

function campaignOf(deps: BookDeps, id: number): CampaignRow {
  const c = deps.db
    .prepare('SELECT id, name, start_on AS startOn, end_on AS endOn, scope FROM campaign WHERE id = ?')
    .get(id) as CampaignRow | undefined
  if (!c) throw new AppError('NOT_FOUND', `走访活动(编号 ${id})不存在,可能已被删除`)
  return c
}

/** The campaign's firms in scope not yet visited in it, with whom each goes to. */
export function pendingFirms(deps: BookDeps, campaignId: number, by: TaskGrouping): TaskFirm[] {
  const c = campaignOf(deps, campaignId)
  const scope = scopeSql((c.scope ? JSON.parse(c.scope) : { kind: 'all' }) as CampaignScope)
  return deps.db
    .prepare(
      `SELECT e.id, e.name, e.credit_code AS creditCode,
         nullif(trim(coalesce(bl.name, '') || ' ' || coalesce(e.room, '')), '') AS place,
         e.contact, e.phone,
         (SELECT max(v.visited_on) FROM visit v WHERE v.enterprise_id = e.id) AS lastVisit,
         (SELECT group_concat(coalesce(c.name || ':', '') || substr(r.content, 1, 40), ';')
            FROM request r LEFT JOIN dictionary c ON c.id = r.category_id
            WHERE r.enterprise_id = e.id AND r.status NOT IN ('已办结', '无法解决')) AS openRequests,
         ${GROUP_OF[by]} AS "group"
       FROM enterprise e
       LEFT JOIN building bl ON bl.id = e.building_id
       LEFT JOIN staff m ON m.id = bl.manager_id
       LEFT JOIN staff s ON s.id = e.specialist_id
       WHERE ${scope.sql}
         AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.campaign_id = ? AND v.enterprise_id = e.id)
       ORDER BY bl.name_pinyin, e.room, e.name_pinyin`,
    )
    .all(...scope.params, campaignId) as TaskFirm[]
}

/** Writes the task workbooks into `dir`; one per person (or building) with firms left to visit. */
export async function writeTaskBooks(deps: BookDeps, input: TaskBooksInput): Promise<FieldBookResult> {
  const campaign = campaignOf(deps, input.campaignId)
  const grouping = TASK_GROUPINGS[input.by]
  const groups = new Map<string, TaskFirm[]>()
  for (const f of pendingFirms(deps, input.campaignId, input.by)) {
    const name = f.group ?? `未定${grouping}`
    groups.set(name, [...(groups.get(name) ?? []), f])
  }
  // By name, the firms nobody has yet last: they go to whoever the office picks.
  const last = (name: string) => (name === `未定${grouping}` ? 1 : 0)
  const names = [...groups.keys()].sort((x, y) => last(x) - last(y) || x.localeCompare(y, 'zh-CN'))
  const wanted = input.only ? names.filter((n) => input.only!.includes(n)) : names
  if (input.only) {
    const missing = input.only.filter((n) => !groups.has(n))
    if (missing.length) {
      throw new AppError('VALIDATION', `${missing.map((n) => `“${n}”`).join('、')}在本次走访中没有待走访的企业`)
    }
  }
  const columns = [
    ...layoutColumns('visit-tasks', IDENTITY),
    ...layoutColumns('visit-tasks', TO_FILL).map((c) => ({ ...c, unlocked: true })),
  ]
  const col = (key: string) => 1 + IDENTITY.length + TO_FILL.findIndex((c) => c.key === key)
  const categories = deps.db
    .prepare("SELECT name FROM dictionary WHERE kind = 'requestCategory' ORDER BY sort_order, id")
    .pluck()
    .all() as string[]
  const dateCheck = {
    type: 'date' as const,
    operator: 'between' as const,
    allowBlank: true,
    formulae: [new Date(`${campaign.startOn}T00:00:00Z`), new Date(`${campaign.endOn}T00:00:00Z`)],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: '走访日期',
    error: `走访日期应在 ${campaign.startOn} 至 ${campaign.endOn} 之间(本次${campaign.name})`,
  }
  const files: FieldBookResult['files'] = []
  for (const name of wanted) {
    const firms = groups.get(name)!
    const written = await writeFieldBook(deps, {
      kind: 'visit-tasks',
      dir: input.dir,
      fileName: bookFileName([campaign.name, '走访任务表', name]),
      grouping,
      name,
      campaign: { id: campaign.id, name: campaign.name },
      sheetName: '走访任务表',
      rowHeight: 36,
      title: `${campaign.name}走访任务表(${grouping}:${name})`,
      instructions:
        `填写说明:左侧企业信息已锁定,请在黄色格中填写。走访日期须在 ${campaign.startOn} 至 ${campaign.endOn} 之间;` +
        '走访人可写多人,用“、”分隔;走访形式、诉求类别请从下拉列表选择;企业提出诉求时填写诉求类别与内容,每家最多三条。' +
        '尚未走访的企业整行留空即可。填好后将本文件交回营商办导入。',
      columns,
      records: firms.map((f, i) => ({ ...f, seq: i + 1, enterpriseName: f.name, campaignName: campaign.name })),
      items: firms.map((f) => f.id),
      lists: { 走访形式: VISIT_FORMS, 诉求类别: categories },
      validate(sheet, row, _record, lists) {
        sheet.validate(row, col('visitedOn'), dateCheck)
        sheet.validate(row, col('form'), dropDown(lists['走访形式'], '走访形式'))
        for (let i = 1; i <= TASK_REQUEST_SLOTS; i++) {
          sheet.validate(row, col(`request${i}.categoryId`), dropDown(lists['诉求类别'], '诉求类别'))
        }
      },
    })
    files.push({ ...written, name })
  }
  return { dir: input.dir, files }
}
