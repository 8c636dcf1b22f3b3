import { Button, Progress, Space, Typography } from 'antd'
import type { ImportProgress } from '../../../../shared/ipc/channels/import'

interface Props {
  file: string
  progress: ImportProgress | null
  onCancel: () => void
}

/** Step 3: the run, with how far it has got and a cancel that leaves the ledger as it was. */
export function RunStep({ file, progress, onCancel }: Props) {
  const total = progress?.totalRows ?? null
  const read = progress?.rowsRead ?? 0
  const percent = total ? Math.min(99, Math.floor((read / total) * 100)) : null
  const phase = progress?.phase === 'writing' ? '正在写入' : '正在读取'
  return (
    <div className="import-run" data-testid="import-running">
      <Typography.Title level={5}>正在导入“{file}”</Typography.Title>
      <Progress percent={percent ?? 100} status="active" showInfo={percent !== null} />
      <Space className="import-run-line">
        <span>
          {phase}:已处理 {read.toLocaleString('zh-CN')} 行{total ? ` / 共 ${total.toLocaleString('zh-CN')} 行` : ''}
        </span>
        <Button danger onClick={onCancel}>
          取消导入
        </Button>
      </Space>
      <Typography.Paragraph type="secondary">取消后不会写入任何记录,台账保持导入前的样子。</Typography.Paragraph>
    </div>
  )
}
