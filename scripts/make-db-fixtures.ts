/**
 * `npm run fixtures:db`: a small ledger made by each earlier schema version, with data, kept in
 * tests/fixtures/db/v<N>.db for tests/unit/node/upgrade.test.ts. Written with plain SQL as that
 * version's tables had them (the services speak only the current schema). Run again only when
 * a migration is added: the files are committed, and a version's file must never change.
 */
import Database from 'better-sqlite3'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { migrate, SCHEMA_VERSION } from '../src/main/db/migrate'

const DIR = join(__dirname, '../tests/fixtures/db')

function seed(db: Database.Database, version: number) {
  const run = (sql: string, ...args: unknown[]) => db.prepare(sql).run(...args)
  run("INSERT INTO dictionary (id, kind, name) VALUES (1, 'industry', '建筑设计'), (2, 'requestCategory', '融资需求')")
  run("INSERT INTO staff (id, name, phone) VALUES (1, '王建国', '13800000001')")
  run(
    "INSERT INTO building (id, name, address, operator, manager_id) VALUES (1, '紫荆广场', '四平路1188号', '上海海锦房地产有限公司', 1)",
  )
  run("INSERT INTO partner (id, name) VALUES (1, '同济科技园')")
  run(
    `INSERT INTO enterprise (id, name, credit_code, industry_id, building_id, room, registered_capital, established_on,
       contact, phone, is_key, partner_id, notes)
     VALUES (1, '上海紫荆建筑设计有限公司', '91310110MA1G8XXX1X', 1, 1, '1201', 500, '2015-03-04', '张三', '021-65980000', 1, 1, '重点服务'),
            (2, '上海同济智造科技有限公司', NULL, 1, 1, '803', 1000.5, '2018-07-08', '李四', NULL, 0, NULL, NULL)`,
  )
  run(
    "INSERT INTO campaign (id, name, kind, start_on, end_on) VALUES (1, '2023冬令大走访', '冬令大走访', '2023-01-01', '2023-02-28')",
  )
  run(
    "INSERT INTO visit (id, enterprise_id, campaign_id, visited_on, form, summary) VALUES (1, 1, 1, '2023-01-10', '上门走访', '了解融资需求')",
  )
  run('INSERT INTO visit_visitor (visit_id, staff_id) VALUES (1, 1)')
  run(
    "INSERT INTO request (id, enterprise_id, visit_id, category_id, content, received_on, status) VALUES (1, 1, 1, 2, '需要贷款500万元', '2023-01-10', '受理')",
  )
  run(
    "INSERT INTO rent_relief (id, building_id, enterprise_id, tenant_name, months, amount_cents) VALUES (1, 1, 1, '上海紫荆建筑设计有限公司', 3, 1200050)",
  )
  run("INSERT INTO event (id, held_on, theme, kind) VALUES (1, '2023-05-01', '发展交流会', '发展交流会')")
  run('INSERT INTO event_attendee (event_id, enterprise_id) VALUES (1, 1), (1, 2)')
  run("INSERT INTO organisation (id, name, kind) VALUES (1, '设计联盟', '联盟')")
  run('INSERT INTO organisation_member (organisation_id, enterprise_id) VALUES (1, 1)')
  run("INSERT INTO service_point (id, name, address) VALUES (1, '环同济营商服务中心', '赤峰路')")
  const firm = JSON.stringify({ id: 1, name: '上海紫荆建筑设计有限公司', phone: '021-65980000' })
  run(
    "INSERT INTO audit_log (actor, entity, entity_id, action, before, after, batch) VALUES ('旧版用户', 'enterprise', 1, 'create', NULL, ?, NULL)",
    firm,
  )
  run(
    "INSERT INTO audit_log (actor, entity, entity_id, action, before, after, batch) VALUES ('旧版用户', 'enterprise', 1, 'update', ?, ?, 'b-old')",
    JSON.stringify({ id: 1, name: '上海紫荆建筑设计有限公司', phone: '021-00000000' }),
    firm,
  )
  if (version >= 6) {
    // From this version on, every audit batch is listed in history_batch as it is written.
    run("UPDATE audit_log SET batch = 'legacy-' || id WHERE batch IS NULL")
    run(
      `INSERT INTO history_batch (batch, kind, at, actor)
       SELECT batch, 'change', min(at), min(actor) FROM audit_log GROUP BY batch ORDER BY min(id)`,
    )
  }
  run("INSERT INTO setting (key, value) VALUES ('setup', 'blank')")
  if (version >= 2) {
    run("INSERT INTO saved_view (ledger, name, state) VALUES ('enterprise', '重点企业', '{\"filter\":{}}')")
  }
  if (version >= 3) {
    run(
      `INSERT INTO import_batch (id, file, kind, sheets, mode, actor, started_at, rows_read, inserted, updated, unchanged, skipped, errors, warnings)
       VALUES ('imp-1', '名录.xlsx', 'enterprises', '["名录"]', 'upsert', '旧版用户', '2023-02-01T00:00:00Z', 2, 1, 0, 0, 0, 1, 0)`,
    )
    run(
      "INSERT INTO import_issue (batch_id, seq, level, sheet, row, column_name, value, reason) VALUES ('imp-1', 0, 'error', '名录', 3, '企业名称', '', '请填写企业名称')",
    )
    run("UPDATE enterprise SET review_note = '信用代码校验未通过' WHERE id = 2")
  }
  if (version >= 4) {
    run('UPDATE campaign SET scope = \'{"kind":"key"}\' WHERE id = 1')
    run('INSERT INTO campaign_assignment (campaign_id, enterprise_id, staff_id) VALUES (1, 1, 1)')
    run(
      "INSERT INTO request_status_change (request_id, actor, from_status, to_status) VALUES (1, '旧版用户', NULL, '受理')",
    )
  }
  if (version >= 12) {
    // A firm known by its 注册号 alone whose licence was revoked: 0012's import filed it 注销,
    // from 0015 (version 13) on it is 吊销, and views of 迁出/注销 firms list 吊销 too.
    const revoked = version >= 13
    run(
      "UPDATE enterprise SET registration_no = '310110000555557', registration_status = '吊销', status = ? WHERE id = 2",
      revoked ? '吊销' : '注销',
    )
    run(
      "INSERT INTO saved_view (ledger, name, state) VALUES ('enterprise', '已迁出或注销', ?)",
      JSON.stringify({
        filter: { status: { filterType: 'set', values: ['迁出', '注销', ...(revoked ? ['吊销'] : [])] } },
      }),
    )
  }
}

for (let v = 1; v < SCHEMA_VERSION; v++) {
  const path = join(DIR, `v${v}.db`)
  // A version's file is never remade: it stands for the ledgers that version left behind.
  if (existsSync(path)) continue
  const db = new Database(path)
  db.pragma('foreign_keys = ON')
  migrate(db, v)
  db.transaction(() => seed(db, v))()
  db.pragma('journal_mode = DELETE')
  db.exec('VACUUM')
  db.close()
  console.log(`tests/fixtures/db/v${v}.db`)
}
