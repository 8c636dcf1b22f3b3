import { Alert, Button, Checkbox, InputNumber, Radio, Select, Space, Table, Tag, Tooltip, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { IMPORT_KIND_LABELS, type ImportKind } from '../../../../shared/domain/fields'
import {
  IMPORT_MODES,
  IMPORT_MODE_LABELS,
  type ImportMode,
  type ImportPreview,
  type PreviewRow,
} from '../../../../shared/ipc/channels/import'
import { KIND_OPTIONS } from './kinds'

/** What the user changed about how the file is read; each change asks main for a new preview. */
export interface PreviewChoice {
  kind?: ImportKind
  sheet?: string
  headerRow?: number
  mapping?: (string | null)[]
  /** 无表头: every row is data; the columns' fields guessed from their values, for the user to confirm. */
  noHeader?: boolean
}

interface Props {
  preview: ImportPreview
  choice: PreviewChoice
  busy: boolean
  mode: ImportMode
  onMode: (m: ImportMode) => void
  flagBadCodes: boolean
  onFlagBadCodes: (v: boolean) => void
  onChange: (next: PreviewChoice) => void
  onBack: () => void
  onRun: () => void
  /** Several files chosen together: go on to the next one without importing this one. */
  onSkip?: () => void
}

const MODE_HELP: Record<ImportMode, string> = {
  upsert: '已有企业按信用代码或名称更新,表中空白单元格不会清除已有内容',
  insert: '只新增,已有记录报告为错误',
  skip: '已有记录原样保留,只新增没有的',
}

/** Step 2: what was found (sheet, header row, ledger), how each column maps, and the first rows. */
export function MappingStep(props: Props) {
  const { preview, choice, busy, onChange } = props
  const mapping = preview.columns.reduce<(string | null)[]>((m, c) => {
    m[c.index] = c.field
    return m
  }, [])
  const setField = (index: number, field: string | null) => {
    // One column per field: choosing a field taken by another column frees that column.
    const next = mapping.map((f, i) => (i === index ? field : f === field && field !== null ? null : (f ?? null)))
    onChange({ ...choice, kind: preview.kind, mapping: next })
  }
  const mapped = mapping.filter(Boolean).length
  const problems = preview.rows.reduce((n, r) => n + r.cells.filter((c) => c.problem).length, 0)
  const warned = preview.rows.reduce((n, r) => n + r.cells.filter((c) => c.warning).length, 0)
  const interpreted = preview.rows.some((r) => r.cells.some((c) => c.storedAs))
  const multiSheet = preview.sheets.length > 1

  return (
    <div className="import-map">
      <div className="import-found">
        <Space wrap size="middle">
          <span>
            文件 <b>{preview.file}</b>
            {preview.format === 'csv' && <Tag className="import-tag">CSV · {preview.encoding ?? 'UTF-8'}</Tag>}
          </span>
          <span>
            导入到{' '}
            <Select
              aria-label="导入到"
              size="small"
              style={{ width: 150 }}
              value={preview.kind}
              disabled={busy}
              options={KIND_OPTIONS}
              onChange={(k: ImportKind) => onChange({ ...choice, kind: k, mapping: undefined })}
            />
            {preview.kindGuessed && <Tag color="blue">按表头识别</Tag>}
          </span>
          {multiSheet && (
            <span>
              工作表{' '}
              <Select
                aria-label="工作表"
                size="small"
                style={{ width: 200 }}
                value={choice.sheet ?? ''}
                disabled={busy}
                options={[
                  { value: '', label: '所有格式相同的工作表' },
                  ...preview.sheets.map((s) => ({ value: s.name, label: s.hidden ? `${s.name}(隐藏)` : s.name })),
                ]}
                onChange={(sheet: string) =>
                  onChange({ ...choice, sheet: sheet || undefined, headerRow: undefined, mapping: undefined })
                }
              />
            </span>
          )}
          <Checkbox
            aria-label="无表头"
            checked={preview.noHeader}
            disabled={busy}
            onChange={(e) =>
              onChange({
                ...choice,
                kind: preview.kind,
                noHeader: e.target.checked,
                headerRow: undefined,
                mapping: undefined,
              })
            }
          >
            无表头(第一行就是数据)
          </Checkbox>
          {!preview.noHeader && (
            <span>
              表头在第{' '}
              <InputNumber
                aria-label="表头行"
                size="small"
                min={1}
                max={1000}
                style={{ width: 64 }}
                value={preview.headerRow}
                disabled={busy}
                onChange={(v) =>
                  v && v !== preview.headerRow && onChange({ ...choice, headerRow: v, mapping: undefined })
                }
              />{' '}
              行{preview.headerDepth === 2 && '(两行表头已合并)'}
            </span>
          )}
          {preview.remembered && <Tag color="green">已沿用上次同样表头的映射</Tag>}
        </Space>
        {multiSheet && (
          <div className="import-sheets">
            {preview.sheets.map((s) => (
              <Tooltip key={s.name} title={s.note}>
                <Tag color={s.included ? 'processing' : 'default'}>
                  {s.name}
                  {s.rows !== null && ` · ${s.rows} 行`}
                  {s.included ? '' : '(不导入)'}
                </Tag>
              </Tooltip>
            ))}
          </div>
        )}
      </div>

      {preview.noHeader && (
        <Alert
          type="warning"
          showIcon
          data-testid="import-no-header"
          title={
            preview.noHeaderGuessed
              ? '文件中没有找到表头,已按“无表头”读取:第一行也是数据。'
              : '已按“无表头”读取:第一行也是数据。'
          }
          description="各列对应的字段是按内容猜测的(有效的统一社会信用代码、企业名称、日期、金额等),请逐列核对,必要时在列头的下拉框中改正,确认无误后再开始导入。"
        />
      )}
      {preview.warnings.length > 0 && (
        <Alert
          type="info"
          showIcon
          title="读取时注意到"
          description={
            <ul className="import-list">
              {preview.warnings.slice(0, 8).map((w, i) => (
                <li key={i}>{w.message}</li>
              ))}
            </ul>
          }
        />
      )}
      <Alert
        type={problems > 0 ? 'warning' : 'success'}
        showIcon
        title={
          (problems > 0
            ? `预览的前 ${preview.rows.length} 行中有 ${problems} 处问题(红色单元格,鼠标移上去查看原因);有问题的行不会导入,其余照常导入。`
            : `预览的前 ${preview.rows.length} 行没有发现问题。`) +
          (warned > 0 ? `另有 ${warned} 处提示(黄色单元格):该行照常导入,无法识别的值留空并列入问题清单。` : '') +
          (interpreted ? '灰色“→”后是将存入的值。' : '')
        }
      />

      <Table<PreviewRow>
        data-testid="import-preview"
        className="import-preview"
        size="small"
        bordered
        pagination={false}
        loading={busy}
        scroll={{ x: 'max-content', y: 420 }}
        rowKey={(r) => `${r.sheet}:${r.row}`}
        rowClassName={(r) => (r.skipped ? 'import-row-skipped' : '')}
        dataSource={preview.rows}
        columns={previewColumns(preview, multiSheet, busy, setField)}
      />

      <div className="import-options">
        <Space orientation="vertical" size={4}>
          <Space>
            <span>已有记录</span>
            <Radio.Group
              aria-label="导入方式"
              value={props.mode}
              onChange={(e) => props.onMode(e.target.value as ImportMode)}
              options={IMPORT_MODES.map((m) => ({ value: m, label: IMPORT_MODE_LABELS[m] }))}
            />
          </Space>
          <Typography.Text type="secondary">{MODE_HELP[props.mode]}</Typography.Text>
          {(preview.kind === 'enterprises' || preview.kind === 'partners') && (
            <Checkbox checked={props.flagBadCodes} onChange={(e) => props.onFlagBadCodes(e.target.checked)}>
              信用代码校验不通过的行也导入(不写入代码,标记为待核实)
            </Checkbox>
          )}
        </Space>
        <Space>
          <Button onClick={props.onBack} disabled={busy}>
            重新选择文件
          </Button>
          {props.onSkip && (
            <Button onClick={props.onSkip} disabled={busy}>
              跳过此文件
            </Button>
          )}
          <Button type="primary" onClick={props.onRun} disabled={busy || mapped === 0}>
            {preview.noHeader ? '确认各列并导入到' : '开始导入到'}
            {IMPORT_KIND_LABELS[preview.kind]}
          </Button>
        </Space>
      </div>
    </div>
  )
}

function previewColumns(
  preview: ImportPreview,
  multiSheet: boolean,
  busy: boolean,
  setField: (index: number, field: string | null) => void,
): ColumnsType<PreviewRow> {
  const fieldOptions = [
    { value: '', label: '(不导入)' },
    ...preview.fields.map((f) => ({ value: f.key, label: f.label })),
  ]
  return [
    {
      key: 'row',
      title: '行',
      fixed: 'left',
      width: multiSheet ? 120 : 64,
      render: (_, r) => (
        <span className="import-rownum">
          {multiSheet ? `${r.sheet} ` : ''}
          {r.row}
          {r.skipped && <div className="import-skip-note">跳过:{r.skipped}</div>}
        </span>
      ),
    },
    ...preview.columns.map((c) => ({
      key: `c${c.index}`,
      width: 160,
      title: (
        <div className="import-col-head">
          <div className="import-col-name" title={c.header}>
            {c.letter} · {c.header || '(无表头)'}
          </div>
          <Select
            aria-label={`第${c.letter}列导入为`}
            size="small"
            style={{ width: '100%' }}
            showSearch={{ optionFilterProp: 'label' }}
            value={c.field ?? ''}
            disabled={busy}
            options={fieldOptions}
            className={c.field ? 'import-mapped' : 'import-unmapped'}
            onChange={(v: string) => setField(c.index, v || null)}
          />
        </div>
      ),
      onCell: (r: PreviewRow) => ({
        className: r.cells[c.index]?.problem
          ? 'import-cell-bad'
          : r.cells[c.index]?.warning
            ? 'import-cell-warned'
            : undefined,
      }),
      render: (_: unknown, r: PreviewRow) => {
        const cell = r.cells[c.index]
        if (!cell) return null
        if (cell.warning) {
          return (
            <Tooltip title={cell.warning}>
              <span className="import-cell-warning" data-warning={cell.warning}>
                {cell.value}
                {cell.storedAs && <span className="import-cell-stored">→ {cell.storedAs}</span>}
              </span>
            </Tooltip>
          )
        }
        if (!cell.problem) {
          return (
            <span className={c.field ? '' : 'import-cell-unused'}>
              {cell.value}
              {cell.storedAs && (
                <span className="import-cell-stored" title={`存入:${cell.storedAs}`}>
                  → {cell.storedAs}
                </span>
              )}
            </span>
          )
        }
        return (
          <Tooltip title={cell.problem}>
            <span className="import-cell-problem" data-problem={cell.problem}>
              {cell.value || '(空)'}
            </span>
          </Tooltip>
        )
      },
    })),
  ]
}
