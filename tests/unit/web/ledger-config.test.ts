import { describe, expect, it } from 'vitest'
import { bulkFields } from '../../../src/renderer/src/components/ledger/BulkEditDialog'
import { colIdOf, isCellEditable, ledgerColumns } from '../../../src/renderer/src/components/ledger/columns'
import { changedFields, formFields, measureOf, toInput } from '../../../src/renderer/src/components/ledger/LedgerForm'
import { References } from '../../../src/renderer/src/components/ledger/references'
import type { LedgerConfig } from '../../../src/renderer/src/components/ledger/types'
import { isRequired } from '../../../src/renderer/src/components/ledger/validate'
import { buildingLedger } from '../../../src/renderer/src/features/building/ledger'
import { dictionaryLedger } from '../../../src/renderer/src/features/dictionary/ledger'
import { enterpriseLedger } from '../../../src/renderer/src/features/enterprise/ledger'
import { eventLedger } from '../../../src/renderer/src/features/event/ledger'
import { organisationLedger } from '../../../src/renderer/src/features/organisation/ledger'
import { partnerLedger } from '../../../src/renderer/src/features/partner/ledger'
import { rentReliefLedger } from '../../../src/renderer/src/features/rent-relief/ledger'
import { requestLedger } from '../../../src/renderer/src/features/request/ledger'
import { servicePointLedger } from '../../../src/renderer/src/features/service-point/ledger'
import { staffLedger } from '../../../src/renderer/src/features/staff/ledger'
import { campaignLedger, visitLedger } from '../../../src/renderer/src/features/visit/ledger'
import { LEDGER_NAMES } from '../../../src/shared/ipc/channels/views'

const LEDGERS: LedgerConfig[] = [
  enterpriseLedger,
  buildingLedger,
  staffLedger,
  partnerLedger,
  campaignLedger,
  visitLedger,
  requestLedger,
  rentReliefLedger,
  eventLedger,
  organisationLedger,
  servicePointLedger,
  dictionaryLedger,
]

describe('ledger configs', () => {
  it('cover every ledger of the contract', () => {
    expect(LEDGERS.map((l) => l.name).sort()).toEqual([...LEDGER_NAMES].sort())
  })

  for (const config of LEDGERS) {
    describe(config.name, () => {
      const keys = Object.keys(config.schema.shape)

      it('declares editable fields the schema has, and relations with their source and name', () => {
        for (const f of config.fields) {
          if (!f.readOnly) expect(keys, f.key).toContain(f.key)
          if (f.kind === 'ref') expect([f.source, f.nameKey], f.key).not.toContain(undefined)
          if (f.kind === 'refs') expect(f.source, f.key).toBeDefined()
          if (f.kind === 'enterprise') expect(f.nameKey, f.key).toBeDefined()
          if (f.kind === 'enum' || f.kind === 'tags') expect(f.choices?.length, f.key).toBeGreaterThan(0)
        }
      })

      it('asks in its form for everything a new record needs', () => {
        const asked = formFields(config).map((f) => f.key)
        for (const key of keys.filter((k) => isRequired(config.schema, k))) expect(asked, key).toContain(key)
      })

      it('builds grid columns whose ids main can sort and filter by', () => {
        const cols = ledgerColumns(config, new References())
        const ids = cols.map((c) => c.colId!)
        expect(new Set(ids).size).toBe(ids.length)
        for (const id of ids) expect(id).toMatch(/^[a-zA-Z][a-zA-Z0-9]*$/)
        const editable = cols.filter((c) => c.editable).map((c) => c.colId)
        expect(editable).toEqual(config.fields.filter((f) => f.column !== false && isCellEditable(f)).map(colIdOf))
      })

      it('offers bulk edits of single values only, never of what must be unique', () => {
        for (const f of bulkFields(config)) {
          expect(['refs', 'enterprises', 'enterprise', 'tags']).not.toContain(f.kind)
          expect(f.readOnly).toBeFalsy()
          expect(['name', 'creditCode']).not.toContain(f.key)
        }
      })
    })
  }

  it('lets 50 firms get one 服务专员, one building or the 重点企业 mark in one step', () => {
    const keys = bulkFields(enterpriseLedger).map((f) => f.key)
    expect(keys).toEqual(expect.arrayContaining(['specialistId', 'buildingId', 'isKey', 'status', 'industryId']))
    expect(measureOf(enterpriseLedger)).toBe('家企业')
    expect(measureOf(staffLedger)).toBe('人')
  })

  it('shows a relation by name and edits it by id', () => {
    const col = ledgerColumns(enterpriseLedger, new References()).find((c) => c.colId === 'buildingName')!
    expect(col.field).toBe('buildingId')
    expect(col.filter).toBeTypeOf('function') // the value-list filter
  })

  it('lays out the enterprise form in its own order', () => {
    expect(
      formFields(enterpriseLedger)
        .slice(0, 5)
        .map((f) => f.key),
    ).toEqual(['name', 'shortName', 'creditCode', 'registrationNo', 'industryId'])
  })
})

describe('form values to the API', () => {
  const fields = formFields(eventLedger)

  it('leaves blanks out of a new record and turns dates and lists into what main takes', () => {
    const dayjsLike = { format: () => '2024-03-08' }
    const input = toInput(fields, { heldOn: dayjsLike, theme: ' 茶话会 ', kind: undefined, attendeeIds: [3, 4] }, true)
    expect(input).toEqual({ heldOn: '2024-03-08', theme: ' 茶话会 ', attendeeIds: [3, 4] })
  })

  it('sends only what an edit changed, a cleared field as null', () => {
    const record = { id: 9, heldOn: '2024-03-08', theme: '茶话会', organiser: '营商办', attendeeIds: [3] }
    const input = toInput(fields, { heldOn: '2024-03-08', theme: '茶话会', organiser: '', attendeeIds: [3, 4] }, false)
    expect(changedFields(fields, record, input)).toEqual({ organiser: null, attendeeIds: [3, 4] })
  })
})
