/**
 * The add and edit form of a ledger, built from its field specs. Every item is checked with
 * the ledger's zod schema while typing and the whole record again on 保存; main checks once
 * more and its per-field messages land on the items they name.
 */
import { markProblems, refuseProblems } from '../../lib/formProblems'
import { App, Checkbox, Col, Form, Row as GridRow, Space } from 'antd'
import { useMemo, useState } from 'react'
import { ApiError } from '../../api'
import { isSameValue, toPatchValue } from '../../lib/convert'
import { errorMessage } from '../../lib/errors'
import { FieldInput, toInputValue } from './FieldInput'
import { ledgerApi } from './ledgerApi'
import type { References } from './references'
import type { FieldSpec, LedgerConfig, Row } from './types'
import { checkField, checkRecord, isRequired, storedInput } from './validate'
import { WorkDialog } from '../WorkDialog'

export interface LedgerFormProps {
  config: LedgerConfig
  refs: References
  /** The record to edit; absent for a new one. */
  record?: Row | null
  onClose: () => void
  onSaved: (row: Row, created: boolean) => void
}

type Values = Record<string, unknown>

export function formFields(config: LedgerConfig): FieldSpec[] {
  const fields = config.fields.filter((f) => f.form !== false && !f.readOnly)
  const order = config.formOrder
  if (!order) return fields
  const at = (f: FieldSpec) => (order.includes(f.key) ? order.indexOf(f.key) : order.length)
  return [...fields].sort((a, b) => at(a) - at(b))
}

/** 50 家企业, 3 人: a count in a sentence. */
export function measureOf(config: LedgerConfig): string {
  return config.measure ?? `${config.unit}${config.noun}`
}

function spanOf(f: FieldSpec): number {
  if (f.form && f.form.span) return f.form.span
  if (f.kind === 'longText') return 24
  if (f.kind === 'number' || f.kind === 'money' || f.kind === 'date' || f.kind === 'enum') return 8
  return 12
}

/** Form values to what the API takes; a new record leaves blanks out, an edit clears them (null). */
export function toInput(fields: readonly FieldSpec[], values: Values, forCreate: boolean): Values {
  const out: Values = {}
  for (const f of fields) {
    const v = toPatchValue(f.kind, values[f.key])
    if (forCreate && (v === null || v === undefined)) continue
    out[f.key] = v
  }
  return out
}

/** The fields an edit changes, with their new values. */
export function changedFields(fields: readonly FieldSpec[], record: Row, input: Values): Values {
  const patch: Values = {}
  for (const f of fields) if (!isSameValue(input[f.key], record[f.key])) patch[f.key] = input[f.key]
  return patch
}

export function LedgerForm({ config, refs, record, onClose, onSaved }: LedgerFormProps) {
  const [form] = Form.useForm<Values>()
  const [saving, setSaving] = useState(false)
  const { message, modal } = App.useApp()
  const fields = useMemo(() => formFields(config), [config])
  const editing = !!record
  const initialValues = useMemo(() => {
    const source = record ?? config.newRecord?.() ?? {}
    return Object.fromEntries(fields.map((f) => [f.key, toInputValue(f.kind, source[f.key])]))
  }, [fields, record, config])

  const known = useMemo(() => new Set(fields.map((f) => f.key)), [fields])

  const submit = async () => {
    let values: Values
    try {
      values = await form.validateFields()
    } catch {
      return // the items already say what is wrong
    }
    const input = toInput(fields, values, !editing)
    const before = record ? storedInput(config.schema, record) : null
    const problems = checkRecord(config.schema, before ? { ...before, ...input } : input, config.rules, before)
    if (refuseProblems(form, message, problems, known)) return
    setSaving(true)
    try {
      const api = ledgerApi(config.name)
      if (record) {
        const patch = changedFields(fields, record, input)
        const saved = Object.keys(patch).length ? await api.update({ id: record.id, patch }) : record
        void message.success(`已保存“${config.titleOf(saved)}”`)
        onSaved(saved, false)
      } else {
        if (config.confirmCreate && !(await config.confirmCreate(input, modal))) return
        const created = await api.create(input)
        void message.success(`已新增“${config.titleOf(created)}”`)
        onSaved(created, true)
      }
    } catch (e) {
      if (e instanceof ApiError && e.body.fields) markProblems(form, e.body.fields, known)
      void message.error(errorMessage(e))
    } finally {
      setSaving(false)
    }
  }

  const item = (f: FieldSpec) => (
    <Col span={spanOf(f)} key={f.key}>
      <Form.Item
        name={f.key}
        label={f.label}
        required={isRequired(config.schema, f.key)}
        validateDebounce={200}
        rules={[
          {
            validator: async (_, value: unknown) => {
              const v = toPatchValue(f.kind, value)
              const msg = checkField(config.schema, f.key, editing ? v : (v ?? undefined))
              if (msg) throw new Error(msg)
            },
          },
        ]}
      >
        <FieldInput field={f} refs={refs} knownNames={knownNamesOf(f, record)} />
      </Form.Item>
    </Col>
  )

  // Flags go together on one line of checkboxes, where the first of them is declared.
  const flags = fields.filter((f) => f.kind === 'boolean')
  const flagsRow = flags.length > 0 && (
    <Col span={24} key="flags">
      <Form.Item label="标记">
        <Space wrap size={[16, 4]}>
          {flags.map((f) => (
            <Form.Item key={f.key} name={f.key} valuePropName="checked" noStyle>
              <Checkbox>{f.label}</Checkbox>
            </Form.Item>
          ))}
        </Space>
      </Form.Item>
    </Col>
  )

  return (
    <WorkDialog
      title={editing ? `修改${config.noun}` : `新增${config.noun}`}
      width={config.formWidth ?? 760}
      onClose={onClose}
      onSave={() => void submit()}
      saving={saving}
      testId="ledger-form"
    >
      <Form<Values> form={form} className="ledger-form" layout="vertical" initialValues={initialValues}>
        <GridRow gutter={16}>
          {fields.map((f) => (f.kind !== 'boolean' ? item(f) : f === flags[0] ? flagsRow : null))}
        </GridRow>
      </Form>
    </WorkDialog>
  )
}

function knownNamesOf(f: FieldSpec, record: Row | null | undefined): Record<number, string> | undefined {
  if (!record || f.kind !== 'enterprise' || !f.nameKey) return undefined
  const id = record[f.key]
  const name = record[f.nameKey]
  return typeof id === 'number' && typeof name === 'string' ? { [id]: name } : undefined
}
