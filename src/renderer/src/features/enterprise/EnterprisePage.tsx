import { MergeCellsOutlined } from '@ant-design/icons'
import { Button } from 'antd'
import { LedgerPage } from '../../components/ledger/LedgerPage'
import '../dedupe/dedupe.css'
import { enterpriseLedger } from './ledger'

export function EnterprisePage() {
  return (
    <div className="link-names-page">
      <LedgerPage
        config={enterpriseLedger}
        title="企业名录"
        subtitle="双击或按 Enter 修改单元格 · Ctrl+Enter 打开一企一档 · Delete 删除"
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
