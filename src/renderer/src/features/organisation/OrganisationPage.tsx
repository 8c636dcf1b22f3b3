import { LedgerPage } from '../../components/ledger/LedgerPage'
import { organisationLedger } from './ledger'

export function OrganisationPage() {
  return <LedgerPage config={organisationLedger} title="联盟商会" subtitle="四大联盟与同心圆商会" />
}
