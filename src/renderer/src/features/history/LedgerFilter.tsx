import { Select } from 'antd'
import { LEDGER_OPTIONS } from './ledgers'

/** 全部台账 or one ledger: the filter 操作记录 and 回收站 both offer. */
export function LedgerFilter({ value, onChange }: { value?: string; onChange: (ledger?: string) => void }) {
  return (
    <Select
      allowClear
      placeholder="全部台账"
      style={{ width: 140 }}
      value={value}
      onChange={onChange}
      options={LEDGER_OPTIONS}
      aria-label="台账"
    />
  )
}
