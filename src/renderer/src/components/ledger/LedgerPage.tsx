import type { ReactNode } from 'react'
import { Page } from '../Page'
import { LedgerGrid } from './LedgerGrid'
import type { LedgerConfig } from './types'

/** A ledger's page: its title over its grid. */
export function LedgerPage({ config, title, subtitle }: { config: LedgerConfig; title: string; subtitle?: ReactNode }) {
  return (
    <Page title={title} subtitle={subtitle}>
      <LedgerGrid config={config} />
    </Page>
  )
}
