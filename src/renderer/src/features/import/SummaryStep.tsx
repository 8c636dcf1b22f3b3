import { DangerConfirm } from '../../components/DangerConfirm'
import { Alert, App, Button, Result, Space, Statistic, Table, Tabs } from 'antd'
import { useState } from 'react'
import { IMPORT_KIND_LABELS } from '../../../../shared/domain/fields'
import type { ImportIssue, ImportReport } from '../../../../shared/ipc/channels/import'
import { api } from '../../api'
import { navigate } from '../../app/useHashRoute'
import { saveBase64 } from '../../lib/download'
import { inShell, saveInShell } from '../../lib/shell'
import { errorMessage } from '../../lib/errors'
import { kindRoute } from './kinds'

interface Props {
  report: ImportReport
  onAgain: () => void
  onUndone: () => void
}

const ISSUE_COLUMNS = [
  { key: 'sheet', dataIndex: 'sheet', title: '工作表', width: 110 },
  { key: 'row', dataIndex: 'row', title: '行', width: 60 },
  { key: 'column', dataIndex: 'column', title: '列', width: 140 },
  { key: 'value', dataIndex: 'value', title: '值', width: 180, ellipsis: true },
  { key: 'message', dataIndex: 'message', title: '原因' },
]

/** Step 4: what happened, the problems (also as a workbook to fix from), and 撤销本次导入. */
export function SummaryStep({ report, onAgain, onUndone }: Props) {
  const { message } = App.useApp()
  const [undone, setUndone] = useState(false)
  const [working, setWorking] = useState(false)
  const label = IMPORT_KIND_LABELS[report.kind]

  const saveProblems = async () => {
    if (!report.batchId) return
    try {
      // The desktop app writes it where the user picks (system dialog); a browser downloads it.
      if (inShell()) await saveInShell({ what: 'import:problems', batchId: report.batchId })
      else saveBase64(await api.import.errorWorkbook({ batchId: report.batchId }))
    } catch (e) {
      message.error(errorMessage(e))
    }
  }

  const undo = async () => {
    if (!report.batchId) return
    setWorking(true)
    try {
      const r = await api.import.undo({ batchId: report.batchId })
      setUndone(true)
      onUndone()
      message.success(`已撤销本次导入:删除 ${r.deleted} 条新增记录,恢复 ${r.restored} 条被修改的记录。`)
    } catch (e) {
      message.error(errorMessage(e), 8)
    } finally {
      setWorking(false)
    }
  }

  const figures: [string, number][] = [
    ['读取行数', report.rowsRead],
    ['新增', report.inserted],
    ['更新', report.updated],
    ['未变化', report.unchanged],
    ['跳过', report.skipped],
    ['错误', report.errors.length],
  ]
  if (report.requestsInserted !== undefined) figures.splice(2, 0, ['新增诉求', report.requestsInserted])
  if (report.suspectedDuplicates) figures.push(['疑似重复', report.suspectedDuplicates])
  const created = Object.entries(report.created).filter(([, names]) => names.length > 0)

  return (
    <div className="import-summary" data-testid="import-summary">
      <Result
        status={undone ? 'info' : report.errors.length > 0 ? 'warning' : 'success'}
        title={undone ? '本次导入已撤销' : `已导入到${label}`}
        subTitle={
          undone
            ? '导入新增的记录已删除,被更新的记录已恢复原样。'
            : report.errors.length > 0
              ? `${report.errors.length} 行有问题未导入,可下载问题清单修改后重新导入。`
              : `“${report.file}”已全部导入。`
        }
        extra={
          <Space wrap>
            {!undone && (
              <Button type="primary" onClick={() => navigate(kindRoute(report.kind))}>
                查看{label}
              </Button>
            )}
            {(report.errors.length > 0 || report.warnings.length > 0) && (
              <Button onClick={() => void saveProblems()}>下载问题清单</Button>
            )}
            {!undone && report.batchId && (
              <DangerConfirm
                title="撤销本次导入?"
                content="本次导入新增的记录将被删除,被更新的记录恢复为导入前的内容。"
                okText="撤销"
                onConfirm={undo}
              >
                <Button danger loading={working}>
                  撤销本次导入
                </Button>
              </DangerConfirm>
            )}
            <Button onClick={onAgain}>导入其他文件</Button>
          </Space>
        }
      />
      <div className="import-figures" data-testid="import-figures">
        {figures.map(([title, value]) => (
          <Statistic key={title} title={title} value={value} />
        ))}
      </div>
      {created.length > 0 && (
        <p className="import-created">
          {created.map(([ledger, names]) => (
            <span key={ledger}>
              同时新建{ledger} {names.length} 个:{names.slice(0, 10).join('、')}
              {names.length > 10 ? ' 等' : ''}。
            </span>
          ))}
        </p>
      )}
      {report.totals && (
        <Alert
          data-testid="import-totals"
          type={report.totals.agrees ? 'success' : 'warning'}
          showIcon
          title={`核对文件自带的合计:${report.totals.agrees ? report.totals.summary : '与导入的不一致,按组列出如下'}`}
          description={
            <ul className="import-list">
              {report.totals.groups.map((g) => (
                <li key={`${g.sheet}:${g.row}`} className={g.agrees ? '' : 'import-totals-off'}>
                  {g.agrees ? '一致' : '不一致'}:第{g.row}行“{g.label}”,{g.text}
                </li>
              ))}
            </ul>
          }
        />
      )}
      {(report.errors.length > 0 || report.warnings.length > 0) && (
        <Tabs
          // A file whose rows all went in opens on its warnings (values left blank, codes corrected).
          defaultActiveKey={report.errors.length > 0 ? 'errors' : 'warnings'}
          items={[
            { key: 'errors', label: `错误 ${report.errors.length}`, children: issueTable(report.errors) },
            { key: 'warnings', label: `提示 ${report.warnings.length}`, children: issueTable(report.warnings) },
          ]}
        />
      )}
    </div>
  )
}

function issueTable(issues: ImportIssue[]) {
  return (
    <Table<ImportIssue>
      size="small"
      columns={ISSUE_COLUMNS}
      dataSource={issues}
      rowKey={(i) => `${i.sheet}:${i.row}:${i.column}:${i.message}`}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
    />
  )
}
