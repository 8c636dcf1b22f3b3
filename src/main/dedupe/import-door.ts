/**
 * The door of the firm-directory import (issue #20): a new row whose normalised name (or a
 * 曾用名), 注册号 or phone matches a firm already in the ledger, or an earlier new row of the
 * same file, is imported with a 疑似重复 warning. The firm table is read once, on the first new
 * row, into maps; no row asks the database anything. Whether a row updates a stored firm is
 * not decided here: that stays with findFirm (the same credit code, or the same exact name).
 */
import type { Db } from '../core/deps'
import { dedupeName, normalisePhone, splitFormerNames } from './normalise'

interface Known {
  id: number
  name: string
  /** From this file rather than the ledger. */
  inFile: boolean
}

export interface DoorMatch {
  firm: Known
  reason: string
}

export class ImportDoor {
  private names: Map<string, Known> | null = null
  private readonly formers = new Map<string, Known>()
  private readonly phones = new Map<string, Known>()
  private readonly registrations = new Map<string, Known>()

  constructor(private readonly db: Db) {}

  private load(): Map<string, Known> {
    const names = new Map<string, Known>()
    const rows = this.db
      .prepare('SELECT id, name, former_names, phone, registration_no FROM enterprise ORDER BY id')
      .raw()
      .all() as [number, string, string | null, string | null, string | null][]
    for (const [id, name, former, phone, registration] of rows) {
      const known = { id, name, inFile: false }
      first(names, dedupeName(name), known)
      for (const f of splitFormerNames(former)) first(this.formers, dedupeName(f), known)
      first(this.phones, normalisePhone(phone), known)
      first(this.registrations, registration, known)
    }
    return names
  }

  /** The firm a new row is likely to be, with why; null when none. */
  check(name: string, phone: string | null, registration: string | null = null): DoorMatch | null {
    const names = (this.names ??= this.load())
    const key = dedupeName(name)
    const byReg = registration ? this.registrations.get(registration) : undefined
    if (byReg) return { firm: byReg, reason: '注册号相同' }
    const byName = names.get(key)
    if (byName) return { firm: byName, reason: '名称规范化后相同' }
    const byFormer = this.formers.get(key)
    if (byFormer) return { firm: byFormer, reason: '与其曾用名相同' }
    const p = normalisePhone(phone)
    const byPhone = p ? this.phones.get(p) : undefined
    return byPhone ? { firm: byPhone, reason: '联系电话相同' } : null
  }

  /** A new row joins the maps: a later row of the file written another way is caught too. */
  add(id: number, name: string, phone: string | null, registration: string | null = null): void {
    const names = (this.names ??= this.load())
    const known = { id, name, inFile: true }
    first(names, dedupeName(name), known)
    first(this.phones, normalisePhone(phone), known)
    first(this.registrations, registration, known)
  }
}

function first(map: Map<string, Known>, key: string | null, known: Known): void {
  if (key && !map.has(key)) map.set(key, known)
}

/** The row's warning: which firm, and why. */
export function doorWarning({ firm, reason }: DoorMatch): string {
  const where = firm.inFile ? `本文件中前面的“${firm.name}”` : `企业名录中的“${firm.name}”(编号 ${firm.id})`
  return `疑似重复:与${where}${reason};已作为新企业导入,可在“疑似重复”中核对并合并`
}
