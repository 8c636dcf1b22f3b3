/** 设置 › 用户: the name changes are recorded under (操作记录, 变更记录), by default the OS account. */
import { App, Button, Card, Input, Space } from 'antd'
import { useState } from 'react'
import { api } from '../../api'
import { useAppState } from '../../app/AppState'
import { errorMessage } from '../../lib/errors'
import { useLoad } from '../../lib/useLoad'

const loadSettings = () => api.settings.get()

export function UserCard() {
  const { message } = App.useApp()
  const { retry } = useAppState()
  const { data, setData } = useLoad(loadSettings)
  // null: not edited, show the saved name.
  const [edited, setName] = useState<string | null>(null)
  const name = edited ?? data?.userName ?? ''

  const save = async () => {
    try {
      const r = await api.settings.setUser({ name })
      setData(r)
      setName(null)
      retry()
      message.success(`今后的修改将记在“${r.userName}”名下`)
    } catch (e) {
      message.error(errorMessage(e))
    }
  }

  return (
    <Card size="small" title="用户">
      <Space.Compact style={{ maxWidth: 420, width: '100%' }}>
        <Input
          value={name}
          onChange={(e) => setName(e.target.value)}
          onPressEnter={() => void save()}
          placeholder={data?.osUser}
          maxLength={40}
          aria-label="用户名"
          data-testid="user-name"
        />
        <Button
          type="primary"
          onClick={() => void save()}
          disabled={!data || name.trim() === data.userName}
          data-testid="user-name-save"
        >
          保存
        </Button>
      </Space.Compact>
      <div className="muted settings-hint">操作记录和变更记录中显示的名字;留空则使用本机账户名“{data?.osUser}”。</div>
    </Card>
  )
}
