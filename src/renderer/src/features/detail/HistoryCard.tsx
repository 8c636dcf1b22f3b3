import { Card } from 'antd'
import type { AuditEntry } from '../../../../shared/domain'
import { AuditHistory } from '../../components/AuditHistory'

/** 变更记录, the last card of every record page: who changed what, and a way back to any version. */
export function HistoryCard({ entries }: { entries: AuditEntry[] }) {
  return (
    <Card size="small" title="变更记录" className="detail-card">
      <AuditHistory entries={entries} />
    </Card>
  )
}
