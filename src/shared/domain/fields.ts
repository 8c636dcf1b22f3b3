/**
 * The spreadsheet columns of each ledger: one dictionary for import (which header means which
 * field, how its cells are read) and export (which header to write). Labels come from the
 * ledgers' own `xxxLabels`, so a form, a grid and a spreadsheet always name a field alike.
 */
import { BUILDING_KINDS, OWNERSHIPS, buildingLabels } from './building'
import { ENTERPRISE_STATUSES, REGISTRATION_STATUSES, enterpriseLabels } from './enterprise'
import { namesOf } from './common'
import { EVENT_KINDS, eventLabels } from './event'
import { partnerLabels } from './partner'
import { rentReliefLabels } from './rent-relief'
import { REQUEST_STATUSES, SATISFACTIONS, requestLabels } from './request'
import { STAFF_ROLES, staffLabels } from './staff'
import { TASK_REQUEST_SLOTS } from './field-workbooks'
import type { MoneyUnit } from './values'
import { VISIT_FORMS, visitLabels } from './visit'

export const IMPORT_KIND_LABELS = {
  enterprises: '企业名录',
  buildings: '商务楼宇',
  staff: '人员',
  partners: '招商合作伙伴',
  visits: '走访记录',
  requests: '企业诉求',
  'rent-reliefs': '房租减免',
  events: '活动',
  'visit-tasks': '走访任务表(回收)',
  dispatch: '诉求派单表(回收)',
}
export type ImportKind = keyof typeof IMPORT_KIND_LABELS
export const IMPORT_KINDS = namesOf(IMPORT_KIND_LABELS)
/**
 * The kinds that are a ledger's own spreadsheet (exported, listed, round-tripped); the field
 * workbooks (走访任务表, 诉求派单表) only come back in, into the visit and request ledgers.
 */
export const LEDGER_KINDS = IMPORT_KINDS.filter((k) => k !== 'visit-tasks' && k !== 'dispatch')

/** The ledger each spreadsheet kind fills or reads: import, export, the CLI's `list`, the page an import opens. */
export const LEDGER_OF_KIND = {
  enterprises: 'enterprise',
  buildings: 'building',
  staff: 'staff',
  partners: 'partner',
  visits: 'visit',
  requests: 'request',
  'rent-reliefs': 'rentRelief',
  events: 'event',
  // The field workbooks come back into the ledgers they were made from.
  'visit-tasks': 'visit',
  dispatch: 'request',
} as const satisfies Record<ImportKind, string>

export type FieldType =
  | 'text'
  | 'date'
  | 'money'
  | 'number'
  | 'boolean'
  | 'creditCode'
  /** A 15-digit 工商注册号. */
  | 'registrationNo'
  /** A currency's name: 人民币, 美元, 港元… */
  | 'currency'
  | 'phone'
  | 'choice'
  /** Several of a closed list in one cell (a person's roles). */
  | 'choices'
  /** The name of another record (a building, a staff member, a dictionary entry...). */
  | 'ref'
  /** Several names of other records in one cell (visitors, attending firms). */
  | 'refs'

/** What a name in a cell points at; dictionary kinds are created when missing, like buildings. */
export type RefTarget =
  | 'building'
  | 'staff'
  | 'partner'
  | 'campaign'
  | 'enterprise'
  | 'industry'
  | 'department'
  | 'handlingUnit'
  | 'requestCategory'

export interface FieldSpec {
  /**
   * The ledger field it fills (`industryId` takes the industry's name), a link column of a
   * ledger that points at firms (`creditCode`, `enterpriseName`), or `request.<field>` for
   * the request written on a visit's row.
   */
  key: string
  label: string
  type: FieldType
  /** Other headers meaning the same, as offices write them. */
  synonyms: readonly string[]
  /** Money: the unit the field is stored in. */
  unit?: MoneyUnit
  /** Money: the field that keeps the currency the cell wrote; without one, only 人民币 is taken. */
  currencyKey?: string
  /** Number: words allowed after it (3个月). */
  suffixes?: readonly string[]
  options?: readonly string[]
  /** Short forms of the options: 上门 → 上门走访. */
  aliases?: Readonly<Record<string, string>>
  ref?: RefTarget
}

type Extra = Partial<Omit<FieldSpec, 'key' | 'label' | 'type' | 'synonyms'>>
const f = (key: string, label: string, type: FieldType, synonyms: readonly string[] = [], extra: Extra = {}) => ({
  key,
  label,
  type,
  synonyms,
  ...extra,
})

const NAME_OF_FIRM = ['企业名称', '单位名称', '公司名称', '企业(单位)名称', '企业全称', '企业名', '纳税人名称', '名称']
const CREDIT_CODE = [
  '统一社会信用代码',
  '信用代码',
  '社会信用代码',
  '统一代码',
  '纳税人识别号',
  '统一社会信用代码/注册号',
  '统一社会信用代码/工商注册号',
]
const PHONE = ['联系电话', '电话', '联系方式', '手机', '手机号', '手机号码', '联系人电话', '电话号码']
const CONTACT = ['联系人', '联系人姓名']
const NOTES = ['备注', '说明', '其他']

const yesNo = (key: string, label: string, ...synonyms: string[]) =>
  f(key, label, 'boolean', [...synonyms, `是否${label}`])

const E = enterpriseLabels
const enterprises: FieldSpec[] = [
  f('name', E.name, 'text', NAME_OF_FIRM),
  f('creditCode', E.creditCode, 'creditCode', CREDIT_CODE),
  f('registrationNo', E.registrationNo, 'registrationNo', ['注册号', '工商注册号码', '营业执照注册号', '企业注册号']),
  f('shortName', E.shortName, 'text', ['企业简称']),
  f('formerNames', E.formerNames, 'text', ['原名称', '曾用名称']),
  f('industryId', E.industryId, 'ref', ['所属行业', '行业类别', '行业分类', '行业领域'], { ref: 'industry' }),
  f('buildingId', E.buildingId, 'ref', ['楼宇名称', '楼宇', '所属楼宇', '楼宇/园区', '楼宇园区', '园区', '所在载体'], {
    ref: 'building',
  }),
  f('room', E.room, 'text', ['房号', '室号', '楼层房号', '门牌号', '房间']),
  f('registeredAddress', E.registeredAddress, 'text', ['注册地', '住所', '注册地址(住所)']),
  f('operatingAddress', E.operatingAddress, 'text', ['实际经营地址', '办公地址', '经营地']),
  f('registeredCapital', E.registeredCapital, 'money', ['注册资本', '注册资金'], {
    unit: '万元',
    currencyKey: 'capitalCurrency',
  }),
  f('capitalCurrency', E.capitalCurrency, 'currency', ['币种', '注册资本币种', '资本币种', '货币种类']),
  f('establishedOn', E.establishedOn, 'date', ['成立时间', '注册日期', '注册时间', '成立日']),
  f('legalRep', E.legalRep, 'text', ['法人代表', '法人', '法定代表人(负责人)', '负责人']),
  f('contact', E.contact, 'text', CONTACT),
  f('phone', E.phone, 'phone', PHONE),
  yesNo('isKey', E.isKey, '重点', '重点企业(是/否)'),
  yesNo('isManaged', E.isManaged, '户管'),
  yesNo('isAboveScale', E.isAboveScale, '规上', '规模以上企业'),
  yesNo('isHighTech', E.isHighTech, '高新企业', '高新技术', '高新'),
  yesNo('isSpecialized', E.isSpecialized, '专精特新企业'),
  f('specialistId', E.specialistId, 'ref', ['营商服务专员', '服务专员姓名', '联络员', '专员'], { ref: 'staff' }),
  f('partnerId', E.partnerId, 'ref', ['招商合作伙伴', '引进单位', '引荐单位', '招商来源'], { ref: 'partner' }),
  f('settledOn', E.settledOn, 'date', ['落户时间', '迁入日期', '入驻日期', '入驻时间']),
  f('status', E.status, 'choice', ['企业状态', '台账状态'], {
    options: ENTERPRISE_STATUSES,
    aliases: {
      存续: '在营',
      正常: '在营',
      在业: '在营',
      开业: '在营',
      迁移: '迁出',
      已迁出: '迁出',
      已注销: '注销',
      注销企业: '注销',
      已吊销: '吊销',
      吊销企业: '吊销',
      // A revoked firm that has since been deregistered is 注销.
      '吊销,未注销': '吊销',
      吊销未注销: '吊销',
      '吊销,已注销': '注销',
      吊销已注销: '注销',
    },
  }),
  f('companyType', E.companyType, 'text', ['公司类型', '企业类型(性质)', '企业性质', '市场主体类型']),
  f('registrationAuthority', E.registrationAuthority, 'text', ['登记机关', '登记机构', '发照机关', '管辖机关']),
  f('registrationStatus', E.registrationStatus, 'choice', ['经营状态', '登记状态', '企业登记状态', '营业状态'], {
    options: REGISTRATION_STATUSES,
    aliases: {
      正常: '存续',
      在营: '存续',
      开业: '在业',
      '存续(在营、开业、在册)': '存续',
      在册: '存续',
      迁移: '迁出',
      已迁出: '迁出',
      迁出企业: '迁出',
      已注销: '注销',
      注销企业: '注销',
      已吊销: '吊销',
      '吊销,未注销': '吊销',
      '吊销,已注销': '注销',
      吊销未注销: '吊销',
      吊销已注销: '注销',
      吊销企业: '吊销',
    },
  }),
  f('businessScope', E.businessScope, 'text', ['许可经营项目', '一般经营项目', '经营范围(许可)']),
  f('notes', E.notes, 'text', NOTES),
]

const B = buildingLabels
const buildings: FieldSpec[] = [
  f('name', B.name, 'text', ['楼宇', '名称', '园区名称', '载体名称', '楼宇(园区)名称']),
  f('kind', B.kind, 'choice', ['楼宇类型', '载体类型'], {
    options: BUILDING_KINDS,
    aliases: { 楼宇: '商务楼宇', 商务楼: '商务楼宇', 写字楼: '商务楼宇', 产业园: '园区', 产业园区: '园区' },
  }),
  f('address', B.address, 'text', ['楼宇地址', '详细地址']),
  f('operator', B.operator, 'text', ['运营单位', '运营主体', '产权单位', '业主单位', '运营方/产权方']),
  f('ownership', B.ownership, 'choice', ['产权性质', '所有制', '权属性质'], {
    options: OWNERSHIPS,
    aliases: { 国企: '国有', 国资: '国有', 民营: '非国有', 私营: '非国有', 非国企: '非国有' },
  }),
  f('managerId', B.managerId, 'ref', ['楼掌柜姓名', '联系干部', '包干干部'], { ref: 'staff' }),
  f('notes', B.notes, 'text', NOTES),
]

const S = staffLabels
const staff: FieldSpec[] = [
  f('name', S.name, 'text', ['干部姓名', '人员姓名', '名字']),
  f('departmentId', S.departmentId, 'ref', ['部门', '所在科室', '所在部门', '科室/部门'], { ref: 'department' }),
  f('position', S.position, 'text', ['职位']),
  f('roles', S.roles, 'choices', ['身份', '岗位'], {
    options: STAFF_ROLES,
    aliases: { 专员: '营商服务专员', 服务专员: '营商服务专员', 处级: '处级干部' },
  }),
  f('phone', S.phone, 'phone', PHONE),
  f('notes', S.notes, 'text', NOTES),
]

const P = partnerLabels
const partners: FieldSpec[] = [
  f('name', P.name, 'text', ['伙伴名称', '招商合作伙伴', '合作伙伴', '机构名称', '单位名称', '名称']),
  f('type', P.type, 'text', ['机构类型', '伙伴类型']),
  f('licensedOn', P.licensedOn, 'date', ['授牌时间']),
  f('contact', P.contact, 'text', CONTACT),
  f('phone', P.phone, 'phone', PHONE),
  f('notes', P.notes, 'text', NOTES),
]

const R = requestLabels
const REQUEST_STATUS_ALIASES = {
  已受理: '受理',
  待办理: '受理',
  待处理: '受理',
  派单: '已派单',
  在办: '办理中',
  处理中: '办理中',
  正在办理: '办理中',
  办结: '已办结',
  已解决: '已办结',
  已完成: '已办结',
  完成: '已办结',
  已处理: '已办结',
  不能解决: '无法解决',
}
const SATISFACTION_ALIASES = { 非常满意: '满意', 很满意: '满意', 一般: '基本满意', 较满意: '基本满意' }

/** The request columns of a request ledger; on a visit sheet they carry a `request.` prefix. */
function requestFields(prefix: string): FieldSpec[] {
  return [
    f(`${prefix}content`, R.content, 'text', ['企业诉求', '诉求', '问题及诉求', '诉求事项', '问题诉求', '反映问题']),
    f(`${prefix}categoryId`, R.categoryId, 'ref', ['诉求类型', '问题类别', '诉求分类'], { ref: 'requestCategory' }),
    f(`${prefix}handlingUnitId`, R.handlingUnitId, 'ref', ['责任单位', '办理单位', '派单单位', '承办部门'], {
      ref: 'handlingUnit',
    }),
    f(`${prefix}status`, R.status, 'choice', ['办理进度', '处理状态'], {
      options: REQUEST_STATUSES,
      aliases: REQUEST_STATUS_ALIASES,
    }),
    f(`${prefix}response`, R.response, 'text', ['答复情况', '办理结果', '反馈情况', '处理情况', '办理反馈']),
    f(`${prefix}dueOn`, R.dueOn, 'date', ['截止日期', '办结时限']),
    f(`${prefix}closedOn`, R.closedOn, 'date', ['办结时间']),
    f(`${prefix}followUpOn`, R.followUpOn, 'date', ['回访时间']),
    f(`${prefix}satisfaction`, R.satisfaction, 'choice', ['企业满意度', '满意程度'], {
      options: SATISFACTIONS,
      aliases: SATISFACTION_ALIASES,
    }),
  ]
}

/** How a visit, request or rent relief names its firm. */
const firmLink = [
  f('creditCode', E.creditCode, 'creditCode', CREDIT_CODE),
  f('registrationNo', E.registrationNo, 'registrationNo', ['注册号', '工商注册号码', '营业执照注册号', '企业注册号']),
  f('enterpriseName', E.name, 'text', NAME_OF_FIRM),
]

const V = visitLabels
const VISIT_FORM_ALIASES = {
  上门: '上门走访',
  实地走访: '上门走访',
  现场走访: '上门走访',
  走访: '上门走访',
  座谈: '座谈会',
  电话: '电话回访',
  电话走访: '电话回访',
}
const visits: FieldSpec[] = [
  ...firmLink,
  f('visitedOn', V.visitedOn, 'date', ['走访时间', '日期', '走访日']),
  f('campaignId', V.campaignId, 'ref', ['活动名称', '所属活动', '走访批次'], { ref: 'campaign' }),
  f('form', V.form, 'choice', ['形式', '走访方式', '方式'], { options: VISIT_FORMS, aliases: VISIT_FORM_ALIASES }),
  f('summary', V.summary, 'text', ['走访内容', '情况记录', '走访记录', '走访情况记录', '走访小结']),
  f('visitorIds', V.visitorIds, 'refs', ['走访人员', '走访干部', '参与人员', '走访领导'], { ref: 'staff' }),
  ...requestFields('request.'),
]

const requests: FieldSpec[] = [
  ...firmLink,
  ...requestFields(''),
  f('receivedOn', R.receivedOn, 'date', ['提出日期', '登记日期', '受理时间', '反映日期', '日期']),
  f('notes', R.notes, 'text', NOTES),
]

const RR = rentReliefLabels
const rentReliefs: FieldSpec[] = [
  f('buildingId', RR.buildingId, 'ref', ['楼宇名称', '所在楼宇', '楼宇(园区)', '载体', '载体名称'], {
    ref: 'building',
  }),
  f('operator', RR.operator, 'text', ['运营单位', '产权单位', '业主单位', '出租方']),
  f('creditCode', E.creditCode, 'creditCode', CREDIT_CODE),
  f('registrationNo', E.registrationNo, 'registrationNo', ['注册号', '工商注册号码', '营业执照注册号', '企业注册号']),
  f('tenantName', RR.tenantName, 'text', [
    '承租方名称',
    '承租企业',
    '承租人',
    '租户',
    '租户名称',
    '商户名称',
    ...NAME_OF_FIRM,
  ]),
  f('periodStart', RR.periodStart, 'date', ['开始日期', '减免起始日期', '减免开始时间', '起始日期']),
  f('periodEnd', RR.periodEnd, 'date', ['结束日期', '减免截止日期', '减免结束时间', '截止日期']),
  f('months', RR.months, 'number', ['月数', '减免期限', '减免期限(月)', '减免时长'], { suffixes: ['个月', '月'] }),
  f('amount', RR.amount, 'money', ['减免金额', '减免租金', '减免总额', '金额'], { unit: '元' }),
  f('batch', RR.batch, 'text', ['批次', '政策依据', '政策']),
  f('notes', RR.notes, 'text', NOTES),
]

const EV = eventLabels
const events: FieldSpec[] = [
  f('heldOn', EV.heldOn, 'date', ['日期', '举办日期', '活动时间', '时间']),
  f('theme', EV.theme, 'text', ['主题', '活动名称', '名称']),
  f('kind', EV.kind, 'choice', ['类型', '活动类别'], {
    options: EVENT_KINDS,
    aliases: { 交流会: '发展交流会', 宣讲会: '政策宣讲会', 直播: '共享直播间', 直播间: '共享直播间' },
  }),
  f('organiser', EV.organiser, 'text', ['主办单位', '主办', '组织单位']),
  f('location', EV.location, 'text', ['活动地点', '举办地点']),
  f('attendeeIds', EV.attendeeIds, 'refs', ['参会企业', '参与企业', '参加单位', '参会单位'], { ref: 'enterprise' }),
  f('notes', EV.notes, 'text', NOTES),
]

/**
 * A 走访任务表 as sent (field-workbooks.ts): the firm's identity, locked (read back only to find
 * the firm; `info.` columns are not written), then what the visitor fills: the visit and up to
 * three requests, each 类别 and 内容 in columns of their own.
 */
const visitTasks: FieldSpec[] = [
  f('enterpriseName', E.name, 'text', NAME_OF_FIRM),
  f('creditCode', E.creditCode, 'creditCode', CREDIT_CODE),
  f('info.place', '楼宇/房间', 'text'),
  f('info.contact', E.contact, 'text'),
  f('info.phone', '电话', 'text'),
  f('info.lastVisit', '上次走访', 'text'),
  f('info.openRequests', '未办结诉求', 'text'),
  f('campaignId', V.campaignId, 'ref', [], { ref: 'campaign' }),
  f('visitedOn', V.visitedOn, 'date'),
  f('visitorIds', V.visitorIds, 'refs', [], { ref: 'staff' }),
  f('form', V.form, 'choice', [], { options: VISIT_FORMS, aliases: VISIT_FORM_ALIASES }),
  f('summary', V.summary, 'text'),
  ...Array.from({ length: TASK_REQUEST_SLOTS }, (_, i) => [
    f(`request${i + 1}.categoryId`, `诉求${i + 1}类别`, 'ref', [], { ref: 'requestCategory' }),
    f(`request${i + 1}.content`, `诉求${i + 1}内容`, 'text'),
  ]).flat(),
]

/** A 诉求派单表 as sent: the request, locked, then the unit's answer. */
const dispatch: FieldSpec[] = [
  f('requestId', '诉求编号', 'number'),
  f('enterpriseName', '企业', 'text', NAME_OF_FIRM),
  f('info.category', R.categoryId, 'text'),
  f('info.content', R.content, 'text'),
  f('info.receivedOn', R.receivedOn, 'date'),
  f('info.dueOn', R.dueOn, 'date'),
  f('info.overdue', '逾期天数', 'number'),
  f('info.status', '当前状态', 'text'),
  f('handlingUnitId', R.handlingUnitId, 'ref', [], { ref: 'handlingUnit' }),
  f('response', '办理情况/答复', 'text', ['办理情况', '答复', '办理结果']),
  f('closedOn', R.closedOn, 'date'),
  f('status', '状态', 'choice', [R.status], { options: REQUEST_STATUSES, aliases: REQUEST_STATUS_ALIASES }),
  f('reason', '无法解决原因', 'text'),
]

export const IMPORT_FIELDS: Record<ImportKind, readonly FieldSpec[]> = {
  enterprises,
  buildings,
  staff,
  partners,
  visits,
  requests,
  'rent-reliefs': rentReliefs,
  events,
  'visit-tasks': visitTasks,
  dispatch,
}

/**
 * Ledgers where only the cells naming the record can refuse a row: any other cell that cannot
 * be read is left blank and warned of (issue #16: a bad optional value never loses a firm).
 */
export const IDENTITY_FIELDS: Partial<Record<ImportKind, readonly string[]>> = {
  enterprises: ['name', 'creditCode'],
}

/**
 * Columns a sheet must have for its rows to mean anything, as alternatives: a visit needs
 * its firm (by code or by name) and its date.
 */
export const REQUIRED_COLUMNS: Record<ImportKind, readonly (readonly string[])[]> = {
  enterprises: [['name', 'creditCode', 'registrationNo']],
  buildings: [['name']],
  staff: [['name']],
  partners: [['name']],
  visits: [['creditCode', 'enterpriseName'], ['visitedOn']],
  requests: [['creditCode', 'enterpriseName'], ['content'], ['receivedOn']],
  'rent-reliefs': [['tenantName', 'creditCode'], ['amount']],
  events: [['theme'], ['heldOn']],
  // Only a sheet with the task sheet's own request columns (or the dispatch sheet's numbers).
  'visit-tasks': [['creditCode', 'enterpriseName'], ['request1.content']],
  dispatch: [['requestId'], ['status', 'response']],
}

/** Columns that tell one ledger's sheet from another's when the user has not said which. */
const TELLING: Record<ImportKind, readonly string[]> = {
  enterprises: [
    'registeredCapital',
    'establishedOn',
    'legalRep',
    'industryId',
    'room',
    'isKey',
    'registeredAddress',
    'registrationNo',
    'companyType',
    'businessScope',
    'registrationAuthority',
  ],
  buildings: ['operator', 'ownership', 'managerId', 'kind'],
  staff: ['departmentId', 'position', 'roles'],
  partners: ['licensedOn', 'type'],
  visits: ['visitedOn', 'visitorIds', 'form', 'summary'],
  requests: ['content', 'receivedOn', 'handlingUnitId', 'status', 'response'],
  'rent-reliefs': ['amount', 'months', 'periodStart', 'tenantName'],
  events: ['heldOn', 'theme', 'attendeeIds'],
  'visit-tasks': ['info.lastVisit', 'info.openRequests', 'request1.categoryId', 'request2.content'],
  dispatch: ['requestId', 'info.overdue', 'reason'],
}

// ---------------------------------------------------------------- header matching

/** A header as typed, reduced for comparison: NFKC, no spaces or required-marks, one kind of bracket. */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s*※#::]/g, '')
    .replace(/[[{【〔]/g, '(')
    .replace(/[\]}】〕]/g, ')')
}

export interface HeaderUnit {
  unit: MoneyUnit | null
  /** A currency other than 人民币 the header names, as written. */
  currency: string | null
}

/**
 * 注册资本(万元) → base 注册资本, unit 万元. The unit may sit among words that do not change it
 * (人民币元, 单位:万元, 万元/RMB) or in brackets of its own (人民币)(万元); a foreign currency
 * (万美元, USD) comes back as `currency`, for its amounts are not 元 at any scale.
 */
export function splitHeaderUnit(header: string): { base: string } & HeaderUnit {
  const m = /^(.*?)((?:\([^()]*\))+)$/.exec(header)
  if (!m || m[1] === '') return { base: header, unit: null, currency: null }
  return { base: m[1], ...readUnit(m[2].replace(/[()]/g, '')) }
}

/** Words around a unit that leave it as it is. */
const CNY_WORDS = /单位|人民币|RMB|CNY|[¥,、/;]/gi
const FOREIGN = /美元|美金|港元|港币|欧元|日元|英镑|澳元|加元|新台币|韩元|外币|USD|HKD|EUR|JPY|GBP/i

/** The unit a note names (a header's bracket, normalised): 人民币元 → 元, 单位万元 → 万元, 万美元 → 美元. */
export function readUnit(note: string): HeaderUnit {
  // 外币折合人民币万元: converted, so 人民币 after all.
  const cny = note.replace(/^.*折(?:合|算)?(?:成|为)?人民币/, '')
  const foreign = FOREIGN.exec(cny)
  if (foreign) return { unit: null, currency: foreign[0] }
  const rest = cny.replace(CNY_WORDS, '')
  return { unit: rest === '万元' || rest === '万' ? '万元' : rest === '元' ? '元' : null, currency: null }
}

const indexes = new Map<ImportKind, { full: Map<string, FieldSpec>; base: Map<string, FieldSpec> }>()

function indexOf(kind: ImportKind) {
  let ix = indexes.get(kind)
  if (!ix) {
    ix = { full: new Map(), base: new Map() }
    for (const spec of IMPORT_FIELDS[kind]) {
      for (const name of [spec.label, ...spec.synonyms]) {
        const n = normaliseHeader(name)
        if (!ix.full.has(n)) ix.full.set(n, spec)
        const base = splitHeaderUnit(n).base
        if (!ix.base.has(base)) ix.base.set(base, spec)
      }
    }
    indexes.set(kind, ix)
  }
  return ix
}

export interface HeaderMatch extends HeaderUnit {
  spec: FieldSpec
}

/**
 * Ends the header of a column the import must never read (an export's counts and joined
 * names): 诉求(件)(只读) is not the visit sheet's 诉求.
 */
export const READ_ONLY_MARK = '(只读)'

/** The field a header names in this ledger, by label or synonym, with or without a unit. */
export function matchHeader(kind: ImportKind, header: string): HeaderMatch | null {
  const n = normaliseHeader(header)
  if (n === '' || n.endsWith(READ_ONLY_MARK)) return null
  const ix = indexOf(kind)
  const { base, unit, currency } = splitHeaderUnit(n)
  const spec = ix.full.get(n) ?? ix.base.get(base) ?? ix.base.get(n.replace(/^是否/, ''))
  if (!spec) return null
  // A money unit the header names (注册资本(元)): bare numbers in the column are in it.
  return spec.type === 'money' ? { spec, unit, currency } : { spec, unit: null, currency: null }
}

/** How strongly a set of headers says "this is a sheet of `kind`": 0 when it cannot be. */
export function scoreHeaders(kind: ImportKind, headers: readonly string[]): number {
  const keys = new Set<string>()
  for (const h of headers) {
    const m = matchHeader(kind, h)
    if (m) keys.add(m.spec.key)
  }
  if (!REQUIRED_COLUMNS[kind].every((alts) => alts.some((k) => keys.has(k)))) return 0
  const telling = TELLING[kind].filter((k) => keys.has(k)).length
  return keys.size + 2 * telling
}

/** The ledger a header row most likely belongs to, or null when none fits. */
export function guessKind(headers: readonly string[]): ImportKind | null {
  let best: ImportKind | null = null
  let bestScore = 0
  for (const kind of IMPORT_KINDS) {
    const s = scoreHeaders(kind, headers)
    if (s > bestScore) {
      best = kind
      bestScore = s
    }
  }
  return best
}

export function fieldOf(kind: ImportKind, key: string): FieldSpec | undefined {
  return IMPORT_FIELDS[kind].find((s) => s.key === key)
}
