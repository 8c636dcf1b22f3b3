import { performance } from 'node:perf_hooks'
import { rmSync } from 'node:fs'
import Database from 'better-sqlite3'
import { openBackend } from '../src/main/app/open'
const src = new Database('/tmp/prof/i.db', { readonly: true })
const rows = src.prepare('SELECT * FROM enterprise ORDER BY id').all() as Record<string, unknown>[]
const buildings = src.prepare('SELECT * FROM building ORDER BY id').all() as Record<string, unknown>[]
const dict = src.prepare('SELECT * FROM dictionary ORDER BY id').all() as Record<string, unknown>[]
const audits = src.prepare("SELECT * FROM audit_log WHERE entity='enterprise' ORDER BY id").all() as Record<string, unknown>[]
console.log(rows.length, 'rows; after json length', (audits[0].after as string).length)
for (const variant of (process.argv[2] ?? 'plain,returning,audit,both').split(',')) {
  const p = `/tmp/prof/ins-${variant}.db`; for (const f of [p, p + '-wal', p + '-shm']) rmSync(f, { force: true })
  const b = openBackend(p, 'bench'); const db = b.db
  db.pragma('temp_store = MEMORY'); db.pragma('cache_size = -65536')
  const ins = (t: string, r: Record<string, unknown>) => db.prepare(`INSERT INTO ${t} (${Object.keys(r).join(',')}) VALUES (${Object.keys(r).map(() => '?').join(',')})`)
  for (const r of dict) { try { ins('dictionary', r).run(...Object.values(r) as never[]) } catch {} }
  for (const r of buildings) ins('building', r).run(...Object.values(r) as never[])
  db.exec('BEGIN IMMEDIATE'); db.exec('DROP TRIGGER enterprise_search_insert')
  const cols = Object.keys(rows[0]).filter((c) => c !== 'id' && c !== 'created_at' && c !== 'updated_at')
  const sql = `INSERT INTO enterprise (${cols.join(',')}) VALUES (${cols.map(() => '?').join(',')})`
  const st = db.prepare(variant.startsWith('returning') || variant.startsWith('both') ? sql + ' RETURNING *' : sql)
  const aud = db.prepare('INSERT INTO audit_log (actor, entity, entity_id, action, before, after, batch) VALUES (?, ?, ?, ?, ?, ?, ?)')
  const sp = db.transaction((fn: () => void) => fn())
  const t = performance.now()
  for (let i = 0; i < rows.length; i++) {
    const v = cols.map((c) => rows[i][c]) as never[]
    const one = () => {
    if (variant.startsWith('returning') || variant.startsWith('both')) st.get(...v); else st.run(...v)
    if (variant.startsWith('audit') || variant.startsWith('both')) aud.run('a', 'enterprise', i + 1, 'create', null, audits[i].after as string, 'batch-x')
    }
    if (variant.endsWith('sp2')) sp(() => sp(one)); else if (variant.endsWith('sp')) sp(one); else one()
  }
  const ms = performance.now() - t
  db.exec('COMMIT')
  console.log(variant.padEnd(10), ms.toFixed(0), 'ms', ((ms * 1000) / rows.length).toFixed(1), 'µs/row')
  db.close()
}
