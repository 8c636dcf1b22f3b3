/**
 * 关联企业… (issue #20): rent-relief tenants and event guests kept as bare names, each with the
 * firm its name (or 曾用名) means after normalisation. Accepted one by one, some, or all at
 * once: one change, undone by Ctrl+Z.
 */
import { LinkOutlined } from '@ant-design/icons'
import { App, Button, Table, Tooltip, type TableColumnsType } from 'antd'
import { useCallback, useState } from 'react'
import type { LinkKind, LinkProposal } from '../../../../shared/ipc/channels/dedupe'
import { api } from '../../api'
import { WorkDialog } from '../../components/WorkDialog'
import { errorMessage } from '../../lib/errors'
import { useLoad } from '../../lib/useLoad'

const WHAT: Record<LinkKind, { name: string; context: string; hint: string }> = {
  'rent-reliefs': { name: '承租方', context: '楼宇 / 批次', hint: '为只写了承租方名称、未关联企业的减免记录建议企业' },
  events: { name: '签到名称', context: '活动', hint: '为签到名单中未在企业名录找到的名称建议企业' },
}

export function LinkNamesButton({ kind, onLinked }: { kind: LinkKind; onLinked?: () => void }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <Tooltip title={WHAT[kind].hint}>
        <Button icon={<LinkOutlined />} onClick={() => setOpen(true)} data-testid={`link-names-${kind}`}>
          关联企业…
        </Button>
      </Tooltip>
      {open && (
        <LinkNamesDialog
          kind={kind}
          onClose={() => setOpen(false)}
          onLinked={() => {
            setOpen(false)
            onLinked?.()
          }}
        />
      )}
    </>
  )
}

function LinkNamesDialog({ kind, onClose, onLinked }: { kind: LinkKind; onClose: () => void; onLinked: () => void }) {
  const { message } = App.useApp()
  const load = useCallback(() => api.dedupe.proposals({ kind }), [kind])
  const loaded = useLoad(load)
  const [selected, setSelected] = useState<number[]>([])
  const [saving, setSaving] = useState(false)
  const proposals = loaded.data ?? []

  const accept = async (list: LinkProposal[]) => {
    setSaving(true)
    try {
      const r = await api.dedupe.link({
        kind,
        links: list.map((p) => ({ recordId: p.recordId, enterpriseId: p.enterpriseId })),
      })
      message.success(`已关联 ${r.linked} 条(Ctrl+Z 可撤销)`)
      onLinked()
    } catch (e) {
      message.error(errorMessage(e), 8)
    } finally {
      setSaving(false)
    }
  }

  const columns: TableColumnsType<LinkProposal> = [
    { title: WHAT[kind].context, dataIndex: 'context', width: 220 },
    { title: WHAT[kind].name, dataIndex: 'name' },
    { title: '建议关联的企业', dataIndex: 'enterpriseName' },
    {
      title: '',
      key: 'one',
      width: 80,
      render: (_, p) => (
        <Button size="small" onClick={() => void accept([p])} disabled={saving}>
          采纳
        </Button>
      ),
    },
  ]

  return (
    <WorkDialog title="关联企业" width={900} testId={`link-dialog-${kind}`} onClose={onClose}>
      {loaded.error && <p className="error">{loaded.error}</p>}
      <Table<LinkProposal>
        rowKey="recordId"
        size="small"
        columns={columns}
        dataSource={proposals}
        loading={!loaded.data && !loaded.error}
        pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as number[]) }}
        locale={{ emptyText: '没有可以关联的名称' }}
      />
      <div className="link-names-actions">
        <Button
          disabled={!selected.length || saving}
          onClick={() => void accept(proposals.filter((p) => selected.includes(p.recordId)))}
        >
          采纳所选({selected.length})
        </Button>
        <Button type="primary" disabled={!proposals.length} loading={saving} onClick={() => void accept(proposals)}>
          全部采纳({proposals.length})
        </Button>
      </div>
    </WorkDialog>
  )
}
