import { LedgerPage } from '../../components/ledger/LedgerPage'
import { dictionaryLedger } from './ledger'

export function DictionaryPage() {
  return (
    <LedgerPage config={dictionaryLedger} title="字典" subtitle="行业、诉求类别、科室与承办单位,由营商办自行维护" />
  )
}
