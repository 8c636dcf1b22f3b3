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
      <Select
        data-testid="filter-campaign"
        style={{ width: 260 }}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder="全部走访(不限活动)"
        value={f.campaignId ?? undefined}
        options={options.campaigns}
        onChange={(v?: number) => set({ campaignId: v ?? null })}
        prefix="走访活动"
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
      <Select
        data-testid="filter-building"
        style={{ width: 180 }}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder="全部楼宇"
        value={f.buildingId ?? undefined}
        options={options.buildings}
        onChange={(v?: number) => set({ buildingId: v ?? null })}
      />
      <Select
        data-testid="filter-industry"
        style={{ width: 150 }}
        allowClear
        placeholder="全部行业"
        value={f.industryId ?? undefined}
        options={options.industries}
        onChange={(v?: number) => set({ industryId: v ?? null })}
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
