import { DangerConfirm } from '../../components/DangerConfirm'
import { App, Button, Card, Table, Tag } from 'antd'
import { useCallback, useEffect } from 'react'
import { IMPORT_KIND_LABELS } from '../../../../shared/domain/fields'
import { IMPORT_MODE_LABELS, type ImportBatch } from '../../../../shared/ipc/channels/import'
import { api } from '../../api'
import { LoadError } from '../../components/LoadError'
import { errorMessage } from '../../lib/errors'
import { formatDateTime } from '../../lib/format'
import { useLoad } from '../../lib/useLoad'

/** Past imports, newest first, each undoable as a whole until it is undone. */
export function RecentImports({ version }: { version: number }) {
  const { message } = App.useApp()
  const load = useCallback(() => api.import.batches({ limit: 20 }), [])
  const { data, error, reload } = useLoad(load)
  useEffect(() => {
    if (version > 0) reload()
  }, [version, reload])

  const undo = async (b: ImportBatch) => {
    try {
      const r = await api.import.undo({ batchId: b.id })
      message.success(`已撤销“${b.file}”的导入:删除 ${r.deleted} 条,恢复 ${r.restored} 条。`)
      reload()
    } catch (e) {
      message.error(errorMessage(e), 8)
    }
  }

  if (error) return <LoadError message={error} onRetry={reload} />
  if (!data || data.length === 0) return null
  return (
    <Card size="small" title="最近的导入" className="import-recent">
      <Table<ImportBatch>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={data}
        columns={[
          { key: 'at', title: '时间', width: 150, render: (_, b) => formatDateTime(b.finishedAt) },
          { key: 'file', dataIndex: 'file', title: '文件', ellipsis: true },
          { key: 'kind', title: '台账', width: 100, render: (_, b) => IMPORT_KIND_LABELS[b.kind] },
          { key: 'mode', title: '方式', width: 90, render: (_, b) => IMPORT_MODE_LABELS[b.mode] },
          {
            key: 'counts',
            title: '结果',
            width: 220,
            render: (_, b) => `新增 ${b.inserted} · 更新 ${b.updated} · 错误 ${b.errors}`,
          },
          { key: 'actor', dataIndex: 'actor', title: '操作人', width: 90 },
          {
            key: 'undo',
            title: '',
            width: 90,
            render: (_, b) =>
              b.undoneAt ? (
                <Tag>已撤销</Tag>
              ) : (
                <DangerConfirm
                  title="撤销这次导入?"
                  content="新增的记录将被删除,被更新的记录恢复为导入前的内容。"
                  okText="撤销"
                  onConfirm={() => undo(b)}
                >
                  <Button size="small" danger type="link">
                    撤销
                  </Button>
                </DangerConfirm>
              ),
          },
        ]}
      />
    </Card>
  )
}
