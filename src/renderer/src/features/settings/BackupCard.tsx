/**
 * 设置 › 备份: where automatic backups go and when the last one was made; 立即备份 saves a copy
 * where the user chooses (a USB stick) through the download, 恢复 takes a chosen file or one of
 * the folder's backups, checks it, asks, and keeps a backup of the current state first.
 */
import { confirmDanger } from '../../components/DangerConfirm'
import { CloudDownloadOutlined, HistoryOutlined, UploadOutlined } from '@ant-design/icons'
import { App, Button, Card, Descriptions, Space, Table, Upload } from 'antd'
import { useState } from 'react'
import type { BackupCheck, BackupInfo, BackupStatus } from '../../../../shared/ipc/channels/backup'
import { api, uploadFile } from '../../api'
import { LoadError } from '../../components/LoadError'
import { saveBase64 } from '../../lib/download'
import { inShell, openInShell, saveInShell } from '../../lib/shell'
import { errorMessage } from '../../lib/errors'
import { formatCount, formatDateTime } from '../../lib/format'
import { useLoad } from '../../lib/useLoad'

const loadStatus = () => api.backup.status()
const size = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`

type Source = { name: string } | { file: string }

export function BackupCard() {
  const { message, modal } = App.useApp()
  const { data, error, reload } = useLoad<BackupStatus>(loadStatus)
  const [busy, setBusy] = useState(false)

  const backupNow = async () => {
    setBusy(true)
    try {
      if (inShell()) {
        // The desktop app: main copies the backup straight to where the user picks.
        const r = await saveInShell({ what: 'backup' })
        if (r.saved) message.success(`已备份:${r.fileName}(备份文件夹中也保留一份)`)
      } else {
        const r = await api.backup.now()
        saveBase64(r)
        message.success(`已备份:${r.fileName}(备份文件夹中也保留一份)`)
      }
      reload()
    } catch (e) {
      message.error(errorMessage(e), 8)
    } finally {
      setBusy(false)
    }
  }

  const restore = async (source: Source) => {
    let check: BackupCheck
    try {
      check = await api.backup.check(source)
    } catch (e) {
      message.error(errorMessage(e), 10)
      return
    }
    const c = check.counts
    confirmDanger(
      { modal, message },
      {
        title: `用“${check.file}”恢复台账?`,
        content: (
          <div data-testid="restore-confirm">
            <p>
              该备份完好,包含企业 {formatCount(c.enterprises)} 家、楼宇 {formatCount(c.buildings)} 座、走访记录{' '}
              {formatCount(c.visits)} 条、诉求 {formatCount(c.requests)} 件
              {check.lastChange && `,最后一次修改在 ${formatDateTime(check.lastChange)}`}。
            </p>
            <p>恢复后,台账将回到备份时的状态。恢复前会先备份当前的台账,必要时可以再恢复回来。</p>
          </div>
        ),
        okText: '恢复',
      },
      async () => {
        const r = await api.backup.restore(source)
        message.success(`已恢复。恢复前的台账已备份为 ${r.safety ?? '(当前台账已损坏,未能备份)'}`, 4)
        // Every page and every cached list now describes another ledger: start afresh.
        setTimeout(() => window.location.reload(), 800)
      },
      10,
    )
  }

  /** The desktop app: the backup file picked in the system open dialog. */
  const pickFile = async () => {
    try {
      const up = await openInShell('backup')
      if (up) await restore({ file: up.id })
    } catch (e) {
      message.error(errorMessage(e), 8)
    }
  }

  const chooseFile = async (f: File) => {
    try {
      const up = await uploadFile(f)
      await restore({ file: up.id })
    } catch (e) {
      message.error(errorMessage(e), 8)
    }
    return false
  }

  if (error) return <LoadError message={error} onRetry={reload} />
  return (
    <Card size="small" title="备份与恢复" data-testid="backup-card">
      <Descriptions
        column={1}
        size="small"
        items={[
          {
            key: 'folder',
            label: '备份文件夹',
            children: <span data-testid="backup-folder">{data?.folder}</span>,
          },
          {
            key: 'last',
            label: '最近一次备份',
            children: (
              <span data-testid="backup-last">
                {data?.last ? `${formatDateTime(data.last.at)}(${data.last.reasonLabel})` : '尚无备份'}
              </span>
            ),
          },
          {
            key: 'rule',
            label: '自动备份',
            children: '每天第一次打开时、每次导入和恢复之前;保留最近 10 天和 8 周的备份',
          },
        ]}
      />
      <Space className="backup-actions">
        <Button type="primary" icon={<CloudDownloadOutlined />} loading={busy} onClick={() => void backupNow()}>
          立即备份
        </Button>
        {inShell() ? (
          <Button icon={<UploadOutlined />} onClick={() => void pickFile()}>
            从备份文件恢复…
          </Button>
        ) : (
          <Upload accept=".db,.sqlite" showUploadList={false} beforeUpload={(f) => chooseFile(f)}>
            <Button icon={<UploadOutlined />}>从备份文件恢复…</Button>
          </Upload>
        )}
      </Space>
      {data && data.backups.length > 0 && (
        <Table<BackupInfo>
          size="small"
          rowKey="name"
          className="backup-list"
          dataSource={data.backups}
          pagination={data.backups.length > 8 ? { pageSize: 8, size: 'small', showSizeChanger: false } : false}
          columns={[
            { title: '时间', dataIndex: 'at', width: 150, render: (at: string) => formatDateTime(at) },
            { title: '原因', dataIndex: 'reasonLabel', width: 90 },
            { title: '大小', dataIndex: 'size', width: 90, render: size },
            { title: '文件', dataIndex: 'name', ellipsis: true },
            {
              title: '',
              key: 'restore',
              width: 90,
              render: (_, b) => (
                <Button size="small" icon={<HistoryOutlined />} onClick={() => void restore({ name: b.name })}>
                  恢复
                </Button>
              ),
            },
          ]}
        />
      )}
    </Card>
  )
}
