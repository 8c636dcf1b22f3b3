import {
  ENTERPRISE_STATUSES,
  HOME_CURRENCY,
  REGISTRATION_STATUSES,
  enterpriseLabels as L,
  enterpriseSchema,
} from '../../../../shared/domain'
import { formatCapital, formatNumber } from '../../lib/format'
import { field, ref, shown, words } from '../../components/ledger/fields'
import { buildingViews, builtinViews } from '../../components/ledger/readyViews'
import { defineLedger } from '../../components/ledger/defineLedger'
import { confirmNewFirm } from '../dedupe/confirmNewFirm'

const flag = (key: keyof typeof L, width = 100) => field(key, L[key], 'boolean', { width })

/** 企业名录. Column ids are the API's field names, so a refused edit's `fields` map points at its cell. */
export const enterpriseLedger = defineLedger('enterprise', '企业', '家', enterpriseSchema, {
  searchPlaceholder: '搜索名称、信用代码、注册号、拼音首字母…',
  confirmCreate: confirmNewFirm,
  detailTitle: '打开一企一档',
  fields: [
    field('name', L.name, 'text', { width: 260, pinned: 'left' }, { form: { span: 16 } }),
    field('creditCode', L.creditCode, 'text', { width: 190 }, { form: { placeholder: '18位,可留空' } }),
    field(
      'registrationNo',
      L.registrationNo,
      'text',
      { width: 150 },
      { form: { placeholder: '15位,2015年前的注册号,可留空' } },
    ),
    ref('industryId', L.industryId, 'industry', 'industryName', { width: 120 }),
    ref('buildingId', L.buildingId, 'building', 'buildingName', { width: 140 }),
    field('room', L.room, 'text', { width: 100 }, { form: { span: 6 } }),
    // 楼掌柜 follows from the building: shown next to it, changed by changing the building.
    shown('managerName', '楼掌柜', 'text', { width: 100 }),
    // The header says 万元; a foreign capital says its own currency (100 万美元).
    field('registeredCapital', L.registeredCapital, 'number', {
      width: 140,
      valueFormatter: ({ value, data }) => {
        const currency = data?.capitalCurrency as string | null | undefined
        const amount = value as number | null
        return currency && currency !== HOME_CURRENCY ? formatCapital(amount, currency) : formatNumber(amount)
      },
    }),
    field(
      'capitalCurrency',
      L.capitalCurrency,
      'text',
      { width: 110, hide: true },
      { form: { span: 8, placeholder: '留空为人民币' } },
    ),
    field('establishedOn', L.establishedOn, 'date'),
    field('legalRep', L.legalRep, 'text', { width: 110 }, { form: { span: 8 } }),
    field('contact', L.contact, 'text', { width: 100 }, { form: { span: 8 } }),
    field('phone', L.phone, 'text', { width: 140 }, { form: { span: 8 } }),
    flag('isKey'),
    flag('isManaged'),
    flag('isAboveScale'),
    flag('isHighTech', 130),
    flag('isSpecialized'),
    ref('specialistId', L.specialistId, 'staff', 'specialistName', { width: 110 }),
    ref('partnerId', L.partnerId, 'partner', 'partnerName', { width: 200 }),
    field('settledOn', L.settledOn, 'date'),
    field('status', L.status, 'enum', { width: 90 }, { choices: words(ENTERPRISE_STATUSES), form: { span: 6 } }),
    field('shortName', L.shortName, 'text', { width: 120 }, { form: { span: 8 } }),
    field('formerNames', L.formerNames, 'text', { width: 200 }, { form: { placeholder: '多个曾用名用、分隔' } }),
    field('registeredAddress', L.registeredAddress, 'text', { width: 240 }),
    field('operatingAddress', L.operatingAddress, 'text', { width: 240 }),
    field('companyType', L.companyType, 'text', { width: 180 }, { form: { span: 8 } }),
    field('registrationAuthority', L.registrationAuthority, 'text', { width: 180 }, { form: { span: 8 } }),
    field(
      'registrationStatus',
      L.registrationStatus,
      'enum',
      { width: 100 },
      { choices: words(REGISTRATION_STATUSES), form: { span: 8 } },
    ),
    field('businessScope', L.businessScope, 'longText', { width: 300, hide: true }, { form: { span: 24 } }),
    field('notes', L.notes, 'longText', { flex: 1 }, { form: { span: 12 } }),
  ],
  formOrder: [
    'name',
    'shortName',
    'creditCode',
    'registrationNo',
    'industryId',
    'buildingId',
    'room',
    'status',
    'registeredAddress',
    'operatingAddress',
    'registeredCapital',
    'capitalCurrency',
    'establishedOn',
    'settledOn',
    'legalRep',
    'contact',
    'phone',
    'specialistId',
    'partnerId',
    'isKey',
    'companyType',
    'registrationAuthority',
    'registrationStatus',
    'businessScope',
    'formerNames',
    'notes',
  ],
  formWidth: 820,
  newRecord: () => ({ status: '在营' }),
  hiddenByDefault: { colId: 'status', shown: ['在营'], all: ENTERPRISE_STATUSES, label: '显示非在营企业' },
  readyViews: (refs) => [...builtinViews('enterprise'), ...buildingViews(refs)],
  exportLayouts: ['directory'],
  exportTitle: '企业名录',
})
