import { Tag } from 'antd'
import type { ReactNode } from 'react'
import { CLOSED_STATUSES, enterpriseLabels, type Enterprise, type RequestWithAge } from '../../../../shared/domain'

/** A blank field reads 未填写 in grey instead of vanishing: the office sees what is missing. */
export function show(v: ReactNode): ReactNode {
  return v == null || v === '' ? <span className="muted">未填写</span> : v
}

const STATUS_COLOR: Record<string, string> = { 在营: 'green', 迁出: 'orange', 注销: 'default', 吊销: 'red' }

export function EnterpriseStatus({ status }: { status: string | null }) {
  if (!status) return null
  return <Tag color={STATUS_COLOR[status] ?? 'default'}>{status}</Tag>
}

/** The firm's 标识, in the order of the form. */
export const FLAGS = ['isKey', 'isManaged', 'isAboveScale', 'isHighTech', 'isSpecialized'] as const
const FLAG_COLOR: Record<(typeof FLAGS)[number], string> = {
  isKey: 'red',
  isManaged: 'blue',
  isAboveScale: 'purple',
  isHighTech: 'cyan',
  isSpecialized: 'gold',
}

export function FlagTags({ firm }: { firm: Pick<Enterprise, (typeof FLAGS)[number]> }) {
  const set = FLAGS.filter((f) => firm[f])
  if (!set.length) return <span className="muted">无</span>
  return (
    <>
      {set.map((f) => (
        <Tag key={f} color={FLAG_COLOR[f]}>
          {enterpriseLabels[f]}
        </Tag>
      ))}
    </>
  )
}

const REQUEST_COLOR: Record<string, string> = {
  受理: 'blue',
  已派单: 'cyan',
  办理中: 'orange',
  已办结: 'green',
  无法解决: 'default',
}

export function RequestStatus({ status }: { status: string | null }) {
  if (!status) return null
  return <Tag color={REQUEST_COLOR[status] ?? 'default'}>{status}</Tag>
}

/** 已 12 天 while open, 用时 5 天 once closed; 逾期 3 天 in red. */
export function RequestAge({ r }: { r: RequestWithAge }) {
  const closed = CLOSED_STATUSES.includes(r.status ?? '')
  return (
    <>
      <span className={r.overdue ? 'overdue' : 'muted'}>
        {closed ? `用时 ${r.daysOpen} 天` : `已 ${r.daysOpen} 天`}
      </span>
      {r.overdue && (
        <Tag color="red" className="overdue-tag">
          {r.daysOverdue ? `逾期 ${r.daysOverdue} 天` : '逾期'}
        </Tag>
      )}
    </>
  )
}
