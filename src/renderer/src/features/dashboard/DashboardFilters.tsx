import { FileExcelOutlined } from '@ant-design/icons'
import { Button, DatePicker, InputNumber, Select, Space, Switch, Tooltip } from 'antd'
import dayjs from 'dayjs'
import type { DashboardPrefs } from '../../../../shared/ipc/channels/dashboard'

export interface Option {
  value: number
  label: string
}

export interface FilterOptions {
  campaigns: Option[]
  buildings: Option[]
  industries: Option[]
}

/** 走访活动, 统计期间, 楼宇, 行业, 仅重点企业 and the coverage target; every change is remembered. */
export function DashboardFilters({
  prefs,
  options,
  onChange,
  onExport,
  exporting,
}: {
  prefs: DashboardPrefs
  options: FilterOptions
  onChange: (p: DashboardPrefs) => void
  onExport: () => void
  exporting: boolean
}) {
  const f = prefs.filter
  const set = (patch: Partial<DashboardPrefs['filter']>) => onChange({ ...prefs, filter: { ...f, ...patch } })
  return (
    <Space wrap size={[12, 8]} className="dash-filters no-print" data-testid="dashboard-filters">
      <IdSelect
        testId="filter-campaign"
        width={260}
        searchable
        placeholder="全部走访(不限活动)"
        prefix="走访活动"
        value={f.campaignId}
        options={options.campaigns}
        onChange={(campaignId) => set({ campaignId })}
      />
      <Tooltip title={f.campaignId ? '已选走访活动:按活动的起止日期统计' : undefined}>
        <DatePicker.RangePicker
          data-testid="filter-period"
          disabled={Boolean(f.campaignId)}
          allowEmpty={[true, true]}
          placeholder={['开始日期', '结束日期']}
          value={[f.from ? dayjs(f.from) : null, f.to ? dayjs(f.to) : null]}
          onChange={(v) =>
            set({ from: v?.[0]?.format('YYYY-MM-DD') ?? null, to: v?.[1]?.format('YYYY-MM-DD') ?? null })
          }
        />
      </Tooltip>
      <IdSelect
        testId="filter-building"
        width={180}
        searchable
        placeholder="全部楼宇"
        value={f.buildingId}
        options={options.buildings}
        onChange={(buildingId) => set({ buildingId })}
      />
      <IdSelect
        testId="filter-industry"
        width={150}
        placeholder="全部行业"
        value={f.industryId}
        options={options.industries}
        onChange={(industryId) => set({ industryId })}
      />
      <span>
        <Switch size="small" checked={Boolean(f.keyOnly)} onChange={(on) => set({ keyOnly: on })} /> 仅重点企业
      </span>
      <span>
        默认目标覆盖率{' '}
        <InputNumber
          size="small"
          min={0}
          max={100}
          value={prefs.target}
          suffix="%"
          style={{ width: 80 }}
          onChange={(v) => v !== null && onChange({ ...prefs, target: v })}
        />
      </span>
      <Button icon={<FileExcelOutlined />} onClick={onExport} loading={exporting}>
        导出关键指标
      </Button>
    </Space>
  )
}

/**
 * One of the filter's choices by id, cleared for 不限 (the placeholder says which): the filter
 * holds null for 不限, the Select is given undefined, which it shows as its placeholder.
 */
function IdSelect({
  testId,
  width,
  searchable = false,
  placeholder,
  prefix,
  value,
  options,
  onChange,
}: {
  testId: string
  width: number
  /** Type to narrow the list: for lists too long to scroll through. */
  searchable?: boolean
  placeholder: string
  prefix?: string
  value: number | null | undefined
  options: Option[]
  onChange: (id: number | null) => void
}) {
  return (
    <Select
      data-testid={testId}
      style={{ width }}
      allowClear
      showSearch={searchable ? { optionFilterProp: 'label' } : undefined}
      placeholder={placeholder}
      value={value ?? undefined}
      options={options}
      onChange={(v?: number) => onChange(v ?? null)}
      prefix={prefix}
    />
  )
}
