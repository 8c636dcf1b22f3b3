/**
 * `npm run start:web`: the renderer in a browser over the loopback bridge, for machines
 * without Electron. Serves out/renderer (built by the script first) and prints the URL.
 */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { LedgerHost } from '../app/host'
import { DB_FILE, dbOverride, defaultUserDataDir } from '../paths'
import { startBridge } from './server'

async function main() {
  const { values } = parseArgs({
    options: { db: { type: 'string' }, port: { type: 'string' }, dir: { type: 'string' } },
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
