import { ORGANISATION_KINDS, organisationLabels as L, organisationSchema } from '../../../../shared/domain'
import { field, shown, words } from '../../components/ledger/fields'
import { defineLedger } from '../../components/ledger/defineLedger'

export const organisationLedger = defineLedger('organisation', '联盟商会', '个', organisationSchema, {
  searchPlaceholder: '搜索联盟、商会名称…',
  fields: [
    field('name', L.name, 'text', { width: 240, pinned: 'left' }),
    field('kind', L.kind, 'enum', { width: 100 }, { choices: words(ORGANISATION_KINDS) }),
    field('memberIds', L.memberIds, 'enterprises', false, { form: { span: 24 } }),
    shown('memberCount', '成员企业(家)', 'number'),
    field('notes', L.notes, 'longText', { minWidth: 400, flex: 1 }),
  ],
})
