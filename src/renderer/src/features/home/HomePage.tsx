import { Card, Statistic } from 'antd'
import { useEffect } from 'react'
import { useAppState } from '../../app/AppState'
import { navigate } from '../../app/useHashRoute'
import { Page } from '../../components/Page'
import type { Stats } from '../../../../shared/domain'
import { STAT_ITEMS } from '../../lib/stats'

/** Where each count's ledger lives, so a card is also a way in. */
const TARGET: Partial<Record<keyof Stats, string>> = {
  enterprises: 'enterprise',
  buildings: 'building',
  visits: 'visit',
  campaigns: 'visit',
  requests: 'request',
  rentReliefs: 'rent-relief',
  partners: 'partner',
  events: 'event',
  organisations: 'organisation',
  staff: 'staff',
  servicePoints: 'service-point',
}

/** The ledger at a glance. The counts are the ones the status bar shows, kept current. */
export function HomePage() {
  const { stats, refreshStats } = useAppState()
  // Fresh counts on every visit: the CLI or an import may have written since the last change here.
  useEffect(refreshStats, [refreshStats])
  return (
    <Page title="首页" subtitle="台账概况" scroll>
      <div className="stat-grid" data-testid="home-stats">
        {STAT_ITEMS.map((s) => {
          const target = TARGET[s.key]
          return (
            <Card
              key={s.key}
              size="small"
              className={target ? 'stat-card' : undefined}
              onClick={target ? () => navigate(target) : undefined}
            >
              <Statistic title={s.label} value={stats?.[s.key] ?? 0} suffix={s.unit} loading={!stats} />
            </Card>
          )
        })}
      </div>
    </Page>
  )
}
