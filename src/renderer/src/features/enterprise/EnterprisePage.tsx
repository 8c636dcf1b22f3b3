import { MergeCellsOutlined } from '@ant-design/icons'
import { Button } from 'antd'
import { useCanWrite } from '../../app/Access'
import { LedgerPage } from '../../components/ledger/LedgerPage'
import '../dedupe/dedupe.css'
import { enterpriseLedger } from './ledger'

export function EnterprisePage() {
  // A 只读 user of a shared ledger can neither edit a cell nor delete: the hint names only what works.
  const canWrite = useCanWrite()
  return (
    <div className="link-names-page">
      <LedgerPage
        config={enterpriseLedger}
        title="企业名录"
        subtitle={
          canWrite ? '双击或按 Enter 修改单元格 · Ctrl+Enter 打开一企一档 · Delete 删除' : 'Ctrl+Enter 打开一企一档'
        }
      />
      {/* 疑似重复 is a page of the directory's own, opened from here (issue #20). */}
      <div className="link-names-button">
        <Button icon={<MergeCellsOutlined />} href="#/dedupe" data-testid="open-dedupe">
          疑似重复
        </Button>
      </div>
    </div>
  )
}
