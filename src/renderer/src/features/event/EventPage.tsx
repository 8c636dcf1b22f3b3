import { LedgerPage } from '../../components/ledger/LedgerPage'
import { eventLedger } from './ledger'

export function EventPage() {
  return <LedgerPage config={eventLedger} title="活动" subtitle="发展交流会、政策宣讲会、茶话会等" />
}
