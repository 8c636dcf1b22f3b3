/**
 * A writer to be killed (tests/unit/node/kill.test.ts): opens the ledger given, says "ready",
 * then alternates, for as long as it lives, an import of a small directory file and a bulk edit
 * of the seeded firms. Every import names its firms after itself (`批次<tag>-…`), every bulk edit
 * writes its own mark into 备注, so the test can tell whole batches from partial ones.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openBackend } from '../../src/main/app/open'
import { runImport } from '../../src/main/import/run'

async function main() {
  const [dbPath, dir, seeded, rowCount] = process.argv.slice(2)
  const ids = JSON.parse(seeded) as number[]
  const IMPORT_ROWS = Number(rowCount)
  // Loaded and waiting: the test starts the next writer while it checks after the last kill.
  process.stdout.write('loaded\n')
  await new Promise((resolve) => process.stdin.once('data', resolve))
  const backend = openBackend(dbPath, '测试员')
  process.stdout.write('ready\n')
  for (let k = 0; ; k++) {
    const tag = `${process.pid}-${k}`
    if (k % 2 === 0) {
      const path = join(dir, `批次${tag}.csv`)
      const rows = ['企业名称,所在楼宇,联系电话']
      for (let i = 0; i < IMPORT_ROWS; i++)
        rows.push(`批次${tag}-企业${i},楼宇${tag},021-${String(i).padStart(8, '0')}`)
      writeFileSync(path, rows.join('\r\n'), 'utf8')
      await runImport(backend, { path, kind: 'enterprises' })
    } else {
      backend.ledgers.enterprise.bulkUpdate(ids, { notes: `批量${tag}` })
    }
  }
}

void main()
