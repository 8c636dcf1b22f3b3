/**
 * `serve` (issue #21): shares the ledger with the office network over HTTPS until stopped
 * (Ctrl+C, SIGTERM). Prints the address and the certificate's SHA-256 fingerprint, which the
 * colleagues compare on their first connection.
 *   npm run cli -- serve --db PATH --listen HOST:PORT [--idle-minutes N] [--dir out/renderer]
 */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { Accounts } from '../accounts/accounts'
import { DEFAULT_IDLE_MS } from '../accounts/sessions'
import { backupFolder, hasBackupOn, makeBackup } from '../backup/store'
import { startShared, type SharedListener } from '../bridge/share'
import type { Deps } from '../core/deps'
import type { Gate } from '../ipc/dispatch'
import { UsageError, type Command, type Values } from './command'

type ServeDeps = Pick<Deps, 'db' | 'file'> & Gate

/** `HOST:PORT` or `[v6]:PORT`; port 0 takes any free one. */
export function parseListen(value: unknown): { host: string; port: number } {
  const text = typeof value === 'string' ? value.trim() : ''
  const m = /^(?:\[([0-9a-fA-F:.]+)\]|([^:[\]\s]+)):(\d{1,5})$/.exec(text)
  const port = m ? Number(m[3]) : NaN
  if (!m || port > 65535)
    throw new UsageError(`--listen 应为 地址:端口,例如 0.0.0.0:8443 或 127.0.0.1:8443,收到“${text}”`)
  return { host: m[1] ?? m[2], port }
}

function idleOf(values: Values): number {
  if (values['idle-minutes'] === undefined) return DEFAULT_IDLE_MS
  const minutes = Number(values['idle-minutes'])
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 24 * 60)
    throw new UsageError(`--idle-minutes 应为 1 到 1440 之间的整数,收到“${String(values['idle-minutes'])}”`)
  return minutes * 60_000
}

/** The built renderer: given, beside the built CLI (out/cli → out/renderer), or under out/ from the sources. */
function rendererDir(values: Values): string | undefined {
  const candidates =
    typeof values.dir === 'string'
      ? [resolve(values.dir)]
      : [join(__dirname, '../renderer'), join(__dirname, '../../../out/renderer'), resolve('out/renderer')]
  return candidates.find((d) => existsSync(join(d, 'index.html')))
}

/** The day's backup, as the app makes at its first start of a day: a host may run for weeks. */
async function dailyBackup(deps: ServeDeps): Promise<void> {
  const folder = backupFolder(deps.file.path)
  try {
    if (!hasBackupOn(folder, new Date())) await makeBackup(deps.db, folder, 'daily')
  } catch (e) {
    console.error(`警告: 每日备份失败: ${(e as Error).message}`)
  }
}

/** Says how to add the first 管理员 when there is none. */
export function noAdminMessage(dbPath: string): string {
  return `此台账还没有管理员账户,不能共享。请先添加一位管理员(密码从标准输入读取一行):
  npm run cli -- users add --db "${dbPath}" --name 名字 --role admin`
}

/** Serves until SIGINT or SIGTERM; `started` is told the listener (start-web and tests use it). */
export async function serveUntilStopped(
  deps: ServeDeps,
  opts: { host: string; port: number; idleMs?: number; staticDir?: string },
  started?: (s: SharedListener) => void,
): Promise<number> {
  const accounts = new Accounts(deps.db)
  if (deps.file.path === ':memory:') {
    console.error('错误: 内存数据库不能共享,请用 --db 指定台账文件。')
    return 1
  }
  if (!accounts.hasAdmin()) {
    console.error(`错误: ${noAdminMessage(deps.file.path)}`)
    return 1
  }
  await dailyBackup(deps)
  const shared = await startShared({ backend: deps, accounts, dbPath: deps.file.path, ...opts })
  console.log(`共享地址: ${shared.url}`)
  if (opts.host === '0.0.0.0' || opts.host === '::') {
    const lan = [...shared.names].filter((n) => /^\d+\.\d+\.\d+\.\d+$/.test(n) && !n.startsWith('127.'))
    for (const ip of lan) console.log(`同事可用地址: https://${ip}:${shared.port}/`)
  }
  console.log(`证书指纹 (SHA-256): ${shared.cert.fingerprint}`)
  if (shared.cert.made) console.log(`已生成证书: ${shared.cert.certPath}`)
  console.log(opts.staticDir ? `界面: ${opts.staticDir}` : '未找到已构建的界面(npm run build),只提供接口。')
  console.log('按 Ctrl+C 停止共享。')
  started?.(shared)
  // Checked each hour, so a host left running makes each day's backup too.
  const backups = setInterval(() => void dailyBackup(deps), 3600_000)
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve())
    process.once('SIGTERM', () => resolve())
  })
  clearInterval(backups)
  const closing = shared.close()
  shared.server.closeAllConnections()
  await closing
  console.log('已停止共享。')
  return 0
}

export const serveCommand: Command<ServeDeps> = {
  usage: `--db PATH --listen 地址:端口 [--idle-minutes N] [--dir 界面目录]
         通过 HTTPS 向办公室网络共享此台账(需先用 users add 添加管理员),直到按 Ctrl+C`,
  options: {
    db: { type: 'string' },
    listen: { type: 'string' },
    'idle-minutes': { type: 'string' },
    dir: { type: 'string' },
  },
  writes: () => true,
  check(values) {
    parseListen(values.listen)
    idleOf(values)
  },
  run(deps, values) {
    return serveUntilStopped(deps, {
      ...parseListen(values.listen),
      idleMs: idleOf(values),
      staticDir: rendererDir(values),
    })
  },
}
