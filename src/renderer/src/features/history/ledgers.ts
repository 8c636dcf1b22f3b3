/** The ledgers by audit entity name, for the filters of 操作记录 and 回收站. */
export const LEDGER_LABELS: Record<string, string> = {
  enterprise: '企业',
  building: '楼宇',
  staff: '人员',
  partner: '招商合作伙伴',
  campaign: '走访活动',
  visit: '走访记录',
  request: '诉求',
  rentRelief: '房租减免记录',
  event: '活动',
  organisation: '联盟商会',
  servicePoint: '服务站点',
  dictionary: '字典项',
}

export const LEDGER_OPTIONS = Object.entries(LEDGER_LABELS).map(([value, label]) => ({ value, label }))

/** Ledgers whose records have a page of their own (#/enterprise/12). */
export const DETAIL_LEDGERS = new Set(['enterprise', 'building', 'partner', 'staff'])
