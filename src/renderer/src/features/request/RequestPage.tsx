import { LedgerPage } from '../../components/ledger/LedgerPage'
import { requestLedger } from './ledger'

export function RequestPage() {
  return <LedgerPage config={requestLedger} title="诉求" subtitle="受理 → 派单 → 办理 → 办结 → 回访" />
}
