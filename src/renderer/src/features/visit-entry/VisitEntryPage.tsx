/**
 * 录入走访: a visit and the requests raised in it, typed from notes without the mouse. Enter and
 * Tab move through the fields, Ctrl+Enter saves the lot in one `visit:record`, and the form is
 * then ready for the next firm (date, visitors, form and campaign stay: notes come in rounds).
 */
import { Alert, App, Button, Form, Input, Radio, Select, Spin, type RefSelectProps } from 'antd'
import { useCallback, useEffect, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { localToday, VISIT_FORMS, visitSchema, type Campaign } from '../../../../shared/domain'
import { api, ApiError } from '../../api'
import { notifyDataChanged } from '../../api/changes'
import { LoadError } from '../../components/LoadError'
import { Page } from '../../components/Page'
import { RefSelect } from '../../components/ledger/pickers'
import { useReferences } from '../../components/ledger/useReferences'
import { errorMessage } from '../../lib/errors'
import { useLoad } from '../../lib/useLoad'
import { hashParams, idParam } from '../campaign/links'
import { campaignForDate, dateOutsideCampaign } from '../campaign/plan'
import { buildRecord, draftProblems, parseTypedDate, splitFieldErrors, weekday, type RequestDraft } from './entry'
import { FirmPicker, type PickedFirm } from './FirmPicker'
import { entryKey, entryKeyCapture, moveFocus } from './keyboard'
import { RecentVisits, type RecentVisit } from './RecentVisits'
import { RequestRows } from './RequestRows'
import { FOCUS_EVENT } from './shortcut'
import './visit-entry.css'

const SOURCES = ['staff', 'requestCategory', 'handlingUnit'] as const
type VisitForm = (typeof VISIT_FORMS)[number]

interface Errors {
  visit: Record<string, string>
  rows: Record<number, Record<string, string>>
}
const NO_ERRORS: Errors = { visit: {}, rows: {} }

const loadCampaigns = () => api.campaign.list()

export function VisitEntryPage() {
  const refs = useReferences(SOURCES)
  const campaigns = useLoad<Campaign[]>(loadCampaigns)
  const ready = refs.ready && !!campaigns.data
  const error = refs.error ?? campaigns.error
  return (
    <Page title="走访录入" subtitle="按笔记逐家录入:Enter / Tab 下一项,Ctrl+Enter 保存,Alt+N 随时打开本页" scroll>
      {error && !ready && (
        <LoadError
          message={error}
          onRetry={() => {
            refs.retry()
            campaigns.reload()
          }}
        />
      )}
      {!error && !ready && <Spin className="page-spin" />}
      {ready && <EntryForm refs={refs.refs} campaigns={campaigns.data!} />}
    </Page>
  )
}

let rowKey = 0
const newRow = (): RequestDraft => ({ key: ++rowKey, status: '受理' })

function EntryForm({ refs, campaigns }: { refs: ReturnType<typeof useReferences>['refs']; campaigns: Campaign[] }) {
  const { message } = App.useApp()
  const today = localToday()
  const root = useRef<HTMLDivElement>(null)
  const firmRef = useRef<RefSelectProps>(null)
  const [firm, setFirm] = useState<PickedFirm | null>(null)
  const [dateText, setDateText] = useState(today)
  const [visitorIds, setVisitorIds] = useState<number[]>([])
  const [form, setForm] = useState<VisitForm>('上门走访')
  // The campaign follows the date until the user chooses one (or none) himself.
  const [chosenCampaign, setChosenCampaign] = useState<{ id: number | null } | null>(() => {
    // #/visit-entry?campaign=12 (a plan's 录入走访): that campaign, whatever the date.
    const c = idParam(hashParams(window.location.hash), 'campaign')
    return c && campaigns.some((x) => x.id === c) ? { id: c } : null
  })
  const [summary, setSummary] = useState('')
  const [rows, setRows] = useState<RequestDraft[]>([])
  const [errors, setErrors] = useState<Errors>(NO_ERRORS)
  const [saving, setSaving] = useState(false)
  const [recent, setRecent] = useState<RecentVisit[]>([])

  const visitedOn = parseTypedDate(dateText, today)
  const campaignId = chosenCampaign ? chosenCampaign.id : (campaignForDate(campaigns, visitedOn ?? today)?.id ?? null)
  const campaign = campaigns.find((c) => c.id === campaignId) ?? null
  const outside = visitedOn ? dateOutsideCampaign(campaign, visitedOn) : null

  const focusFirm = useCallback(() => firmRef.current?.focus(), [])

  // #/visit-entry?firm=5 (a plan's 录入走访 on one firm): start with that firm.
  useEffect(() => {
    const f = idParam(hashParams(window.location.hash), 'firm')
    if (f) {
      api.enterprise.get({ id: f }).then(
        (e) => setFirm({ id: e.id, name: e.name }),
        () => {},
      )
    }
    focusFirm()
    window.addEventListener(FOCUS_EVENT, focusFirm)
    return () => window.removeEventListener(FOCUS_EVENT, focusFirm)
  }, [focusFirm])

  const clearVisitError = (...keys: string[]) =>
    setErrors((e) => {
      if (!keys.some((k) => e.visit[k])) return e
      const visit = { ...e.visit }
      for (const k of keys) delete visit[k]
      return { ...e, visit }
    })

  const changeRow = (i: number, patch: Partial<RequestDraft>) => {
    setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)))
    setErrors((e) => {
      if (!e.rows[i]) return e
      const row = { ...e.rows[i] }
      for (const k of Object.keys(patch)) delete row[k]
      if (patch.status) delete row.response
      return { ...e, rows: { ...e.rows, [i]: row } }
    })
  }

  const addRow = () => {
    // Drawn at once, so the very next key typed lands in the new row's first input.
    flushSync(() => setRows((rs) => [...rs, newRow()]))
    const last = root.current?.querySelectorAll('.request-row:not(.request-row-head)')
    last?.[last.length - 1]?.querySelector<HTMLElement>('input')?.focus()
  }

  const removeRow = (i: number) => {
    setRows((rs) => rs.filter((_, j) => j !== i))
    setErrors((e) => ({ ...e, rows: {} }))
  }

  const save = async () => {
    if (saving) return
    const visit: Record<string, string> = {}
    if (!firm) visit.enterpriseId = '请选择企业'
    if (!visitedOn) visit.visitedOn = '走访日期无效:可输入 2026-11-20、2026/11/20、20261120 或 11-20'
    else if (outside) visit.visitedOn = outside
    const summaryCheck = visitSchema.shape.summary.safeParse(summary)
    if (!summaryCheck.success) visit.summary = summaryCheck.error.issues[0]?.message ?? '走访情况无效'
    const rowProblems = draftProblems(rows, visitedOn ?? today)
    if (Object.keys(visit).length || Object.keys(rowProblems).length) {
      setErrors({ visit, rows: rowProblems })
      const first = Object.values(visit)[0] ?? Object.values(Object.values(rowProblems)[0] ?? {})[0]
      void message.error(first)
      return
    }
    const { input, rowOf } = buildRecord(
      { enterpriseId: firm!.id, date: dateText, visitorIds, form, campaignId, summary },
      visitedOn!,
      rows,
    )
    setSaving(true)
    try {
      const saved = await api.visit.record(input)
      notifyDataChanged('visit:record')
      const n = saved.requests.length
      void message.success(`已保存“${firm!.name}”的走访记录${n ? `及 ${n} 条诉求` : ''}`)
      setRecent((r) => [{ visit: saved.visit, requests: n }, ...r].slice(0, 20))
      setFirm(null)
      setSummary('')
      setRows([])
      setErrors(NO_ERRORS)
      setTimeout(focusFirm)
    } catch (e) {
      if (e instanceof ApiError) setErrors(splitFieldErrors(e.body.fields, rowOf))
      void message.error(errorMessage(e))
    } finally {
      setSaving(false)
    }
  }

  const v = errors.visit
  const status = (k: string) => (v[k] ? ('error' as const) : undefined)

  return (
    <div
      className="visit-entry"
      ref={root}
      onKeyDownCapture={(e) => entryKeyCapture(e, () => void save())}
      onKeyDown={entryKey}
    >
      <Form layout="vertical" component="div" className="visit-entry-form" data-testid="visit-entry">
        <div className="entry-grid">
          <div data-entry="" className="entry-firm">
            <Form.Item
              label="企业"
              required
              htmlFor="entry-firm"
              validateStatus={status('enterpriseId')}
              help={v.enterpriseId}
            >
              <FirmPicker
                ref={firmRef}
                id="entry-firm"
                value={firm}
                status={status('enterpriseId')}
                onChange={(f) => {
                  setFirm(f)
                  clearVisitError('enterpriseId')
                }}
                onPicked={() => moveFocus(root.current!, root.current!.querySelector('.entry-firm')!)}
              />
            </Form.Item>
          </div>
          <div data-entry="" className="entry-date">
            <Form.Item
              label="走访日期"
              required
              htmlFor="entry-date"
              validateStatus={status('visitedOn') ?? (outside ? 'warning' : undefined)}
              help={v.visitedOn ?? outside ?? (visitedOn ? weekday(visitedOn) : '日期无效,如 2026-11-20 或 11-20')}
            >
              <Input
                id="entry-date"
                value={dateText}
                onChange={(e) => {
                  setDateText(e.target.value)
                  clearVisitError('visitedOn')
                }}
                onBlur={() => visitedOn && setDateText(visitedOn)}
                placeholder="2026-11-20 或 11-20"
                data-testid="entry-date"
              />
            </Form.Item>
          </div>
          <div data-entry="" className="entry-visitors">
            <Form.Item
              label="走访人"
              htmlFor="entry-visitors"
              validateStatus={status('visitorIds')}
              help={v.visitorIds}
            >
              <RefSelect
                id="entry-visitors"
                source="staff"
                refs={refs}
                multiple
                value={visitorIds}
                onChange={(ids) => setVisitorIds((ids as number[] | undefined) ?? [])}
                placeholder="输入姓名,可选多人"
                data-testid="entry-visitors"
              />
            </Form.Item>
          </div>
          <div data-entry="" className="entry-form">
            <Form.Item label="走访形式" validateStatus={status('form')} help={v.form}>
              <Radio.Group
                value={form}
                onChange={(e) => setForm(e.target.value as VisitForm)}
                options={VISIT_FORMS.map((f) => ({ value: f, label: f }))}
                data-testid="entry-form"
              />
            </Form.Item>
          </div>
          <div data-entry="" className="entry-campaign">
            <Form.Item
              label="走访活动"
              htmlFor="entry-campaign"
              validateStatus={status('campaignId') ?? (outside ? 'warning' : undefined)}
              help={
                v.campaignId ??
                (chosenCampaign ? undefined : campaign ? '按走访日期自动选择' : '该日期不在任何走访活动期间')
              }
            >
              <Select<number>
                id="entry-campaign"
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                value={campaignId ?? undefined}
                onChange={(id) => {
                  setChosenCampaign({ id: id ?? null })
                  clearVisitError('campaignId', 'visitedOn')
                }}
                options={campaigns.map((c) => ({ value: c.id, label: c.name }))}
                placeholder="不属于走访活动"
                data-testid="entry-campaign"
              />
            </Form.Item>
          </div>
          <div data-entry="" className="entry-summary">
            <Form.Item label="走访情况" htmlFor="entry-summary" validateStatus={status('summary')} help={v.summary}>
              <Input.TextArea
                id="entry-summary"
                autoSize={{ minRows: 2, maxRows: 8 }}
                value={summary}
                onChange={(e) => setSummary(e.target.value)}
                placeholder="经营情况、企业反映的问题(Shift+Enter 换行)"
                data-testid="entry-summary"
              />
            </Form.Item>
          </div>
        </div>
        <div className="entry-section-title">诉求</div>
        {v.requests && <Alert type="error" showIcon title={v.requests} className="entry-requests-error" />}
        <RequestRows
          rows={rows}
          refs={refs}
          errors={errors.rows}
          onChange={changeRow}
          onAdd={addRow}
          onRemove={removeRow}
        />
        <div className="entry-actions">
          <Button type="primary" loading={saving} onClick={() => void save()} data-entry="" data-testid="entry-save">
            保存(Ctrl+Enter)
          </Button>
          <Button
            onClick={() => {
              setFirm(null)
              setSummary('')
              setRows([])
              setErrors(NO_ERRORS)
              focusFirm()
            }}
          >
            清空
          </Button>
          <span className="hint">保存后保留日期、走访人、形式和活动,便于连续录入下一家。</span>
        </div>
      </Form>
      <RecentVisits visits={recent} />
    </div>
  )
}
