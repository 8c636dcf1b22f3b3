import { LedgerPage } from '../../components/ledger/LedgerPage'
import { enterpriseLedger } from './ledger'

export function EnterprisePage() {
  return (
    <LedgerPage
      config={enterpriseLedger}
      title="企业名录"
      subtitle="双击或按 Enter 修改单元格 · Ctrl+Enter 打开一企一档 · Delete 删除"
    />
  )
}
