/** The requests raised in a visit: as many rows as the notes have, each one request. */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Form, Input, Select, Tooltip } from 'antd'
import type { ReactNode } from 'react'
import { isClosed } from '../../../../shared/domain'
import { RefSelect } from '../../components/ledger/pickers'
import type { References, RefSource } from '../../components/ledger/references'
import { STATUS_CHOICES, type RequestDraft } from './entry'

export interface RequestRowsProps {
  rows: RequestDraft[]
  refs: References
  /** Row index -> field -> message. */
  errors: Record<number, Record<string, string>>
  onChange: (index: number, patch: Partial<RequestDraft>) => void
  onAdd: () => void
  onRemove: (index: number) => void
}

/** One input of a row, with its message under it; `data-entry` makes it a stop for Enter. */
function Cell({ error, children }: { error: string | undefined; children: ReactNode }) {
  return (
    <div data-entry="">
      <Form.Item validateStatus={error ? 'error' : undefined} help={error}>
        {children}
      </Form.Item>
    </div>
  )
}

export function RequestRows({ rows, refs, errors, onChange, onAdd, onRemove }: RequestRowsProps) {
  return (
    <div className="request-rows" data-testid="request-rows">
      {rows.length > 0 && (
        <div className="request-row request-row-head">
          <span>诉求类别</span>
          <span>诉求内容</span>
          <span>承办单位</span>
          <span>办理状态</span>
          <span>办理情况</span>
          <span />
        </div>
      )}
      {rows.map((r, i) => {
        const e = errors[i] ?? {}
        const closed = isClosed(r.status)
        // A dictionary entry picked by typing: 诉求类别, 承办单位.
        const refCell = (
          field: 'categoryId' | 'handlingUnitId',
          source: RefSource,
          placeholder: string,
          id: string,
        ) => (
          <Cell error={e[field]}>
            <RefSelect
              source={source}
              refs={refs}
              value={r[field] ?? undefined}
              onChange={(v) => onChange(i, { [field]: (v as number | undefined) ?? null })}
              placeholder={placeholder}
              data-testid={`request-${i}-${id}`}
            />
          </Cell>
        )
        return (
          <div className="request-row" key={r.key} data-testid={`request-row-${i}`}>
            {refCell('categoryId', 'requestCategory', '类别', 'category')}
            <Cell error={e.content}>
              <Input
                value={r.content ?? ''}
                onChange={(ev) => onChange(i, { content: ev.target.value })}
                placeholder="企业提出的诉求"
                data-testid={`request-${i}-content`}
              />
            </Cell>
            {refCell('handlingUnitId', 'handlingUnit', '承办单位', 'unit')}
            <Cell error={e.status}>
              <Select
                value={r.status ?? '受理'}
                onChange={(status) => onChange(i, { status })}
                options={STATUS_CHOICES}
                showSearch={{ optionFilterProp: 'label' }}
                data-testid={`request-${i}-status`}
              />
            </Cell>
            <Cell error={e.response}>
              <Input
                value={r.response ?? ''}
                onChange={(ev) => onChange(i, { response: ev.target.value })}
                placeholder={closed ? (r.status === '无法解决' ? '须写明原因' : '须填写办理情况') : '当场答复时填写'}
                data-testid={`request-${i}-response`}
              />
            </Cell>
            <Tooltip title="删除这条诉求">
              <Button
                type="text"
                tabIndex={-1}
                icon={<DeleteOutlined />}
                onClick={() => onRemove(i)}
                aria-label={`删除第${i + 1}条诉求`}
              />
            </Tooltip>
          </div>
        )
      })}
      <Button icon={<PlusOutlined />} onClick={onAdd} data-entry="" data-testid="add-request">
        添加诉求
      </Button>
      <span className="hint request-rows-hint">未填写内容的空行不会保存;当场办结的诉求以走访日期为办结日期。</span>
    </div>
  )
}
