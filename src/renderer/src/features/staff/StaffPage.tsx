import { LedgerPage } from '../../components/ledger/LedgerPage'
import { staffLedger } from './ledger'

export function StaffPage() {
  return <LedgerPage config={staffLedger} title="人员" subtitle="街道干部、楼掌柜与营商服务专员" />
}
