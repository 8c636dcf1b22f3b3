/**
 * Names in cells to the records they mean. A building, staff member, partner, industry,
 * department, handling unit or request category named in a row but missing from its ledger is
 * created (through its audited service) and listed in the summary; it is never a reason to
 * refuse the row. Firms are found by credit code, else by 工商注册号, else by exact normalised name. Lookups are
 * loaded once per import into maps, so no row re-reads a ledger.
 */
import type { RefTarget } from '../../shared/domain/fields'
import { normaliseName } from '../../shared/domain/values'
import type { Deps } from '../core/deps'
import type { LedgerName } from '../ledgers'
import type { ReportBuilder } from './report'
import { isTotalLabel } from './subtotal'

/** What this module uses of the ledger's services (src/main/core/deps.ts). */
type LinkDeps = Pick<Deps, 'db' | 'ledgers'>

const DICTIONARY: Partial<Record<RefTarget, string>> = {
  industry: 'industry',
  department: 'department',
  handlingUnit: 'handlingUnit',
  requestCategory: 'requestCategory',
}
const LEDGER: Partial<Record<RefTarget, LedgerName>> = { building: 'building', staff: 'staff', partner: 'partner' }

export interface Firm {
  id: number
  name: string
  creditCode: string | null
  registrationNo: string | null
}

/** 注册号 share the code map under their own prefix: a 15-digit number is never a code. */
const regKey = (no: string) => `r:${no}`

export class Links {
  private readonly names = new Map<RefTarget, Map<string, number>>()
  private firms: { byCode: Map<string, Firm>; byName: Map<string, Firm[]> } | null = null
  /**
   * Undo steps for the maps, one frame per savepoint in progress (a visit's group, then each of
   * its requests): when a savepoint rolls back, so do the maps.
   */
  private readonly frames: (() => void)[][] = []

  constructor(
    private readonly backend: LinkDeps,
    private readonly report: ReportBuilder,
    /** Called before a missing record is created: the row's first write, not its only one. */
    private readonly beforeCreate: () => void = () => {},
  ) {}

  /** The id of the record `name` means; created when the ledger allows it, else null. */
  ref(target: RefTarget, name: string): number | null {
    const map = this.nameMap(target)
    const key = normaliseName(name)
    const found = map.get(key)
    if (found !== undefined) return found
    // A subtotal's label (紫荆广场小计, 120户) is no building, person or partner, whatever
    // row it slipped in with.
    if (isTotalLabel(name)) return null
    const id = this.create(target, name)
    if (id === null) return null
    map.set(key, id)
    this.report.noteCreated(target, name)
    this.journal(() => {
      map.delete(key)
      this.report.forgetCreated(target, name)
    })
    return id
  }

  /** Adds a record the import wrote under `name`, so later rows find it. */
  remember(target: RefTarget, name: string, id: number): void {
    const map = this.nameMap(target)
    const key = normaliseName(name)
    if (map.has(key)) return
    map.set(key, id)
    this.journal(() => map.delete(key))
  }

  /** Looks a name up without creating it. */
  find(target: RefTarget, name: string): number | null {
    return this.nameMap(target).get(normaliseName(name)) ?? null
  }

  private create(target: RefTarget, name: string): number | null {
    const dict = DICTIONARY[target]
    const ledger = LEDGER[target]
    if (!dict && !ledger) return null
    this.beforeCreate()
    if (dict) return this.backend.ledgers.dictionary.create({ kind: dict, name }).id as number
    return this.backend.ledgers[ledger!].create({ name }).id as number
  }

  private nameMap(target: RefTarget): Map<string, number> {
    let map = this.names.get(target)
    if (!map) {
      map = new Map()
      const dict = DICTIONARY[target]
      const table = dict ? 'dictionary' : target === 'enterprise' ? 'enterprise' : (LEDGER[target] ?? target)
      const rows = (
        dict
          ? this.backend.db.prepare('SELECT id, name FROM dictionary WHERE kind = ? ORDER BY id').all(dict)
          : this.backend.db.prepare(`SELECT id, name FROM ${table} ORDER BY id`).all()
      ) as { id: number; name: string }[]
      for (const r of rows) {
        const key = normaliseName(r.name)
        if (!map.has(key)) map.set(key, r.id)
      }
      this.names.set(target, map)
    }
    return map
  }

  // ------------------------------------------------------------------ firms

  private firmMaps() {
    if (!this.firms) {
      const byCode = new Map<string, Firm>()
      const byName = new Map<string, Firm[]>()
      const rows = this.backend.db
        .prepare(
          'SELECT id, name, credit_code AS creditCode, registration_no AS registrationNo FROM enterprise ORDER BY id',
        )
        .all() as Firm[]
      for (const f of rows) this.indexFirm(byCode, byName, f)
      this.firms = { byCode, byName }
    }
    return this.firms
  }

  private indexFirm(byCode: Map<string, Firm>, byName: Map<string, Firm[]>, f: Firm) {
    if (f.creditCode) byCode.set(f.creditCode, f)
    if (f.registrationNo) byCode.set(regKey(f.registrationNo), f)
    const key = normaliseName(f.name)
    const list = byName.get(key)
    if (list) list.push(f)
    else byName.set(key, [f])
  }

  firmByCode(code: string): Firm | undefined {
    return this.firmMaps().byCode.get(code)
  }

  firmByRegNo(no: string): Firm | undefined {
    return this.firmMaps().byCode.get(regKey(no))
  }

  firmsByName(name: string): Firm[] {
    return this.firmMaps().byName.get(normaliseName(name)) ?? []
  }

  /** Keeps the maps in step with a firm the import wrote. */
  rememberFirm(f: Firm): void {
    const { byCode, byName } = this.firmMaps()
    const key = normaliseName(f.name)
    const codes = [f.creditCode, f.registrationNo && regKey(f.registrationNo)].filter((c): c is string => !!c)
    const before = { codes: codes.map((c) => byCode.get(c)), names: byName.get(key)?.slice() }
    const list = byName.get(key)?.filter((x) => x.id !== f.id)
    if (list) byName.set(key, list)
    this.indexFirm(byCode, byName, f)
    this.journal(() => {
      codes.forEach((c, i) => {
        const was = before.codes[i]
        if (was) byCode.set(c, was)
        else byCode.delete(c)
      })
      if (before.names) byName.set(key, before.names)
      else byName.delete(key)
    })
  }

  private journal(step: () => void) {
    this.frames[this.frames.length - 1]?.push(step)
  }

  /** A savepoint starts: what it adds to the maps may have to be taken back. */
  mark(): void {
    this.frames.push([])
  }

  /** The savepoint was released: its steps now belong to the one around it, if any. */
  keep(): void {
    const frame = this.frames.pop() ?? []
    this.frames[this.frames.length - 1]?.push(...frame)
  }

  /** The savepoint rolled back: so do the maps. */
  undo(): void {
    const frame = this.frames.pop() ?? []
    for (const step of frame.reverse()) step()
  }
}
