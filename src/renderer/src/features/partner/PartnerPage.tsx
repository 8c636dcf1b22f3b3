import { LedgerPage } from '../../components/ledger/LedgerPage'
import { partnerLedger } from './ledger'

export function PartnerPage() {
  return <LedgerPage config={partnerLedger} title="招商伙伴" subtitle="授牌的招商合作伙伴及其引进的企业数" />
}
