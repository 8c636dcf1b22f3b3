/** 设置 › 报表: the 街道名称 printed at the top of every report sheet. */
import { App, Button, Card, Input, Space } from 'antd'
import { useState } from 'react'
import { api } from '../../api'
import { errorMessage } from '../../lib/errors'
import { useLoad } from '../../lib/useLoad'

const load = () => api.report.settings()

export function SubdistrictSetting() {
  const { message } = App.useApp()
  const { data } = useLoad(load)
  const [draft, setDraft] = useState<string | null>(null)
  const value = draft ?? data?.subdistrict ?? ''
  const save = async () => {
    try {
      const saved = await api.report.saveSettings({ subdistrict: value })
      setDraft(saved.subdistrict)
      message.success('已保存街道名称')
    } catch (e) {
      message.error(errorMessage(e))
    }
  }
  return (
    <Card size="small" title="报表">
      <Space>
        <span>街道名称(打印在报表页眉)</span>
        <Input
          aria-label="街道名称"
          data-testid="settings-subdistrict"
          style={{ width: 220 }}
          maxLength={30}
          value={value}
          onChange={(e) => setDraft(e.target.value)}
          onPressEnter={() => void save()}
        />
        <Button
          onClick={() => void save()}
          disabled={!data || value.trim() === data.subdistrict}
          data-testid="settings-subdistrict-save"
        >
          保存
        </Button>
      </Space>
    </Card>
  )
}
