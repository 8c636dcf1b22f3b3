/**
 * Backups (issue #9): made with the online backup API while the ledger is open, rotated, made
 * at the first start of a day and before a migration, checked before a restore; and a ledger
 * backed up, damaged on disk and restored comes back identical. A file that cannot be opened
 * gets a clear message and 恢复最近的备份.
 */
import Database from 'better-sqlite3'
import {
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
  closeSync,
} from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { Backend } from '../../../src/main/app/backend'
import { dispatchAsync } from '../../../src/main/ipc/dispatch'
import { LedgerHost } from '../../../src/main/app/host'
import { openBackend } from '../../../src/main/app/open'
import { toPrune, weekKey } from '../../../src/main/backup/rotation'
import { backupFolder, listBackups, makeBackup } from '../../../src/main/backup/store'
import { migrate } from '../../../src/main/db/migrate'
import type { BackupStatus, RestoreResult } from '../../../src/shared/ipc/channels/backup'
import { scratch } from '../../fixtures/workbooks'
import { seedBasics } from '../../support/ledger'

const file = scratch('bizledger-backup-')
afterAll(() => rmSync(file.dir, { recursive: true, force: true }))
let n = 0
const fresh = () => {
  const dir = file(`case-${++n}`)
  mkdirSync(dir, { recursive: true })
  return join(dir, 'bizledger.db')
}

async function call<T>(
  b: { handle(c: never, i: unknown): unknown; uploads: Backend['uploads'] },
  channel: string,
  input?: unknown,
) {
  const r = await dispatchAsync(b as never, channel, input)
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code })
  return r.value as T
}

/** Every table's rows, for "identical". */
function dump(db: Database.Database): Record<string, unknown[]> {
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index%' ORDER BY name",
    )
    .pluck()
    .all() as string[]
  const rows = (t: string) =>
    db
      .prepare(`SELECT * FROM "${t}"`)
      .all()
      .map((r) => JSON.stringify(r))
      .sort()
  return Object.fromEntries(tables.map((t) => [t, rows(t)]))
}

describe('rotation', () => {
  it('keeps the newest of the last 10 days, of the last 8 weeks, and all of today', () => {
    const now = new Date(2024, 5, 30, 12)
    const backups = []
    for (let d = 0; d < 120; d++) {
      for (const h of [9, 15]) backups.push({ name: `${d}-${h}`, at: new Date(2024, 5, 30 - d, h) })
    }
    backups.push({ name: 'today-early', at: new Date(2024, 5, 30, 8) })
    const gone = new Set(toPrune(backups, now))
    const kept = backups.filter((b) => !gone.has(b.name))
    const days = new Set(kept.map((b) => b.at.toDateString()))
    const weeks = new Set(kept.map((b) => weekKey(b.at)))
    expect(kept.filter((b) => b.at.getDate() === 30 && b.at.getMonth() === 5).length).toBe(3) // all of today
    expect(days.size).toBeLessThanOrEqual(10 + 8)
    expect(weeks.size).toBe(8 + 0 + (weeks.size - 8)) // at least the 8 newest weeks
    for (let d = 0; d < 10; d++) expect(kept.some((b) => b.name === `${d}-15`)).toBe(true)
    expect(kept.some((b) => b.name === '1-9')).toBe(false)
    expect(kept.some((b) => b.name === '119-15')).toBe(false)
  })
})

describe('backups', () => {
  it('backs up while in use, then a damaged file restores to identical data', async () => {
    const dbPath = fresh()
    const b = openBackend(dbPath, '测试员')
    seedBasics(b)
    b.ledgers.enterprise.create({ name: '上海乙科技有限公司', phone: '021-5555' })
    const before = dump(b.db)
    const made = await call<{ fileName: string; base64: string }>(b, 'backup:now')
    expect(Buffer.from(made.base64, 'base64').length).toBeGreaterThan(4096)
    const status = await call<BackupStatus>(b, 'backup:status')
    expect(status.folder).toBe(backupFolder(dbPath))
    expect(status.last?.name).toBe(made.fileName)
    expect(status.last?.reasonLabel).toBe('手动')
    b.db.close()

    // Damage: garbage over pages in the middle of the file (and no WAL to save it).
    const fd = openSync(dbPath, 'r+')
    writeSync(fd, Buffer.alloc(8192, 0xab), 0, 8192, 4096 * 3)
    closeSync(fd)
    // The day's first start checks the ledger as it backs it up: it says the file is damaged.
    const host = await LedgerHost.open(dbPath, '测试员')
    expect(host.failure?.code).toBe('CORRUPT')
    const info = await dispatchAsync(host, 'app:info', undefined)
    expect(!info.ok && info.error.message).toContain('恢复最近的备份')
    const r = await call<RestoreResult>(host, 'backup:restoreLatest')
    expect(r.check.counts.enterprises).toBe(2)
    expect(dump(host.backend!.db)).toEqual(before)
    expect(host.backend!.db.pragma('integrity_check', { simple: true })).toBe('ok')
    host.close()
  })

  it('refuses a file that is not a ledger, or is damaged, and changes nothing', async () => {
    const dbPath = fresh()
    const b = openBackend(dbPath, '测试员')
    seedBasics(b)
    const before = dump(b.db)
    const junk = await b.uploads.save('备份.db', Buffer.from('这不是数据库'.repeat(1000)))
    await expect(call(b, 'backup:check', { file: junk.id })).rejects.toThrow(/不是营商台账的数据库文件/)
    await expect(call(b, 'backup:restore', { file: junk.id })).rejects.toThrow(/不是营商台账/)
    const other = file(`other-${n}.db`)
    new Database(other).exec('CREATE TABLE x (a); INSERT INTO x VALUES (1)')
    const up = await b.uploads.save('other.db', readFileSync(other))
    await expect(call(b, 'backup:restore', { file: up.id })).rejects.toThrow(/不是营商台账/)
    await expect(call(b, 'backup:restore', { name: '../bizledger.db' })).rejects.toThrow(/备份文件名无效/)
    await expect(call(b, 'backup:restore', { name: 'bizledger-20240101-000000-daily.db' })).rejects.toThrow(/不存在/)
    expect(dump(b.db)).toEqual(before)
    b.db.close()
  })

  it('restores an uploaded backup after a backup of the current state, and the restore can be reverted', async () => {
    const dbPath = fresh()
    const b = openBackend(dbPath, '测试员')
    seedBasics(b)
    const made = await call<{ fileName: string; base64: string }>(b, 'backup:now')
    const atBackup = dump(b.db)
    b.ledgers.enterprise.create({ name: '备份之后新建的企业' })
    const afterChange = dump(b.db)
    const up = await b.uploads.save(made.fileName, Buffer.from(made.base64, 'base64'))
    const check = await call<{ counts: { enterprises: number } }>(b, 'backup:check', { file: up.id })
    expect(check.counts.enterprises).toBe(1)
    const r = await call<RestoreResult>(b, 'backup:restore', { file: up.id })
    expect(dump(b.db)).toEqual(atBackup)
    expect(r.safety).toMatch(/-restore\.db$/)
    // The state before the restore is in the folder: restore it back.
    await call(b, 'backup:restore', { name: r.safety })
    expect(dump(b.db)).toEqual(afterChange)
    b.db.close()
  })

  it('backs up at the first start of a day and before a migration, not twice a day', async () => {
    const dbPath = fresh()
    const old = new Database(dbPath)
    migrate(old, 3)
    old.prepare("INSERT INTO partner (name) VALUES ('同济科技园')").run()
    old.close()
    const day = new Date(2024, 2, 5, 9)
    const h1 = await LedgerHost.open(dbPath, '测试员', day)
    h1.close()
    const reasons = () =>
      listBackups(backupFolder(dbPath))
        .map((b) => b.reason)
        .sort()
    expect(reasons()).toEqual(['daily', 'migration'])
    const h2 = await LedgerHost.open(dbPath, '测试员', new Date(2024, 2, 5, 17))
    h2.close()
    expect(reasons()).toEqual(['daily', 'migration'])
    // The migration backup is the ledger as it was: version 3, with its data.
    const m = listBackups(backupFolder(dbPath)).find((b) => b.reason === 'migration')!
    const copy = new Database(join(backupFolder(dbPath), m.name), { readonly: true })
    expect(copy.pragma('user_version', { simple: true })).toBe(3)
    expect(copy.prepare('SELECT name FROM partner').pluck().all()).toEqual(['同济科技园'])
    copy.close()
  })

  it('an older backup is migrated after the restore', async () => {
    const dbPath = fresh()
    const b = openBackend(dbPath, '测试员')
    const oldPath = file(`v2-${n}.db`)
    const old = new Database(oldPath)
    migrate(old, 2)
    old.prepare("INSERT INTO partner (name) VALUES ('同济科技园')").run()
    old.close()
    const up = await b.uploads.save('v2.db', readFileSync(oldPath))
    await call(b, 'backup:restore', { file: up.id })
    expect(b.ledgers.partner.list().map((p) => p.name)).toEqual(['同济科技园'])
    expect(b.db.pragma('user_version', { simple: true })).toBeGreaterThan(2)
    b.ledgers.partner.create({ name: '新伙伴' })
    b.db.close()
  })

  it('a file that is not a database opens to a clear message and 恢复最近的备份', async () => {
    const dbPath = fresh()
    const b = openBackend(dbPath, '测试员')
    seedBasics(b)
    await makeBackup(b.db, backupFolder(dbPath), 'daily')
    const before = dump(b.db)
    b.db.close()
    for (const s of ['-wal', '-shm']) rmSync(dbPath + s, { force: true })
    writeFileSync(dbPath, Buffer.alloc(64 * 1024, 0x5a))
    const host = await LedgerHost.open(dbPath, '测试员')
    const r = await dispatchAsync(host, 'app:info', undefined)
    expect(r.ok).toBe(false)
    expect(!r.ok && r.error).toMatchObject({ code: 'CORRUPT', message: expect.stringContaining('恢复最近的备份') })
    await call(host, 'backup:restoreLatest')
    expect(dump(host.backend!.db)).toEqual(before)
    // The damaged file is kept beside it.
    expect(readdirSync(join(dbPath, '..')).some((f) => f.includes('.damaged-'))).toBe(true)
    host.close()
    expect(existsSync(dbPath)).toBe(true)
  })

  it('a read-only ledger says so', async () => {
    const dbPath = fresh()
    openBackend(dbPath, '测试员').db.close()
    const ro = new Database(dbPath, { readonly: true })
    const { dbFailure } = await import('../../../src/main/db/failure')
    let code = ''
    try {
      ro.prepare("INSERT INTO partner (name) VALUES ('x')").run()
    } catch (e) {
      code = dbFailure(e)?.code ?? ''
    }
    ro.close()
    expect(code).toBe('READONLY')
  })
})
