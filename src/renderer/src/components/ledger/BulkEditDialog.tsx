/**
 * 批量修改: one field set to one value on every chosen record (the ticked rows, or every row the
 * current filters, search and scope select) in one step, which main records as one undoable
 * change in the audit log.
 */
import { Alert, App, Form, Modal, Select } from 'antd'
import { useMemo, useState } from 'react'
import type { GridWhere } from '../../../../shared/ipc/grid'
import { toPatchValue } from '../../lib/convert'
import { errorMessage } from '../../lib/errors'
import { formatCount } from '../../lib/format'
import { isCellEditable } from './columns'
import { describeValue, FieldInput } from './FieldInput'
import { measureOf } from './LedgerForm'
import { ledgerApi } from './ledgerApi'
import type { References } from './references'
import type { FieldSpec, LedgerConfig } from './types'
import { checkField } from './validate'

/** What a bulk edit applies to. */
export type BulkTarget = { ids: number[] } | { where: GridWhere }

const BULK_KINDS = new Set(['ref', 'enum', 'boolean', 'date', 'number', 'money'])

/** The fields offered: settable to one value on many records at once. */
export function bulkFields(config: LedgerConfig): FieldSpec[] {
  return config.fields.filter(
    (f) => isCellEditable(f) && f.kind !== 'tags' && (f.bulk ?? BULK_KINDS.has(f.kind)) && f.form !== false,
  )
}

export interface BulkEditDialogProps {
  config: LedgerConfig
  refs: References
  target: BulkTarget
  /** How many records the target holds. */
  count: number
  onClose: () => void
  onDone: (updated: number) => void
}

export function BulkEditDialog({ config, refs, target, count, onClose, onDone }: BulkEditDialogProps) {
  const fields = useMemo(() => bulkFields(config), [config])
  const [key, setKey] = useState<string>()
  const [value, setValue] = useState<unknown>()
  const [problem, setProblem] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const { message } = App.useApp()
  const field = fields.find((f) => f.key === key)
  const what = `${formatCount(count)} ${measureOf(config)}`

  const submit = async () => {
    if (!field) {
      setProblem('请选择要修改的字段')
      return
    }
    const v = toPatchValue(field.kind, value)
    const msg = checkField(config.schema, field.key, v)
    if (msg) {
      setProblem(msg)
      return
    }
    setSaving(true)
    try {
      const r = await ledgerApi(config.name).bulkUpdate({ ...target, patch: { [field.key]: v } })
      void message.success(`已修改 ${formatCount(r.updated)} ${measureOf(config)}的“${field.label}”`)
      onDone(r.updated)
    } catch (e) {
      setProblem(errorMessage(e))
      void message.error(errorMessage(e))
    } finally {
      setSaving(false)
    }
  }

  return (
    <Modal
      open
      title={`批量修改${config.noun}`}
      okText={`确认修改 ${what}`}
      okButtonProps={{ disabled: !field || count === 0 }}
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={onClose}
      mask={{ closable: false }}
      width={520}
      data-testid="bulk-edit"
    >
      <Form layout="vertical">
        <Form.Item label="要修改的字段" htmlFor="bulk-field">
          <Select
            id="bulk-field"
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="选择字段"
            options={fields.map((f) => ({ value: f.key, label: f.label }))}
            value={key}
            onChange={(k: string) => {
              setKey(k)
              setValue(undefined)
              setProblem(null)
            }}
          />
        </Form.Item>
        {field && (
          <Form.Item
            label={`改为`}
            htmlFor="bulk-value"
            validateStatus={problem ? 'error' : undefined}
            help={problem ?? undefined}
          >
            <FieldInput
              key={field.key}
              id="bulk-value"
              field={field}
              refs={refs}
              value={value}
              onChange={(v) => {
                setValue(v)
                setProblem(null)
              }}
            />
          </Form.Item>
        )}
      </Form>
      <Alert
        type="warning"
        showIcon
        data-testid="bulk-summary"
        title={
          field ? `将把 ${what}的“${field.label}”改为“${describeValue(field, refs, value)}”。` : `将修改 ${what}。`
        }
        description="这一修改作为一次操作记入修改记录。"
      />
    </Modal>
  )
}
