/**
 * Moves a request along its loop (受理 → 已派单 → 办理中 → 已办结 | 无法解决), from any list of
 * requests: only the moves the rules allow are offered, each asks for what it needs, the rules
 * are explained before saving, and main's refusal is shown as it said it. Beside it, the
 * request's status timeline: who moved it, and when.
 */
import { App, Button, DatePicker, Descriptions, Form, Input, Radio, Select, Spin, Tag } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useCallback, useState } from 'react'
import { SATISFACTIONS, type Request, type RequestStatus } from '../../../../shared/domain'
import { api, ApiError } from '../../api'
import { EntityLink } from '../../components/EntityLink'
import { LoadError } from '../../components/LoadError'
import { RefSelect } from '../../components/ledger/pickers'
import { useReferences } from '../../components/ledger/useReferences'
import { errorMessage } from '../../lib/errors'
import { toIsoDate } from '../../lib/format'
import { useLoad } from '../../lib/useLoad'
import { allowedMoves, moveNeeds, movePatch, moveProblems, statusColor } from './moves'
import { RequestTimeline } from './RequestTimeline'
import './supervision.css'
import { WorkDialog } from '../../components/WorkDialog'

export interface RequestStatusDialogProps {
  requestId: number
  onClose: () => void
  /** After a save, with the request as main now has it. */
  onSaved?: (request: Request) => void
}

const HANDLING_UNIT = ['handlingUnit'] as const

export function RequestStatusDialog({ requestId, onClose, onSaved }: RequestStatusDialogProps) {
  const load = useCallback(() => api.request.get({ id: requestId }), [requestId])
  const { data: request, error, reload, setData } = useLoad<Request>(load)
  const refs = useReferences(HANDLING_UNIT)
  const [version, setVersion] = useState(0)

  return (
    <WorkDialog title="诉求办理" width={920} onClose={onClose} testId="request-status-dialog">
      {error && <LoadError message={error} onRetry={reload} />}
      {!error && (!request || !refs.ready) && <Spin />}
      {request && refs.ready && (
        <div className="request-dialog">
          <div className="request-dialog-main">
            <RequestFacts request={request} />
            <MoveForm
              key={`${request.id}:${request.status}:${request.updatedAt}`}
              request={request}
              refs={refs.refs}
              onCancel={onClose}
              onSaved={(r) => {
                setData(r)
                setVersion((v) => v + 1)
                onSaved?.(r)
              }}
            />
          </div>
          <div className="request-dialog-side">
            <div className="request-dialog-side-title">办理记录</div>
            {/* Remounted after a save: the move just made joins the timeline. */}
            <RequestTimeline key={version} requestId={request.id} />
          </div>
        </div>
      )}
    </WorkDialog>
  )
}

function RequestFacts({ request: r }: { request: Request }) {
  const late = (r.daysOverdue ?? 0) > 0
  return (
    <Descriptions
      size="small"
      column={2}
      bordered
      className="request-facts"
      items={[
        {
          key: 'firm',
          label: '企业',
          span: 2,
          children: (
            <EntityLink kind="enterprise" id={r.enterpriseId}>
              {r.enterpriseName}
            </EntityLink>
          ),
        },
        { key: 'content', label: '诉求内容', span: 2, children: r.content },
        { key: 'category', label: '诉求类别', children: r.categoryName ?? '—' },
        { key: 'unit', label: '承办单位', children: r.handlingUnitName ?? '—' },
        { key: 'received', label: '受理日期', children: r.receivedOn },
        {
          key: 'due',
          label: '办理时限',
          children: (
            <>
              {r.dueOn ?? '—'}
              {late && <span className="overdue-days"> 已逾期 {r.daysOverdue} 天</span>}
            </>
          ),
        },
        {
          key: 'status',
          label: '当前状态',
          children: (
            <Tag color={statusColor(r.status, late)} data-testid="current-status">
              {r.status}
            </Tag>
          ),
        },
        { key: 'closed', label: '办结日期', children: r.closedOn ?? '—' },
      ]}
    />
  )
}

interface MoveFormProps {
  request: Request
  refs: ReturnType<typeof useReferences>['refs']
  onCancel: () => void
  onSaved: (r: Request) => void
}

function MoveForm({ request, refs, onCancel, onSaved }: MoveFormProps) {
  const { message } = App.useApp()
  const from = (request.status ?? '受理') as RequestStatus
  const moves = allowedMoves(from)
  const [to, setTo] = useState<RequestStatus | null>(null)
  const [unit, setUnit] = useState<number | null>(request.handlingUnitId)
  const [response, setResponse] = useState(request.response ?? '')
  const [closedOn, setClosedOn] = useState<Dayjs | null>(dayjs())
  const [followUpOn, setFollowUpOn] = useState<Dayjs | null>(request.followUpOn ? dayjs(request.followUpOn) : null)
  const [satisfaction, setSatisfaction] = useState<string | null>(request.satisfaction)
  const [tried, setTried] = useState(false)
  const [serverFields, setServerFields] = useState<Record<string, string>>({})
  const [saving, setSaving] = useState(false)

  const need = to ? moveNeeds(to) : null
  const values = { handlingUnitId: unit, response, closedOn: closedOn ? toIsoDate(closedOn.toDate()) : null }
  const problems = to ? moveProblems(request, to, values) : {}
  // Required fields complain once saving was tried; a date before receipt complains at once.
  const shown = (field: string): string | undefined =>
    serverFields[field] ??
    (tried || (field === 'closedOn' && problems.closedOn?.includes('早于')) ? problems[field] : undefined)

  // 回访 belongs to a request that is (or is being) closed.
  const closedAfter = to ? moveNeeds(to).closedOn : from === '已办结' || from === '无法解决'
  const followPatch: Record<string, unknown> = {}
  if (closedAfter) {
    const f = followUpOn ? toIsoDate(followUpOn.toDate()) : null
    if (f !== request.followUpOn) followPatch.followUpOn = f
    if ((satisfaction ?? null) !== request.satisfaction) followPatch.satisfaction = satisfaction ?? null
  }
  const followProblem =
    followPatch.followUpOn && request.receivedOn > String(followPatch.followUpOn) ? '回访日期不能早于受理日期' : null

  const save = async () => {
    setTried(true)
    if (!to && !Object.keys(followPatch).length) {
      void message.warning('请选择要改为的状态')
      return
    }
    if (Object.keys(problems).length || followProblem) {
      void message.error(Object.values(problems)[0] ?? followProblem)
      return
    }
    const patch = { ...(to ? movePatch(request, to, values) : {}), ...followPatch }
    setSaving(true)
    try {
      const saved = await api.request.update({ id: request.id, patch })
      void message.success(to ? `诉求已改为“${saved.status}”` : '已保存回访情况')
      onSaved(saved)
    } catch (e) {
      if (e instanceof ApiError) setServerFields(e.body.fields ?? {})
      void message.error(errorMessage(e))
    } finally {
      setSaving(false)
    }
  }

  const item = (field: string) => {
    const help = shown(field)
    return { validateStatus: help ? ('error' as const) : undefined, help }
  }

  return (
    // Not a <form>: Enter confirming a typed date must not save the dialog.
    <Form layout="vertical" component="div" className="move-form" data-testid="move-form">
      <Form.Item label="改为" {...item('status')}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          value={to}
          onChange={(e) => {
            setTo(e.target.value as RequestStatus)
            setServerFields({})
          }}
          options={moves.map((m) => ({ value: m, label: m }))}
          data-testid="move-choices"
        />
        <div className="move-hint">
          {need ? need.hint : `“${from}”的诉求可改为:${moves.join('、')}`}
          {from === '已办结' || from === '无法解决' ? '(重新打开后办结日期将清空)' : ''}
        </div>
      </Form.Item>
      {need?.handlingUnit && (
        <Form.Item label="承办单位" required={to === '已派单'} {...item('handlingUnitId')}>
          <RefSelect
            source="handlingUnit"
            refs={refs}
            value={unit ?? undefined}
            onChange={(v) => setUnit((v as number | undefined) ?? null)}
            placeholder="选择承办单位"
            data-testid="move-unit"
          />
        </Form.Item>
      )}
      {need?.response && (
        <Form.Item label={need.responseLabel} required {...item('response')}>
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            value={response}
            onChange={(e) => setResponse(e.target.value)}
            placeholder={to === '无法解决' ? '写明无法解决的原因' : '写明办理结果,如:已对接区金融办,获批贷款200万元'}
            data-testid="move-response"
          />
        </Form.Item>
      )}
      {need?.closedOn && (
        <Form.Item label="办结日期" required htmlFor="move-closed-on" {...item('closedOn')}>
          <DatePicker value={closedOn} onChange={setClosedOn} allowClear={false} id="move-closed-on" />
        </Form.Item>
      )}
      {closedAfter && (
        <div className="follow-up">
          <Form.Item
            label="回访日期"
            validateStatus={followProblem ? 'error' : undefined}
            help={followProblem ?? undefined}
          >
            <DatePicker value={followUpOn} onChange={setFollowUpOn} placeholder="回访后填写" />
          </Form.Item>
          <Form.Item label="满意度">
            <Select
              allowClear
              style={{ width: 140 }}
              value={satisfaction ?? undefined}
              onChange={(v?: string) => setSatisfaction(v ?? null)}
              options={SATISFACTIONS.map((s) => ({ value: s, label: s }))}
              placeholder="回访后填写"
            />
          </Form.Item>
        </div>
      )}
      <div className="move-actions">
        <Button onClick={onCancel}>关闭</Button>
        <Button type="primary" loading={saving} onClick={() => void save()} data-testid="move-save">
          保存
        </Button>
      </div>
    </Form>
  )
}
