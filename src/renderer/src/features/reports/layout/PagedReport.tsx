/**
 * A report as A4 sheets: measured once off-screen (after the embedded fonts have loaded, since
 * they decide every line's height), packed by paginate(), then drawn sheet by sheet with the
 * header and the page-number footer. The same component is the in-app preview and the print
 * page, so the preview shows exactly the sheets that print.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { REPORT_READY_ATTR } from '../../../../../shared/reports/params'
import { BlockView, TableView, type Block, type Report } from './blocks'
import { paginate, type Piece, type Unit } from './paginate'
import './report.css'

/** Left unused at the foot of each sheet, against rounding between measuring and drawing. */
const SLACK_PX = 6

export async function loadReportFonts(): Promise<void> {
  const sample = '四平路街道营商服务工作简报 0123456789'
  await Promise.all([
    document.fonts.load(`400 12px "Report Noto Sans SC"`, sample),
    document.fonts.load(`700 12px "Report Noto Sans SC"`, sample),
  ])
  await document.fonts.ready
}

interface Layout {
  /** The report these sheets were laid out for: a new report shows nothing until laid out anew. */
  report: Report
  pages: Piece[][]
  width: number
}

const h = (el: Element | null) => (el ? el.getBoundingClientRect().height : 0)

function measure(root: HTMLElement, block: Block, i: number): Unit {
  const el = root.querySelector(`[data-block="${i}"]`)!
  if (block.kind !== 'table') return { kind: 'block', height: h(el), keepWithNext: block.kind === 'heading' }
  return {
    kind: 'table',
    caption: h(el.querySelector('.r-caption')),
    head: h(el.querySelector('thead')),
    rows: [...el.querySelectorAll('tbody > tr')].map((tr, r) => ({
      height: h(tr),
      keepWithNext: block.rows[r]?.group !== undefined,
    })),
  }
}

export function PagedReport({
  report,
  subdistrict,
  date,
  onPages,
}: {
  report: Report
  subdistrict: string
  /** 2025年1月5日: the day the report was made, in every sheet's header. */
  date: string
  onPages?: (count: number) => void
}) {
  const measureRef = useRef<HTMLDivElement>(null)
  const docRef = useRef<HTMLDivElement>(null)
  const [laidOut, setLayout] = useState<Layout | null>(null)
  const layout = laidOut?.report === report ? laidOut : null

  useEffect(() => {
    let live = true
    document.documentElement.removeAttribute(REPORT_READY_ATTR)
    void loadReportFonts().then(() => {
      const root = measureRef.current
      if (!live || !root) return
      const body = root.querySelector<HTMLElement>('.r-sheet-body')!
      const gap = parseFloat(getComputedStyle(root.querySelector('.r-piece')!).marginBottom) || 0
      const units = report.blocks.map((b, i) => measure(root, b, i))
      setLayout({ report, pages: paginate(units, body.clientHeight - SLACK_PX, gap), width: body.clientWidth })
    })
    return () => {
      live = false
    }
  }, [report])

  // Ready once the sheets are drawn and every chart has its SVG (recharts draws after mounting).
  useLayoutEffect(() => {
    if (!layout) return
    onPages?.(layout.pages.length)
    let frame = 0
    let tries = 0
    const check = () => {
      const doc = docRef.current
      const charts = doc?.querySelectorAll('.r-chart').length ?? 0
      const drawn = doc?.querySelectorAll('.r-chart svg.recharts-surface').length ?? 0
      if (drawn >= charts || ++tries > 120) document.documentElement.setAttribute(REPORT_READY_ATTR, 'true')
      else frame = requestAnimationFrame(check)
    }
    frame = requestAnimationFrame(check)
    return () => cancelAnimationFrame(frame)
  }, [layout, onPages])

  const head = (
    <header className="r-sheet-head">
      <span className="r-head-org">{subdistrict}</span>
      <span className="r-head-title">{report.title}</span>
      <span className="r-head-date">制表日期:{date}</span>
    </header>
  )
  const pageRule = `@page { size: A4 ${report.orientation}; margin: 0 }`

  return (
    <div className={`r-doc r-${report.orientation}`} ref={docRef} data-testid="report-doc">
      <style>{pageRule}</style>
      {!layout && (
        <div className="r-measure" ref={measureRef} aria-hidden>
          <section className="r-sheet">
            {head}
            <div className="r-sheet-body" />
            <footer className="r-sheet-foot">第 1 页 共 1 页</footer>
          </section>
          <div className="r-sheet-body r-flow">
            {report.blocks.map((b, i) => (
              <div className="r-piece" data-block={i} key={i}>
                <BlockView block={b} width={0} measuring />
              </div>
            ))}
          </div>
        </div>
      )}
      {layout?.pages.map((pieces, n) => (
        <section className="r-sheet" key={n} data-testid="report-sheet">
          {head}
          <div className="r-sheet-body">
            {pieces.map((p) => {
              const block = report.blocks[p.block]
              return (
                <div className="r-piece" key={'from' in p ? `${p.block}:${p.from}` : p.block}>
                  {'from' in p && block.kind === 'table' ? (
                    <TableView block={block} from={p.from} to={p.to} caption={p.caption} />
                  ) : (
                    <BlockView block={block} width={layout.width} />
                  )}
                </div>
              )
            })}
          </div>
          <footer className="r-sheet-foot">{`第 ${n + 1} 页 共 ${layout.pages.length} 页`}</footer>
        </section>
      ))}
    </div>
  )
}
