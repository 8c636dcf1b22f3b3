import { LedgerPage } from '../../components/ledger/LedgerPage'
import { servicePointLedger } from './ledger'

export function ServicePointPage() {
  return <LedgerPage config={servicePointLedger} title="服务站点" subtitle="“1+1+X”营商服务阵地" />
}
