/**
 * Pure helpers of the campaign pages: which campaign a date falls in, how the firms still to
 * visit are grouped and filtered, and the campaign's state on a day.
 */
import type { Campaign, PlanFirm } from '../../../../shared/domain'

type Dated = Pick<Campaign, 'id' | 'name' | 'startOn' | 'endOn'>

/** 未开始 / 进行中 / 已结束 on `today`. */
export function campaignState(c: Pick<Campaign, 'startOn' | 'endOn'>, today: string): '未开始' | '进行中' | '已结束' {
  if (today < c.startOn) return '未开始'
  if (today > c.endOn) return '已结束'
  return '进行中'
}

/**
 * The campaign a visit on `date` most likely belongs to: one whose dates contain it, the
 * narrowest when several do (a 主题月 inside a 大走访 is the more specific), then the latest.
 */
export function campaignForDate<C extends Dated>(campaigns: readonly C[], date: string): C | null {
  const containing = campaigns.filter((c) => c.startOn <= date && date <= c.endOn)
  if (!containing.length) return null
  const span = (c: C) => Date.parse(c.endOn) - Date.parse(c.startOn)
  return [...containing].sort((a, b) => span(a) - span(b) || (a.startOn < b.startOn ? 1 : -1))[0]
}

/** Why a visit on `date` cannot belong to the campaign, in the words main uses; null when it can. */
export function dateOutsideCampaign(c: Dated | null | undefined, date: string): string | null {
  if (!c || !date || (c.startOn <= date && date <= c.endOn)) return null
  return `走访日期须在“${c.name}”的时间范围内(${c.startOn} 至 ${c.endOn})`
}

export const NO_BUILDING = '(未登记楼宇)'

export interface BuildingGroup {
  /** Row key of the group: never a number, so it cannot be mistaken for a firm id. */
  key: string
  buildingName: string
  firms: PlanFirm[]
  /** Of `firms`, how many already have a visitor. */
  assigned: number
}

/** Firms still to visit by building, in the plan's order (building, then firm, by pinyin); no building last. */
export function groupByBuilding(firms: readonly PlanFirm[]): BuildingGroup[] {
  const groups = new Map<string, BuildingGroup>()
  for (const f of firms) {
    const name = f.buildingName ?? NO_BUILDING
    let g = groups.get(name)
    if (!g) {
      g = { key: `building:${name}`, buildingName: name, firms: [], assigned: 0 }
      groups.set(name, g)
    }
    g.firms.push(f)
    if (f.assigneeId != null) g.assigned++
  }
  const list = [...groups.values()]
  return [...list.filter((g) => g.buildingName !== NO_BUILDING), ...list.filter((g) => g.buildingName === NO_BUILDING)]
}

export interface PendingFilter {
  /** Part of the firm's name. */
  text?: string
  /** 'all', 'none' (nobody assigned yet) or a staff id. */
  assignee?: 'all' | 'none' | number
  keyOnly?: boolean
}

export function filterPending(firms: readonly PlanFirm[], f: PendingFilter): PlanFirm[] {
  const text = (f.text ?? '').trim()
  return firms.filter(
    (p) =>
      (!text || p.name.includes(text)) &&
      (!f.keyOnly || p.isKey) &&
      (f.assignee === undefined ||
        f.assignee === 'all' ||
        (f.assignee === 'none' ? p.assigneeId == null : p.assigneeId === f.assignee)),
  )
}

/** Percent for a Progress bar, one decimal; 0 when nothing is in scope. */
export function progressPercent(visited: number, inScope: number): number {
  return inScope ? Math.round((visited / inScope) * 1000) / 10 : 0
}

/** The ids among a table's selected keys: group rows have string keys. */
export function firmIds(keys: readonly (string | number | bigint)[]): number[] {
  return keys.filter((k): k is number => typeof k === 'number')
}
