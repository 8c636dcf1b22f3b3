import { ORGANISATION_KINDS, organisationLabels as L, organisationSchema } from '../../../../shared/domain'
import { field, shown, words } from '../../components/ledger/fields'
import type { LedgerConfig } from '../../components/ledger/types'

export const organisationLedger: LedgerConfig = {
  name: 'organisation',
  noun: '联盟商会',
  unit: '个',
  schema: organisationSchema,
  searchPlaceholder: '搜索联盟、商会名称…',
  titleOf: (r) => String(r.name),
  fields: [
    field('name', L.name, 'text', { width: 240, pinned: 'left' }),
    field('kind', L.kind, 'enum', { width: 100 }, { choices: words(ORGANISATION_KINDS) }),
    field('memberIds', L.memberIds, 'enterprises', false, { form: { span: 24 } }),
    shown('memberCount', '成员企业(家)', 'number'),
    field('notes', L.notes, 'longText', { minWidth: 400, flex: 1 }),
  ],
}
