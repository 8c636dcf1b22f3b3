/**
 * 报表: pick a report and its parameters; the preview on the right is the report's sheets
 * themselves (the same pager as the print page), so it shows exactly the pages that print.
 * 导出PDF and 打印 hand the report's print route to the shell (Electron) or the browser.
 */
import { FilePdfOutlined, PrinterOutlined } from '@ant-design/icons'
import { App, Button, Card, Radio, Result, Space, Spin, Tooltip } from 'antd'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { localToday } from '../../../../shared/domain'
import {
  parseReportRoute,
  REPORT_KINDS,
  REPORT_TITLES,
  reportRoute,
  type ReportKind,
} from '../../../../shared/reports/params'
import { api } from '../../api'
import { Page } from '../../components/Page'
import { errorMessage } from '../../lib/errors'
import { useLoad } from '../../lib/useLoad'
import { briefFilter, defaultBriefNote } from './data/brief'
import { PagedReport } from './layout/PagedReport'
import { canPrintInShell, exportPdf, printReport } from './print'
import { ReportParamsForm, type Choices, type ParamsState } from './ReportParamsForm'
import { useReport } from './useReport'
import './reports.css'
import { campaignsAndBuildings } from '../../lib/campaignLists'

const DESCRIPTIONS: Record<ReportKind, string> = {
  brief: '一次走访活动或一个月:关键数据、覆盖率与诉求图表、各楼宇覆盖率、在办及超期诉求',
  building: '一座楼宇或全部楼宇:楼掌柜、企业、覆盖率、诉求、房租减免',
  enterprise: '一家企业:概况、走访、诉求、房租减免、活动',
  requests: '一段时间受理的全部诉求,按状态和承办单位分组,标出超期',
}

async function loadChoices(): Promise<Choices> {
  const { campaigns, buildings, more: firms } = await campaignsAndBuildings(api.enterprise.list())
  return {
    campaigns,
    buildings: [...buildings].sort((a, b) => b.enterpriseCount - a.enterpriseCount),
    enterprises: firms.map((f) => ({ value: f.id, label: f.name })),
  }
}

/** The print route the parameters name, or null while a required choice is missing. */
function routeOf(kind: ReportKind, s: ParamsState): string | null {
  switch (kind) {
    case 'brief':
      if (s.briefBy === 'campaign')
        return s.campaignId ? reportRoute('brief', { campaignId: s.campaignId, note: s.note }) : null
      return reportRoute('brief', { month: s.month, note: s.note })
    case 'building':
      return reportRoute('building', { buildingId: s.buildingId })
    case 'enterprise':
      return s.enterpriseId ? reportRoute('enterprise', { enterpriseId: s.enterpriseId }) : null
    case 'requests':
      return reportRoute('requests', { from: s.from, to: s.to })
  }
}

export function ReportsPage() {
  const { message } = App.useApp()
  const choices = useLoad(loadChoices)
  const [kind, setKind] = useState<ReportKind>('brief')
  const [params, setParams] = useState<ParamsState>({ briefBy: 'campaign', month: localToday().slice(0, 7) })
  const [pages, setPages] = useState(0)
  const [busy, setBusy] = useState<'pdf' | 'print' | null>(null)
  const [defaultNote, setDefaultNote] = useState<{ key: string; text: string } | null>(null)

  // The latest campaign until the user picks one.
  const firstCampaign = choices.data?.campaigns[0]?.id
  const effective = useMemo(
    () => ({ ...params, campaignId: params.campaignId ?? firstCampaign }),
    [params, firstCampaign],
  )
  const route = routeOf(kind, effective)
  const request = useMemo(() => (route ? parseReportRoute(route) : null), [route])
  const { data, error } = useReport(request)

  // The brief's generated text for the chosen campaign or month, to start the user's edit from.
  const noteKey = kind === 'brief' ? JSON.stringify(routeOf('brief', { ...effective, note: undefined })) : ''
  useEffect(() => {
    if (!noteKey || (effective.briefBy === 'campaign' && !effective.campaignId)) return
    let live = true
    api.dashboard
      .get(
        briefFilter(
          effective.briefBy === 'campaign' ? { campaignId: effective.campaignId } : { month: effective.month },
        ),
      )
      .then((d) => live && setDefaultNote({ key: noteKey, text: defaultBriefNote(d) }))
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [noteKey, effective.briefBy, effective.campaignId, effective.month])

  const title = data ? `${data.report.title}-${localToday()}` : ''
  const onPages = useCallback((n: number) => setPages(n), [])

  const run = async (mode: 'pdf' | 'print') => {
    if (!route) return
    setBusy(mode)
    try {
      if (mode === 'pdf') {
        const how = await exportPdf(route, `${title}.pdf`)
        if (how === 'saved') message.success('已导出 PDF')
        else if (how === 'browser') message.success('已在新标签页打开报表,请在打印对话框中选择“另存为 PDF”')
      } else await printReport(route)
    } catch (e) {
      message.error(errorMessage(e))
    } finally {
      setBusy(null)
    }
  }
  const browserNote = canPrintInShell() ? undefined : '浏览器中:在新标签页打开报表并调出浏览器的打印对话框'

  return (
    <Page title="报表" subtitle="打印和导出会议用报表(A4)">
      <div className="reports-layout">
        <div className="reports-side">
          <Card size="small" title="报表">
            <Radio.Group
              className="reports-kinds"
              value={kind}
              onChange={(e) => {
                setKind(e.target.value as ReportKind)
                setPages(0)
              }}
              data-testid="report-kind"
            >
              {REPORT_KINDS.map((k) => (
                <Radio key={k} value={k}>
                  <div className="reports-kind-title">{REPORT_TITLES[k]}</div>
                  <div className="reports-kind-desc">{DESCRIPTIONS[k]}</div>
                </Radio>
              ))}
            </Radio.Group>
          </Card>
          <Card size="small" title="参数">
            {choices.data ? (
              <ReportParamsForm
                kind={kind}
                value={effective}
                onChange={(patch) => setParams((p) => ({ ...p, ...patch }))}
                choices={choices.data}
                defaultNote={defaultNote?.key === noteKey ? defaultNote.text : null}
              />
            ) : (
              <Spin />
            )}
          </Card>
          <Space wrap>
            <Tooltip title={browserNote}>
              <Button
                type="primary"
                icon={<FilePdfOutlined />}
                disabled={!data}
                loading={busy === 'pdf'}
                onClick={() => void run('pdf')}
              >
                导出PDF
              </Button>
            </Tooltip>
            <Tooltip title={browserNote}>
              <Button
                icon={<PrinterOutlined />}
                disabled={!data}
                loading={busy === 'print'}
                onClick={() => void run('print')}
              >
                打印
              </Button>
            </Tooltip>
          </Space>
          {data && pages > 0 && (
            <div className="reports-pages" data-testid="report-page-count">
              {`共 ${pages} 页,A4 ${data.report.orientation === 'landscape' ? '横向' : '纵向'}`}
            </div>
          )}
        </div>
        <div className="reports-preview" data-testid="report-preview">
          {error ? (
            <Result status="error" title="无法生成报表" subTitle={error} />
          ) : !route ? (
            <Result status="info" title={kind === 'enterprise' ? '请选择企业' : '请选择走访活动'} />
          ) : data ? (
            <PagedReport report={data.report} subdistrict={data.subdistrict} date={data.date} onPages={onPages} />
          ) : (
            <Spin className="reports-spin" />
          )}
        </div>
      </div>
    </Page>
  )
}
