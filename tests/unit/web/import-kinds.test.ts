import { describe, expect, it } from 'vitest'
import { ROUTES } from '../../../src/renderer/src/app/routes'
import { kindRoute } from '../../../src/renderer/src/features/import/kinds'
import { IMPORT_KINDS } from '../../../src/shared/domain/fields'

describe('the page an import opens', () => {
  it('is the page of the ledger the kind fills, one of the sidebar', () => {
    const paths = ROUTES.map((r) => r.path)
    for (const kind of IMPORT_KINDS) expect(paths, kind).toContain(kindRoute(kind))
    expect(kindRoute('rent-reliefs')).toBe('rent-relief')
    expect(kindRoute('buildings')).toBe('building')
  })
})
