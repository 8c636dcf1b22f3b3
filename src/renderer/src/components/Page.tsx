import type { ReactNode } from 'react'

export interface PageProps {
  title: string
  subtitle?: ReactNode
  /** Pages of cards and tables scroll as a whole; grid pages let the grid scroll. */
  scroll?: boolean
  children: ReactNode
}

export function Page({ title, subtitle, scroll, children }: PageProps) {
  return (
    <section className="page" aria-label={title}>
      <header className="page-header">
        <h1 className="page-title">{title}</h1>
        {subtitle && <span className="page-subtitle">{subtitle}</span>}
      </header>
      <div className={scroll ? 'page-body scroll' : 'page-body'}>{children}</div>
    </section>
  )
}
