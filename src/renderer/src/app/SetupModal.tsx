import { DatabaseOutlined, FileAddOutlined } from '@ant-design/icons'
import { Alert, Button, Modal, Spin, Typography } from 'antd'
import { useState } from 'react'
import type { Stats } from '../../../shared/domain'
import { api } from '../api'
import { errorMessage } from '../lib/errors'

type Mode = 'demo' | 'blank'

export interface SetupModalProps {
  open: boolean
  onDone: (stats: Stats) => void
}

/**
 * First run: the user chooses demo data or a blank ledger. The dialog cannot be dismissed any
 * other way, and if loading the demo fails it stays open with the reason so that 从空白开始 is
 * always still there: nobody can end up stuck.
 */
export function SetupModal({ open, onDone }: SetupModalProps) {
  const [busy, setBusy] = useState<Mode | null>(null)
  const [error, setError] = useState<string | null>(null)

  const choose = async (mode: Mode) => {
    setBusy(mode)
    setError(null)
    try {
      onDone(await api.app.setup({ mode }))
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(null)
    }
  }

  return (
    <Modal
      open={open}
      title="欢迎使用营商台账"
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      footer={null}
      width={560}
      data-testid="setup-modal"
    >
      <Typography.Paragraph>这是一个新的数据库,还没有任何记录。请选择开始的方式:</Typography.Paragraph>
      <div className="setup-choices">
        <Button
          type="primary"
          size="large"
          icon={<DatabaseOutlined />}
          loading={busy === 'demo'}
          disabled={busy !== null}
          onClick={() => void choose('demo')}
        >
          载入示例数据
        </Button>
        <Typography.Text type="secondary">
          模拟四平路街道环同济知识经济圈的台账:约三千家企业及其楼宇、走访、诉求、房租减免等记录,便于熟悉各项功能。
        </Typography.Text>
        <Button
          size="large"
          icon={<FileAddOutlined />}
          loading={busy === 'blank'}
          disabled={busy !== null}
          onClick={() => void choose('blank')}
        >
          从空白开始
        </Button>
        <Typography.Text type="secondary">不载入任何记录,直接录入或导入本单位的台账。</Typography.Text>
      </div>
      {busy === 'demo' && (
        <div className="setup-progress" data-testid="setup-progress">
          <Spin />
          <span>正在生成示例数据,约需几秒钟…</span>
        </div>
      )}
      {error && <Alert type="error" showIcon title="操作未完成" description={error} className="setup-error" />}
    </Modal>
  )
}
