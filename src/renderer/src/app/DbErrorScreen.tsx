/**
 * The window when the ledger cannot be used: what happened to the file, in Chinese, and the way
 * out. For a damaged or unopenable file that is the newest good backup (the damaged file is
 * kept beside it); for a locked or read-only one, trying again once the cause is fixed.
 */
import { App, Button, Result, Space } from 'antd'
import { useState } from 'react'
import { api } from '../api'
import { errorMessage } from '../lib/errors'
import { formatDateTime } from '../lib/format'

const RESTORABLE = new Set(['CORRUPT', 'CANTOPEN'])

export function DbErrorScreen({
  error,
  errorCode,
  retry,
}: {
  error: string
  errorCode: string | null
  retry: () => void
}) {
  const { modal, message } = App.useApp()
  const [busy, setBusy] = useState(false)
  const restore = () =>
    modal.confirm({
      title: '恢复最近的备份?',
      content: '将用备份文件夹中最新的完好备份替换当前的数据库文件;损坏的文件会改名保留在原处。',
      okText: '恢复',
      cancelText: '取消',
      onOk: async () => {
        setBusy(true)
        try {
          const r = await api.backup.restoreLatest()
          const when = r.check.lastChange ? `(数据截至 ${formatDateTime(r.check.lastChange)})` : ''
          message.success(`已恢复“${r.check.file}”${when}`)
          retry()
        } catch (e) {
          message.error(errorMessage(e), 10)
        } finally {
          setBusy(false)
        }
      },
    })
  return (
    <Result
      status="error"
      title={errorCode === 'DRIVER' ? '桌面版的数据库驱动未就绪' : '无法打开台账'}
      subTitle={<span data-testid="db-error">{error}</span>}
      extra={
        <Space>
          {errorCode && RESTORABLE.has(errorCode) && (
            <Button type="primary" danger loading={busy} onClick={restore}>
              恢复最近的备份
            </Button>
          )}
          <Button type={errorCode && RESTORABLE.has(errorCode) ? 'default' : 'primary'} onClick={retry}>
            重试
          </Button>
        </Space>
      }
    />
  )
}
