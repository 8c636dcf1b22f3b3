import { ArrowLeftOutlined } from '@ant-design/icons'
import { Button, Skeleton } from 'antd'
import { useEffect, type ReactNode } from 'react'
import { goBack } from '../../app/backNav'
import { LoadError } from '../../components/LoadError'
import './detail.css'

export interface DetailPageProps {
  /** What kind of record: 一企一档, 楼宇档案 … (shown before the name). */
  kind: string
  /** The ledger to fall back to when there is no page to go back to. */
  ledger: string
  /** Undefined while loading. */
  title: string | undefined
  tags?: ReactNode
  subtitle?: ReactNode
  error: string | null
  onRetry: () => void
  children?: ReactNode
  testId: string
}

/** Keys typed into a field, or meant for a dialog, a menu or a picker, are theirs, not ours. */
function ownsKey(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false
  if (target.closest('input, textarea, select, [contenteditable="true"]')) return true
  return !!target.closest('[role="dialog"], .ant-modal-root, .ant-drawer, .ant-select-dropdown, .ant-dropdown')
}

/** Esc or Backspace goes back, as in a file manager. */
function useBackKeys(ledger: string) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' && e.key !== 'Backspace') return
      if (e.defaultPrevented || e.ctrlKey || e.altKey || e.metaKey || e.isComposing) return
      if (ownsKey(e.target) || document.querySelector('.ant-modal-wrap:not([style*="none"])')) return
      e.preventDefault()
      goBack(ledger)
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [ledger])
}

/** The frame of every record page: 返回, the name and its tags, then cards that scroll. */
export function DetailPage({ kind, ledger, title, tags, subtitle, error, onRetry, children, testId }: DetailPageProps) {
  useBackKeys(ledger)
  return (
    <section className="page detail-page" aria-label={title ? `${kind}:${title}` : kind} data-testid={testId}>
      <header className="detail-header">
        <Button icon={<ArrowLeftOutlined />} onClick={() => goBack(ledger)} title="返回(Esc)" data-testid="detail-back">
          返回
        </Button>
        <span className="detail-kind">{kind}</span>
        <h1 className="page-title detail-title" data-testid="detail-title">
          {title ?? (error ? '' : '正在载入…')}
        </h1>
        {tags && <span className="detail-tags">{tags}</span>}
        {subtitle && <span className="page-subtitle detail-subtitle">{subtitle}</span>}
      </header>
      <div className="page-body scroll detail-body">
        {error ? <LoadError message={error} onRetry={onRetry} /> : title === undefined ? <Skeleton active /> : children}
      </div>
    </section>
  )
}
