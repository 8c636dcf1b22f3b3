/**
 * `npm run start:web`: the renderer in a browser over the loopback bridge, for machines
 * without Electron. Serves out/renderer (built by the script first) and prints the URL.
 * `npm run start:web -- --share [--listen HOST:PORT]` shares the ledger instead, as
 * `npm run cli -- serve` does (default 0.0.0.0:8443).
 */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { LedgerHost } from '../app/host'
import { DB_FILE, dbOverride, defaultUserDataDir } from '../paths'
import { parseListen, serveUntilStopped } from '../cli/serve'
import { startBridge } from './server'

async function main() {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      port: { type: 'string' },
      dir: { type: 'string' },
      share: { type: 'boolean' },
      listen: { type: 'string' },
    },
    strict: true,
  })
  const dbPath = values.db ?? dbOverride([]) ?? join(defaultUserDataDir(), DB_FILE)
  const staticDir = resolve(values.dir ?? 'out/renderer')
  if (!existsSync(join(staticDir, 'index.html'))) {
    console.error(`找不到已构建的界面 ${staticDir},请先运行 npm run build`)
    process.exit(1)
  }
  const host = await LedgerHost.open(resolve(dbPath))
  if (host.failure) console.error(`无法打开数据库: ${host.failure.message}`)
  const readOnly = host.backend?.options.readOnly
  if (readOnly) console.warn(readOnly)
  if (values.share) {
    const backend = host.backend
    if (!backend) process.exit(1)
    // The host answers (read-only ledgers say why); the users live in its database.
    const gate = { db: backend.db, file: backend.file, uploads: host.uploads, handle: host.handle.bind(host) }
    const code = await serveUntilStopped(gate, { ...parseListen(values.listen ?? '0.0.0.0:8443'), staticDir })
    host.close()
    process.exit(code)
  }
  const bridge = await startBridge({ backend: host, staticDir, port: values.port ? Number(values.port) : 0 })
  console.log(`数据库: ${host.dbPath}`)
  console.log(`在浏览器中打开: ${bridge.url}`)
  const stop = () => {
    void bridge.close().then(() => {
      host.close()
      process.exit(0)
    })
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((e: Error) => {
  console.error(e.message)
  process.exit(1)
})
