import type { ColDef } from 'ag-grid-community'
import type { CustomCellRendererProps } from 'ag-grid-react'
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
 */
function DetailLinkCell(p: CustomCellRendererProps<Row>) {
  const target = p.data && (p.context as LedgerGridContext).detail?.(p.data)
  if (!target) return null
  return (
    <a href={`#/${detailPath(target)}`} title={target.title} className="detail-link" data-testid="detail-link">
      详情
    </a>
  )
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
