/**
 * The firm's 工商注册号 column, when the ledger has one. It arrives with its own migration
 * (another change adds `registration_no`); until then every 注册号 key is simply absent, and
 * the finder, the merge and the import's warning work on the other keys.
 */
import type { Db } from '../db/connection'

const known = new WeakMap<Db, string | null>()

/** 'registration_no' when the enterprise table has it, else null. Asked of the schema once per connection. */
export function registrationColumn(db: Db): string | null {
  let column = known.get(db)
  if (column === undefined) {
    const columns = db.prepare('PRAGMA table_info(enterprise)').all() as { name: string }[]
    column = columns.some((c) => c.name === 'registration_no') ? 'registration_no' : null
    known.set(db, column)
  }
  return column
}
