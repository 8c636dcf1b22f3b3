import type { ColDef, ICellRendererComp, ICellRendererParams } from 'ag-grid-community'
import { navigate } from '../../app/useHashRoute'
import { DETAIL_COL, type LedgerGridContext } from './columns'
import type { DetailTarget, Row } from './types'

export function detailPath(t: DetailTarget): string {
  return `${t.path}/${t.id}`
}

/** Opens a record's page (一企一档 ...): the detail pages own routes `#/<path>/<id>`. */
export function openDetail(t: DetailTarget | null | undefined): void {
  if (t) navigate(detailPath(t))
}

/**
 * 详情 in the first, pinned column. A double-click on a name edits it, so opening the record
 * needs its own control; from the keyboard it is Ctrl+Enter (or Alt+Enter) on the row.
 *
 * A plain DOM renderer, not a React component: the grid draws this cell in every row, and
 * scrolled fast through a million visits, mounting a React root per cell made the redraw of
 * each screen of rows a long task (issue #18). AG Grid takes a class with `getGui` as its own.
 */
class DetailLinkCell implements ICellRendererComp<Row> {
  private readonly link = document.createElement('a')

  init(p: ICellRendererParams<Row>): void {
    this.link.className = 'detail-link'
    this.link.dataset.testid = 'detail-link'
    this.link.textContent = '详情'
    this.show(p)
  }

  getGui(): HTMLElement {
    return this.link
  }

  /** The row's data arrived or changed: point the link at it (a loading row has none). */
  refresh(p: ICellRendererParams<Row>): boolean {
    this.show(p)
    return true
  }

  private show(p: ICellRendererParams<Row>): void {
    const target = p.data && (p.context as LedgerGridContext).detail?.(p.data)
    this.link.hidden = !target
    if (target) {
      this.link.href = `#/${detailPath(target)}`
      this.link.title = target.title
    } else {
      this.link.removeAttribute('href')
      this.link.removeAttribute('title')
    }
  }
}

export const detailColumn: ColDef<Row> = {
  colId: DETAIL_COL,
  headerName: '',
  headerTooltip: '打开详情(Ctrl+Enter)',
  width: 58,
  minWidth: 58,
  pinned: 'left',
  lockPosition: 'left',
  lockPinned: true,
  suppressMovable: true,
  sortable: false,
  filter: false,
  resizable: false,
  editable: false,
  suppressNavigable: true,
  cellRenderer: DetailLinkCell,
}
