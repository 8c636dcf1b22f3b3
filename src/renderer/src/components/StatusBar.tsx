import { DatabaseOutlined } from '@ant-design/icons'
import type { Stats } from '../../../shared/domain'
import { formatCount } from '../lib/format'
import { STAT_ITEMS } from '../lib/stats'

export interface StatusBarProps {
  dbPath: string | undefined
  stats: Stats | undefined
}

/** The sidebar's ledgers only: the bar must fit a 1024-pixel window on one line. */
const SHOWN = STAT_ITEMS.filter((s) => s.key !== 'campaigns' && s.key !== 'servicePoints')

/** Which file is open and how much is in it: the first thing to check when numbers look wrong. */
export function StatusBar({ dbPath, stats }: StatusBarProps) {
  return (
    <footer className="status-bar" data-testid="status-bar">
      <span className="status-db" title={dbPath}>
        <DatabaseOutlined /> {dbPath ?? '正在连接数据库…'}
      </span>
      <span className="status-counts" data-testid="status-counts">
        {stats ? SHOWN.map((s) => `${s.label} ${formatCount(stats[s.key])} ${s.unit}`).join(' · ') : ''}
      </span>
    </footer>
  )
}
