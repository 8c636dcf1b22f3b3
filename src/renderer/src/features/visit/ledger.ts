import {
  CAMPAIGN_KINDS,
  campaignLabels as CL,
  campaignSchema,
  VISIT_FORMS,
  visitLabels as L,
  visitSchema,
} from '../../../../shared/domain'
import { field, firm, firmOf, ref, shown, today, words } from '../../components/ledger/fields'
import { defineLedger } from '../../components/ledger/defineLedger'

export const visitLedger = defineLedger('visit', '走访记录', '条', visitSchema, {
  searchPlaceholder: '搜索企业名称、信用代码、注册号或拼音首字母…',
  titleOf: (r) => `${String(r.enterpriseName ?? '')} ${String(r.visitedOn ?? '')}`.trim(),
  detail: firmOf,
  fields: [
    field('visitedOn', L.visitedOn, 'date', { pinned: 'left' }),
    firm('enterpriseId', L.enterpriseId, 'enterpriseName', { width: 240, pinned: 'left' }),
    shown('creditCode', '统一社会信用代码', 'text', { width: 190 }),
    ref('campaignId', L.campaignId, 'campaign', 'campaignName', { width: 180 }),
    field('form', L.form, 'enum', { width: 110 }, { choices: words(VISIT_FORMS) }),
    shown('visitorNames', L.visitorIds, 'text', { width: 160 }),
    field('visitorIds', L.visitorIds, 'refs', false, { source: 'staff' }),
    field('summary', L.summary, 'longText', { minWidth: 360, flex: 1 }),
    shown('requestCount', '诉求(件)', 'number', { width: 100 }),
  ],
  defaultView: { sort: [{ colId: 'visitedOn', sort: 'desc' }] },
  newRecord: () => ({ visitedOn: today(), form: '上门走访' }),
  exportLayouts: ['visits'],
  exportTitle: '走访记录台账',
})

export const campaignLedger = defineLedger('campaign', '走访活动', '次', campaignSchema, {
  searchPlaceholder: '搜索走访活动名称…',
  fields: [
    field('name', CL.name, 'text', { width: 240, pinned: 'left' }),
    field('kind', CL.kind, 'enum', { width: 120 }, { choices: words(CAMPAIGN_KINDS) }),
    field('startOn', CL.startOn, 'date'),
    field('endOn', CL.endOn, 'date'),
    shown('visitCount', '走访记录(条)', 'number'),
    field('notes', CL.notes, 'longText', { flex: 1 }),
  ],
  defaultView: { sort: [{ colId: 'startOn', sort: 'desc' }] },
  newRecord: () => ({ startOn: today() }),
})
