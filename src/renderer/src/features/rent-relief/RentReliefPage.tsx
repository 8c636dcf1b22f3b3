import { LedgerPage } from '../../components/ledger/LedgerPage'
import { rentReliefLedger } from './ledger'

export function RentReliefPage() {
  return <LedgerPage config={rentReliefLedger} title="房租减免" subtitle="国有及非国有楼宇的租金减免" />
}
