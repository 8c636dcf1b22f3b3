import { useState } from 'react'
import { LedgerPage } from '../../components/ledger/LedgerPage'
import { LinkNamesButton } from '../dedupe/LinkNames'
import '../dedupe/dedupe.css'
import { rentReliefLedger } from './ledger'

export function RentReliefPage() {
  // Linking tenants changes the 企业 column: the grid is drawn again after it.
  const [version, setVersion] = useState(0)
  return (
    <div className="link-names-page">
      <LedgerPage key={version} config={rentReliefLedger} title="房租减免" subtitle="国有及非国有楼宇的租金减免" />
      <div className="link-names-button">
        <LinkNamesButton kind="rent-reliefs" onLinked={() => setVersion((v) => v + 1)} />
      </div>
    </div>
  )
}
