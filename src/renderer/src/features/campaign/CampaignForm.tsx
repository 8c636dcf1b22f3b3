/** 新建走访活动: name, kind, dates and which firms it means to visit. */
import { markProblems, refuseProblems } from '../../lib/formProblems'
import { App, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select } from 'antd'
import type { Dayjs } from 'dayjs'
import { useRef, useState } from 'react'
import { CAMPAIGN_KINDS, CAMPAIGN_SCOPE_LABELS, type Campaign } from '../../../../shared/domain'
import { api, ApiError } from '../../api'
import { RefSelect } from '../../components/ledger/pickers'
import type { References } from '../../components/ledger/references'
import { errorMessage } from '../../lib/errors'
import { toIsoDate } from '../../lib/format'
import { campaignProblems, suggestedName, toCampaignInput, type CampaignFormValues } from './campaignInput'
import { WorkDialog } from '../../components/WorkDialog'

interface Values extends Omit<CampaignFormValues, 'startOn' | 'endOn'> {
  startOn?: Dayjs | null
  endOn?: Dayjs | null
}

const day = (d: Dayjs | null | undefined) => (d ? toIsoDate(d.toDate()) : null)

export function CampaignForm({
  refs,
  onClose,
  onCreated,
}: {
  refs: References
  onClose: () => void
  onCreated: (c: Campaign) => void
}) {
  const [form] = Form.useForm<Values>()
  const { message } = App.useApp()
  const [saving, setSaving] = useState(false)
  const scopeKind = Form.useWatch('scopeKind', form)
  const autoName = useRef('')

  const submit = async () => {
    const v = form.getFieldsValue(true) as Values
    const input = toCampaignInput({ ...v, startOn: day(v.startOn), endOn: day(v.endOn) })
    const problems = campaignProblems(input)
    if (refuseProblems(form, message, problems)) return
    setSaving(true)
    try {
      const created = await api.campaign.create(input)
      void message.success(`已新建走访活动“${created.name}”`)
      onCreated(created)
    } catch (e) {
      if (e instanceof ApiError && e.body.fields) markProblems(form, e.body.fields)
      void message.error(errorMessage(e))
    } finally {
      setSaving(false)
    }
  }

  const onValuesChange = (changed: Partial<Values>, all: Values) => {
    // An edited item no longer shows the complaint about its old value.
    form.setFields(Object.keys(changed).map((name) => ({ name: name as keyof Values, errors: [] })))
    // A name of the usual form once kind and start are known, unless the user typed one.
    if (!('kind' in changed || 'startOn' in changed)) return
    const current = all.name ?? ''
    if (current && current !== autoName.current) return
    autoName.current = suggestedName(all.kind, day(all.startOn))
    form.setFieldsValue({ name: autoName.current })
  }

  return (
    <WorkDialog
      title="新建走访活动"
      width={640}
      testId="campaign-form"
      saveText="保存并查看计划"
      saving={saving}
      onSave={() => void submit()}
      onClose={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ scopeKind: 'all', kind: '主题月' }}
        onValuesChange={onValuesChange}
      >
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="kind" label="类型" required>
              <Select options={CAMPAIGN_KINDS.map((k) => ({ value: k, label: k }))} data-testid="campaign-kind" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="startOn" label="开始日期" required>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="endOn" label="结束日期" required>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="name" label="活动名称" required>
              <Input placeholder="如:2026年冬令大走访" data-testid="campaign-name" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="targetCoverage" label="覆盖率目标" tooltip="首页覆盖率图上的目标线;不填则用首页设定的目标">
              <InputNumber min={0} max={100} suffix="%" style={{ width: '100%' }} data-testid="campaign-target" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="scopeKind" label="走访范围">
              <Radio.Group
                options={(Object.keys(CAMPAIGN_SCOPE_LABELS) as (keyof typeof CAMPAIGN_SCOPE_LABELS)[]).map((k) => ({
                  value: k,
                  label: CAMPAIGN_SCOPE_LABELS[k],
                }))}
                data-testid="campaign-scope"
              />
            </Form.Item>
          </Col>
          {(scopeKind === 'buildings' || scopeKind === 'industries') && (
            <Col span={24}>
              <Form.Item name="scopeIds" label={scopeKind === 'buildings' ? '楼宇' : '行业'} required>
                <RefSelect
                  source={scopeKind === 'buildings' ? 'building' : 'industry'}
                  refs={refs}
                  multiple
                  placeholder={scopeKind === 'buildings' ? '选择一座或几座楼宇' : '选择一个或几个行业'}
                  data-testid="campaign-scope-ids"
                />
              </Form.Item>
            </Col>
          )}
          <Col span={24}>
            <Form.Item name="notes" label="备注">
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} placeholder="如:处级干部带队,各科室协同" />
            </Form.Item>
          </Col>
        </Row>
        <div className="hint">迁出、注销或吊销的企业不列入走访计划。</div>
      </Form>
    </WorkDialog>
  )
}
