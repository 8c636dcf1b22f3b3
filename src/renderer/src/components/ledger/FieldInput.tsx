/**
 * The input for one field, by its kind: what the add/edit form and 批量修改 show. Form.Item
 * passes value, onChange and id (which ties the label to the input).
 */
import { DatePicker, Input, InputNumber, Radio, Select } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import type { FieldKind } from '../../lib/convert'
import { formatMoney, formatNumber } from '../../lib/format'
import { EnterprisePicker, RefSelect } from './pickers'
import type { References } from './references'
import type { Choice, FieldSpec } from './types'

export interface FieldInputProps {
  field: FieldSpec
  refs: References
  /** Names of firms already chosen, when the record has them (企业 of a request). */
  knownNames?: Record<number, string>
  id?: string
  value?: unknown
  onChange?: (value: unknown) => void
  placeholder?: string
}

const YES_NO = [
  { value: true, label: '是' },
  { value: false, label: '否' },
]

/** Select options: the listed words without the blank (clearing is the select's own ×). */
function selectOptions(choices: readonly Choice[] | undefined) {
  return (choices ?? [])
    .filter((c) => c.value !== null && typeof c.value !== 'boolean')
    .map((c) => ({ value: c.value as string | number, label: c.label }))
}

export function FieldInput({ field, refs, knownNames, id, value, onChange, placeholder }: FieldInputProps) {
  const common = { id, placeholder: placeholder ?? (field.form ? field.form.placeholder : undefined) }
  const set = (v: unknown) => onChange?.(v)
  switch (field.kind) {
    case 'text':
      return <Input {...common} value={(value as string) ?? ''} onChange={(e) => set(e.target.value)} />
    case 'longText':
      return (
        <Input.TextArea
          {...common}
          autoSize={{ minRows: 1, maxRows: 6 }}
          value={(value as string) ?? ''}
          onChange={(e) => set(e.target.value)}
        />
      )
    case 'number':
    case 'money':
      return (
        <InputNumber<number>
          {...common}
          style={{ width: '100%' }}
          precision={field.kind === 'money' ? 2 : undefined}
          value={(value as number | null) ?? null}
          onChange={set}
        />
      )
    case 'date':
      return <DatePicker {...common} style={{ width: '100%' }} value={value as Dayjs | null} onChange={set} />
    case 'boolean':
      return <Radio.Group id={id} options={YES_NO} value={value} onChange={(e) => set(e.target.value)} />
    case 'enum':
      return (
        <Select {...common} allowClear options={selectOptions(field.choices)} value={value as string} onChange={set} />
      )
    case 'tags':
      return (
        <Select
          {...common}
          mode="multiple"
          allowClear
          options={selectOptions(field.choices)}
          value={(value as string[]) ?? []}
          onChange={set}
        />
      )
    case 'ref':
    case 'refs':
      return (
        <RefSelect
          {...common}
          source={field.source!}
          refs={refs}
          multiple={field.kind === 'refs'}
          value={value as number}
          onChange={set}
        />
      )
    case 'enterprise':
    case 'enterprises':
      return (
        <EnterprisePicker
          {...common}
          multiple={field.kind === 'enterprises'}
          knownNames={knownNames}
          value={value as number}
          onChange={set}
        />
      )
  }
}

/** A stored value as the input holds it: dates become Dayjs, lists stay lists. */
export function toInputValue(kind: FieldKind, stored: unknown): unknown {
  if (kind === 'date') return typeof stored === 'string' && stored ? dayjs(stored) : null
  if (kind === 'refs' || kind === 'enterprises' || kind === 'tags') return Array.isArray(stored) ? stored : []
  return stored ?? undefined
}

/** A chosen value in words, for a confirmation: 将“服务专员”改为“张伟”. */
export function describeValue(field: FieldSpec, refs: References, value: unknown): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length)) return '(空)'
  switch (field.kind) {
    case 'boolean':
      return value ? '是' : '否'
    case 'date':
      return dayjs.isDayjs(value) ? value.format('YYYY-MM-DD') : String(value)
    case 'number':
      return formatNumber(value as number)
    case 'money':
      return formatMoney(value as number)
    case 'enum':
    case 'tags':
      return [value]
        .flat()
        .map((v) => field.choices?.find((c) => c.value === v)?.label ?? String(v))
        .join('、')
    case 'ref':
    case 'refs':
      return [value]
        .flat()
        .map((v) => refs.label(field.source!, v as number) ?? String(v))
        .join('、')
    default:
      return String(value)
  }
}
