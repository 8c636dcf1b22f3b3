/**
 * Merging records of one firm (issue #20): the records side by side, one row per field. The
 * user picks the record to keep and, per field, whose value it keeps (by default the
 * non-empty value most recently updated). Everything linked to the others moves to it.
 */
import { Alert, App, Radio, Table, type TableColumnsType } from 'antd'
import { useCallback, useState } from 'react'
import { enterpriseLabels, type Enterprise } from '../../../../shared/domain'
import type { FirmLinks, MergeCompare } from '../../../../shared/ipc/channels/dedupe'
import { api } from '../../api'
import { WorkDialog } from '../../components/WorkDialog'
import { errorMessage } from '../../lib/errors'
import { useLoad } from '../../lib/useLoad'

type Field = keyof typeof enterpriseLabels

/** Reference fields shown by the name they point at. */
const SHOWN_AS: Partial<Record<Field, keyof Enterprise>> = {
  industryId: 'industryName',
  buildingId: 'buildingName',
  specialistId: 'specialistName',
  partnerId: 'partnerName',
}

function shown(r: Enterprise, f: Field): string {
  const v = r[SHOWN_AS[f] ?? f]
  if (v === null || v === undefined || v === '') return '—'
  if (typeof v === 'boolean') return v ? '是' : '否'
  return String(v)
}

const LINK_WORDS: [keyof FirmLinks, string][] = [
  ['visits', '走访'],
  ['requests', '诉求'],
  ['rentReliefs', '房租减免'],
  ['events', '活动'],
  ['organisations', '联盟商会'],
  ['assignments', '走访计划'],
]

const linkText = (l: FirmLinks) =>
  LINK_WORDS.filter(([k]) => l[k] > 0)
    .map(([k, w]) => `${w} ${l[k]}`)
    .join('、') || '无关联记录'

/** The record with the most history: kept by default, so fewer records change. */
function mostLinked(c: MergeCompare, ids: readonly number[]): number {
  const weight = (id: number) => Object.values(c.links[id]).reduce((a, b) => a + b, 0)
  return [...ids].sort((a, b) => weight(b) - weight(a) || a - b)[0]
}

export function MergeDialog({ ids, onClose, onMerged }: { ids: number[]; onClose: () => void; onMerged: () => void }) {
  const { message } = App.useApp()
  const load = useCallback(() => api.dedupe.compare({ ids }), [ids])
  const loaded = useLoad<MergeCompare>(load)
  const c = loaded.data
  // The user's picks over the defaults: the defaults come with the records.
  const [keepPick, setKeepId] = useState<number | null>(null)
  const [picked, setPicked] = useState<Record<string, number>>({})
  const [saving, setSaving] = useState(false)
  const keepId = keepPick ?? (c ? mostLinked(c, ids) : ids[0])
  const choose = { ...c?.defaults, ...picked }
  const setChoose = setPicked

  const merge = async () => {
    setSaving(true)
    try {
      const r = await api.dedupe.merge({ keepId, fromIds: ids.filter((id) => id !== keepId), choose })
      message.success(`已合并 ${r.removed + 1} 条记录为一家企业(Ctrl+Z 可撤销)`)
      for (const n of r.notes) message.info(n, 8)
      onMerged()
    } catch (e) {
      message.error(errorMessage(e), 10)
    } finally {
      setSaving(false)
    }
  }

  const fields = (Object.keys(enterpriseLabels) as Field[]).filter((f) => f !== 'formerNames')
  const records = c?.records ?? []
  type Row = { field: Field }
  const columns: TableColumnsType<Row> = [
    { title: '字段', key: 'label', width: 130, render: (_, r) => enterpriseLabels[r.field] },
    ...records.map((rec) => ({
      title: `#${rec.id}${rec.id === keepId ? '(保留)' : ''}`,
      key: String(rec.id),
      render: (_: unknown, r: Row) => {
        const differs = new Set(records.map((x) => shown(x, r.field))).size > 1
        return differs ? (
          <Radio checked={choose[r.field] === rec.id} onChange={() => setChoose({ ...choose, [r.field]: rec.id })}>
            {shown(rec, r.field)}
          </Radio>
        ) : (
          <span className="muted">{shown(rec, r.field)}</span>
        )
      },
    })),
  ]

  return (
    <WorkDialog
      title="合并企业记录"
      width={Math.min(1100, 300 + 300 * Math.max(ids.length, 2))}
      testId="merge-dialog"
      onClose={onClose}
      onSave={c && !c.refusal ? () => void merge() : undefined}
      saveText="合并"
      saving={saving}
    >
      {loaded.error && <Alert type="error" message={loaded.error} />}
      {c?.refusal && <Alert type="error" showIcon message="不能合并" description={c.refusal} />}
      {c && (
        <>
          <p className="muted">
            选择保留的记录,并逐项选择保留的值(默认取最近更新的非空值)。其他记录的走访、诉求、房租减免、活动、联盟商会、走访计划与保存的视图都转到保留的记录,名称记入曾用名,其他记录随后删除。
          </p>
          <div className="dedupe-keep">
            <span>保留的记录:</span>
            <Radio.Group value={keepId} onChange={(e) => setKeepId(e.target.value as number)}>
              {records.map((r) => (
                <Radio key={r.id} value={r.id} data-testid={`keep-${r.id}`}>
                  #{r.id} {r.name}
                </Radio>
              ))}
            </Radio.Group>
          </div>
          <Table<Row>
            rowKey="field"
            size="small"
            pagination={false}
            columns={columns}
            dataSource={fields.map((field) => ({ field }))}
            scroll={{ y: 420 }}
          />
          <div className="dedupe-links" data-testid="merge-links">
            {records.map((r) => (
              <div key={r.id}>
                #{r.id} {r.name}:{linkText(c.links[r.id])}
              </div>
            ))}
          </div>
        </>
      )}
    </WorkDialog>
  )
}
