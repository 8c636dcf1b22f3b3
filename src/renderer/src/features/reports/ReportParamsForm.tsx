/** The parameters of each report: campaign or month, building, firm, period; and the brief's own text. */
import { Button, DatePicker, Form, Input, Segmented, Select } from 'antd'
import dayjs from 'dayjs'
import type { ReportKind } from '../../../../shared/reports/params'
import type { Building, Campaign } from '../../../../shared/domain'

export interface ParamsState {
  briefBy: 'campaign' | 'month'
  campaignId?: number
  month: string
  note?: string
  buildingId?: number
  enterpriseId?: number
  from?: string
  to?: string
}

export interface Choices {
  campaigns: Campaign[]
  buildings: Building[]
  enterprises: { value: number; label: string }[]
}

export function ReportParamsForm({
  kind,
  value,
  onChange,
  choices,
  defaultNote,
}: {
  kind: ReportKind
  value: ParamsState
  onChange: (patch: Partial<ParamsState>) => void
  choices: Choices
  /** The brief's generated text for the chosen campaign or month, once known. */
  defaultNote: string | null
}) {
  switch (kind) {
    case 'brief':
      return (
        <Form layout="vertical" size="small">
          <Form.Item label="统计范围">
            <Segmented
              value={value.briefBy}
              onChange={(v) => onChange({ briefBy: v as ParamsState['briefBy'], note: undefined })}
              options={[
                { value: 'campaign', label: '按走访活动' },
                { value: 'month', label: '按月份' },
              ]}
            />
          </Form.Item>
          {value.briefBy === 'campaign' ? (
            <Form.Item label="走访活动">
              <Select
                data-testid="report-campaign"
                value={value.campaignId}
                onChange={(id: number) => onChange({ campaignId: id, note: undefined })}
                options={choices.campaigns.map((c) => ({ value: c.id, label: c.name }))}
                showSearch={{ optionFilterProp: 'label' }}
                placeholder="选择走访活动"
              />
            </Form.Item>
          ) : (
            <Form.Item label="月份">
              <DatePicker
                picker="month"
                allowClear={false}
                value={dayjs(`${value.month}-01`)}
                onChange={(d) => d && onChange({ month: d.format('YYYY-MM'), note: undefined })}
              />
            </Form.Item>
          )}
          <Form.Item label="总体情况(打印前可修改)">
            <Input.TextArea
              data-testid="report-note"
              autoSize={{ minRows: 5, maxRows: 12 }}
              maxLength={2000}
              // Edited freely; the preview takes the text when the box is left.
              key={defaultNote ?? ''}
              defaultValue={value.note ?? defaultNote ?? ''}
              onBlur={(e) => onChange({ note: e.target.value === defaultNote ? undefined : e.target.value })}
            />
          </Form.Item>
          <Button size="small" disabled={value.note === undefined} onClick={() => onChange({ note: undefined })}>
            恢复自动生成的文字
          </Button>
        </Form>
      )
    case 'building':
      return (
        <OneChoice
          label="楼宇"
          testId="report-building"
          value={value.buildingId ?? 0}
          onChange={(id) => onChange({ buildingId: id || undefined })}
          options={[
            { value: 0, label: '全部楼宇(一览表)' },
            ...choices.buildings.map((b) => ({ value: b.id, label: b.name })),
          ]}
        />
      )
    case 'enterprise':
      return (
        <OneChoice
          label="企业"
          testId="report-enterprise"
          value={value.enterpriseId}
          onChange={(id) => onChange({ enterpriseId: id })}
          options={choices.enterprises}
          placeholder="输入企业名称查找"
        />
      )
    case 'requests':
      return (
        <Form layout="vertical" size="small">
          <Form.Item label="受理日期(不选为全部)">
            <DatePicker.RangePicker
              allowEmpty={[true, true]}
              value={[value.from ? dayjs(value.from) : null, value.to ? dayjs(value.to) : null]}
              onChange={(r) =>
                onChange({
                  from: r?.[0]?.format('YYYY-MM-DD') ?? undefined,
                  to: r?.[1]?.format('YYYY-MM-DD') ?? undefined,
                })
              }
            />
          </Form.Item>
        </Form>
      )
  }
}

interface OneChoiceProps {
  label: string
  testId: string
  value: number | undefined
  onChange: (id: number) => void
  options: { value: number; label: string }[]
  placeholder?: string
}

/** A report that asks for one record (a building, a firm): a list searched by name under its label. */
function OneChoice({ label, testId, value, onChange, options, placeholder }: OneChoiceProps) {
  return (
    <Form layout="vertical" size="small">
      <Form.Item label={label}>
        <Select
          data-testid={testId}
          value={value}
          onChange={onChange}
          options={options}
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={placeholder}
        />
      </Form.Item>
    </Form>
  )
}
