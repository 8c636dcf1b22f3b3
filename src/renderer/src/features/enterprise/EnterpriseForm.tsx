import { App, Checkbox, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select } from 'antd'
import type { Dayjs } from 'dayjs'
import { useState } from 'react'
import {
  checkCreditCode,
  ENTERPRISE_STATUSES,
  enterpriseLabels as L,
  type Enterprise,
  type EnterpriseInput,
} from '../../../../shared/domain'
import { api, ApiError } from '../../api'
import { errorMessage } from '../../lib/errors'
import type { RefOption, References } from './references'

const FLAGS = ['isKey', 'isManaged', 'isAboveScale', 'isHighTech', 'isSpecialized'] as const
type Flag = (typeof FLAGS)[number]

type TextField =
  | 'name'
  | 'shortName'
  | 'formerNames'
  | 'creditCode'
  | 'room'
  | 'registeredAddress'
  | 'operatingAddress'
  | 'legalRep'
  | 'contact'
  | 'phone'
  | 'notes'

export type EnterpriseFormValues = Partial<Record<TextField, string>> & {
  industryId?: number
  buildingId?: number
  specialistId?: number
  partnerId?: number
  registeredCapital?: number | null
  establishedOn?: Dayjs | null
  settledOn?: Dayjs | null
  status?: (typeof ENTERPRISE_STATUSES)[number]
  flags?: Flag[]
}

/** Form values to the create input: dates as 'YYYY-MM-DD', cleared selects as null, flags as booleans. */
export function toEnterpriseInput(v: EnterpriseFormValues): EnterpriseInput {
  const { flags = [], establishedOn, settledOn, ...rest } = v
  const input: Record<string, unknown> = {}
  for (const [k, value] of Object.entries(rest)) input[k] = value === undefined || value === '' ? null : value
  input.establishedOn = establishedOn ? establishedOn.format('YYYY-MM-DD') : null
  input.settledOn = settledOn ? settledOn.format('YYYY-MM-DD') : null
  for (const f of FLAGS) input[f] = flags.includes(f)
  return input as EnterpriseInput
}

/** Problems the backend reports on a flag belong to the one checkbox group. */
function formItemOf(field: string): keyof EnterpriseFormValues {
  return ((FLAGS as readonly string[]).includes(field) ? 'flags' : field) as keyof EnterpriseFormValues
}

export interface EnterpriseFormProps {
  open: boolean
  refs: References
  onClose: () => void
  onCreated: (e: Enterprise) => void
}

const INITIAL: EnterpriseFormValues = { status: '在营', flags: [] }

export function EnterpriseForm({ open, refs, onClose, onCreated }: EnterpriseFormProps) {
  const [form] = Form.useForm<EnterpriseFormValues>()
  const [saving, setSaving] = useState(false)
  const { message } = App.useApp()

  const submit = async () => {
    let values: EnterpriseFormValues
    try {
      values = await form.validateFields()
    } catch {
      return // the items already show what is missing
    }
    setSaving(true)
    try {
      const created = await api.enterprise.create(toEnterpriseInput(values))
      void message.success(`已新增“${created.name}”`)
      form.resetFields()
      onCreated(created)
    } catch (e) {
      const fields = e instanceof ApiError ? (e.body.fields ?? {}) : {}
      form.setFields(Object.entries(fields).map(([name, msg]) => ({ name: formItemOf(name), errors: [msg] })))
      void message.error(errorMessage(e))
    } finally {
      setSaving(false)
    }
  }

  return (
    <Modal
      open={open}
      title="新增企业"
      width={820}
      style={{ top: 40 }}
      okText="保存"
      cancelText="取消"
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
      data-testid="enterprise-form"
    >
      <Form<EnterpriseFormValues>
        form={form}
        className="enterprise-form"
        layout="vertical"
        initialValues={INITIAL}
        preserve={false}
        requiredMark
      >
        <Row gutter={16}>
          <Col span={16}>
            <Form.Item
              name="name"
              label={L.name}
              rules={[{ required: true, whitespace: true, message: '请填写企业名称' }]}
            >
              <Input maxLength={100} autoFocus />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="shortName" label={L.shortName}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="creditCode"
              label={L.creditCode}
              rules={[{ validator: validateCreditCode }]}
              validateDebounce={300}
            >
              <Input maxLength={30} placeholder="18位,可留空" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="industryId" label={L.industryId}>
              <RefSelect options={refs.industries} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="buildingId" label={L.buildingId}>
              <RefSelect options={refs.buildings} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="room" label={L.room}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="status" label={L.status}>
              <Select options={ENTERPRISE_STATUSES.map((s) => ({ value: s, label: s }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="registeredAddress" label={L.registeredAddress}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="operatingAddress" label={L.operatingAddress}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="registeredCapital" label={L.registeredCapital}>
              <InputNumber min={0} precision={2} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="establishedOn" label={L.establishedOn}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="settledOn" label={L.settledOn}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="legalRep" label={L.legalRep}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="contact" label={L.contact}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="phone" label={L.phone}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="specialistId" label={L.specialistId}>
              <RefSelect options={refs.staff} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="partnerId" label={L.partnerId}>
              <RefSelect options={refs.partners} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="flags" label="企业标签">
              <Checkbox.Group options={FLAGS.map((f) => ({ value: f, label: L[f] }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="formerNames" label={L.formerNames}>
              <Input maxLength={300} placeholder="多个曾用名用、分隔" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="notes" label={L.notes}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  )
}

/** Catches a mistyped code while typing; the backend checks again on save. */
async function validateCreditCode(_: unknown, value: string | undefined): Promise<void> {
  if (!value || value.trim() === '') return
  const r = checkCreditCode(value)
  if (!r.ok) throw new Error(r.reason)
}

/** A searchable select of names; Form.Item supplies value and onChange. */
function RefSelect(props: { options: RefOption[]; value?: number; onChange?: (v: number | undefined) => void }) {
  return (
    <Select<number>
      {...props}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      placeholder="输入名称搜索"
      notFoundContent="没有匹配的选项"
    />
  )
}
