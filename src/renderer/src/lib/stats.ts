import type { Stats } from '../../../shared/domain'

export interface StatItem {
  key: keyof Stats
  label: string
  /** Chinese counting word: 企业 3 家, 走访 12 条. */
  unit: string
}

/** In the order of the sidebar, so the status bar reads like the menu. */
export const STAT_ITEMS: readonly StatItem[] = [
  { key: 'enterprises', label: '企业', unit: '家' },
  { key: 'buildings', label: '楼宇', unit: '座' },
  { key: 'visits', label: '走访', unit: '条' },
  { key: 'requests', label: '诉求', unit: '件' },
  { key: 'rentReliefs', label: '房租减免', unit: '条' },
  { key: 'partners', label: '招商伙伴', unit: '家' },
  { key: 'events', label: '活动', unit: '场' },
  { key: 'organisations', label: '联盟商会', unit: '个' },
  { key: 'staff', label: '人员', unit: '人' },
  { key: 'campaigns', label: '走访活动', unit: '次' },
  { key: 'servicePoints', label: '服务站点', unit: '个' },
]
