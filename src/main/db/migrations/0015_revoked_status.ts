/**
 * 吊销 as a 状态 of its own. A firm whose licence was revoked (吊销) is not a firm that was
 * deregistered (注销): it still exists, still owes its deregistration, and the office follows it
 * up differently. Until now the import filed 登记状态 吊销 under 状态 注销 (0012); from here the
 * ledger keeps 在营, 迁出, 注销 and 吊销 apart.
 *
 * 1. The CHECK on enterprise.status is widened. SQLite cannot alter a CHECK, and rebuilding the
 *    table (create, copy, drop, rename) is what this must not do: the firm table carries the
 *    triggers of both search indexes, the change counters and the coverage counts, and foreign
 *    keys of a dozen tables point at it, several ON DELETE CASCADE. With foreign keys on, which
 *    cannot be turned off inside migrate's transaction, dropping the old table would delete
 *    every visit, request and membership of every firm. So the stored CREATE TABLE text is
 *    edited in place, as the SQLite documentation describes for CHECK changes ("ALTER TABLE",
 *    §7, making other kinds of table schema changes): writable_schema, the new text, the
 *    schema cookie bumped so that other connections reread it, the schema reloaded, then an
 *    integrity check. Widening a CHECK is safe for the rows already stored (each passes the
 *    narrower one) and the table's storage does not change. It all runs in migrate's
 *    transaction, so a failure at any point rolls back to the old text.
 * 2. Firms filed under 注销 only because their 登记状态 was 吊销 become 吊销. The triggers
 *    keep the change counters and the coverage counts (which are kept per status) in step.
 * 3. A saved view of firms that lists 注销 under 状态 (迁出/注销, or "every status", as the
 *    显示迁出/注销 switch saves it) lists 吊销 too, so it goes on showing the same firms. Its
 *    updated_at stays: nobody edited it.
 */
import type { Database } from 'better-sqlite3'

const OLD_CHECK = "CHECK (status IN ('在营', '迁出', '注销'))"
const NEW_CHECK = "CHECK (status IN ('在营', '迁出', '注销', '吊销'))"

const statusValues = "json_each(state, '$.filter.status.values')"

/** Replaces the enterprise table's CHECK on status in its stored CREATE TABLE text. */
function widenStatusCheck(db: Database): void {
  const sql = db
    .prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'enterprise'")
    .pluck()
    .get() as string
  if (sql.includes(NEW_CHECK)) return
  const at = sql.indexOf(OLD_CHECK)
  // Only the text 0001 wrote is edited: anything else is a ledger this code does not know.
  if (at < 0 || sql.indexOf(OLD_CHECK, at + 1) >= 0) {
    throw new Error('0015: the enterprise table’s status CHECK is not the one migration 0001 created')
  }
  const cookie = db.pragma('schema_version', { simple: true }) as number
  // Defensive mode (better-sqlite3's default) refuses writable_schema and schema_version = N.
  db.unsafeMode(true)
  try {
    db.pragma('writable_schema = ON')
    db.prepare("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = 'enterprise'").run(
      sql.slice(0, at) + NEW_CHECK + sql.slice(at + OLD_CHECK.length),
    )
    db.pragma(`schema_version = ${cookie + 1}`)
    // Off, and this connection rereads the schema (its own copy still has the old CHECK).
    db.pragma('writable_schema = RESET')
  } finally {
    db.unsafeMode(false)
  }
  const problems = db.pragma('integrity_check(enterprise)', { simple: false }) as { integrity_check: string }[]
  if (problems.length !== 1 || problems[0].integrity_check !== 'ok') {
    throw new Error(`0015: integrity check failed: ${problems.map((p) => p.integrity_check).join('; ')}`)
  }
}

export default function revokedStatus(db: Database): void {
  widenStatusCheck(db)
  db.exec(`
UPDATE enterprise SET status = '吊销' WHERE status = '注销' AND registration_status = '吊销';

UPDATE saved_view
SET state = json_insert(state, '$.filter.status.values[#]', '吊销')
WHERE ledger = 'enterprise'
  AND json_extract(state, '$.filter.status.filterType') = 'set'
  AND EXISTS (SELECT 1 FROM ${statusValues} WHERE value = '注销')
  AND NOT EXISTS (SELECT 1 FROM ${statusValues} WHERE value = '吊销');
`)
}
