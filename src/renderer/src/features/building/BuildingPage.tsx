import { LedgerPage } from '../../components/ledger/LedgerPage'
import { buildingLedger } from './ledger'

export function BuildingPage() {
  return <LedgerPage config={buildingLedger} title="楼宇" subtitle="商务楼宇与园区,含楼掌柜" />
}
