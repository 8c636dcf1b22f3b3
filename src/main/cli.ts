/**
 * The command line: the same services as the app, under plain Node.
 *   npm run cli -- demo  --db PATH [--seed N]
 *   npm run cli -- stats --db PATH [--json]
 *   npm run cli -- users add|list|remove --db PATH …, serve --db PATH --listen HOST:PORT (shared mode)
 * Usage errors exit 2, failures exit 1, each with a Chinese message on stderr.
 */
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { Stats } from '../shared/domain'
import { openBackend } from './app/open'
import { networkLocation, networkMessage, networkRefusal, systemProbe, type NetworkProbe } from './db/network-drive'
import type { Backend } from './app/backend'
import { UsageError, type Command, type Values } from './cli/command'
import { dedupeCommands } from './cli/dedupe'
import { exportCommands } from './cli/export'
import { fieldBookCommands } from './cli/fieldbooks'
import { importCommands } from './cli/import'
import { serveCommand } from './cli/serve'
import { usersCommand } from './cli/users'
import { AppError } from './errors'
import { DB_FILE, dbOverride, defaultUserDataDir } from './paths'

const STAT_LABELS: Record<keyof Stats, string> = {
  enterprises: '企业',
  buildings: '楼宇',
  staff: '人员',
  partners: '招商伙伴',
  campaigns: '走访活动',
  visits: '走访记录',
  requests: '诉求',
  rentReliefs: '房租减免',
  events: '活动',
  organisations: '联盟商会',
  servicePoints: '服务站点',
}

const dbOption = { db: { type: 'string' } } as const

const COMMANDS: Record<string, Command<Backend>> = {
  demo: {
    usage:
      '--db PATH [--seed N] [--size N]   在空白数据库中载入示例数据(同一种子得到相同数据;--size 扩充到 N 家企业、每家10条走访,用于性能测试)',
    options: { ...dbOption, seed: { type: 'string' }, size: { type: 'string' } },
    writes: () => true,
    check(values) {
      seedOf(values)
      sizeOf(values)
    },
    run(backend, values) {
      const seed = seedOf(values)
      const started = Date.now()
      const stats = backend.setup('demo', seed, sizeOf(values))
      const secs = ((Date.now() - started) / 1000).toFixed(1)
      console.log(`已载入示例数据(种子 ${seed},用时 ${secs} 秒)到 ${backend.options.dbPath}`)
      printStats(stats)
    },
  },
  stats: {
    usage: '--db PATH [--json]     显示各台账的记录数',
    options: { ...dbOption, json: { type: 'boolean' } },
    run(backend, values) {
      const stats = backend.stats()
      if (values.json) console.log(JSON.stringify(stats))
      else printStats(stats)
    },
  },
  ...importCommands,
  ...exportCommands,
  ...fieldBookCommands,
  ...dedupeCommands,
  users: usersCommand,
  serve: serveCommand,
}

function seedOf(values: Values): number {
  const seed = values.seed === undefined ? 1 : Number(values.seed)
  if (!Number.isInteger(seed) || seed < 0 || seed > 2 ** 31) {
    throw new UsageError(`--seed 应为 0 到 2147483648 之间的整数,收到“${String(values.seed)}”`)
  }
  return seed
}

function sizeOf(values: Values): number | undefined {
  if (values.size === undefined) return undefined
  const size = Number(values.size)
  if (!Number.isInteger(size) || size < 1 || size > 1_000_000) {
    throw new UsageError(`--size 应为 1 到 1000000 之间的整数(企业数),收到“${String(values.size)}”`)
  }
  return size
}

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(9)}${c.usage}`)
  return `用法: npm run cli -- <命令> [选项]

命令:
${lines.join('\n')}
  help     显示本说明

--db 省略时使用环境变量 BIZLEDGER_DB,再省略则使用应用的默认数据库:
  ${join(defaultUserDataDir(), DB_FILE)}`
}

function printStats(stats: Stats) {
  for (const [key, label] of Object.entries(STAT_LABELS)) {
    console.log(`${label}:${stats[key as keyof Stats]}`)
  }
}

/** `probe`: what the machine says about its disks (the tests supply their own). */
export async function main(argv: string[], probe?: NetworkProbe): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    console.log(usage())
    return name === undefined ? 2 : 0
  }
  const command = COMMANDS[name]
  let backend: Backend | undefined
  try {
    if (!command) throw new UsageError(`未知命令“${name}”`)
    let values: Values
    let positionals: string[]
    try {
      ;({ values, positionals } = parseArgs({
        args: rest,
        options: command.options,
        strict: true,
        allowPositionals: command.positionals ?? false,
      }) as { values: Values; positionals: string[] })
    } catch (e) {
      throw new UsageError(translateParseError((e as Error).message))
    }
    command.check?.(values, positionals)
    const dbPath = (values.db as string | undefined) ?? dbOverride([]) ?? join(defaultUserDataDir(), DB_FILE)
    // A ledger on a network drive: reading commands open it read-only, writing ones stop.
    const where = networkLocation(resolve(dbPath), probe ?? systemProbe)
    if (where && command.writes?.(values, positionals)) throw new AppError('READONLY', networkRefusal(where))
    backend = openBackend(dbPath, undefined, where ? networkMessage(where) : undefined)
    return (await command.run(backend, values, positionals)) ?? 0
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`错误: ${e.message}\n\n${usage()}`)
      return 2
    }
    console.error(`错误: ${e instanceof AppError ? e.message : (e as Error).message}`)
    return 1
  } finally {
    backend?.db.close()
  }
}

/** node:util's messages are English; the office reads Chinese. */
function translateParseError(message: string): string {
  const unknown = /Unknown option '([^']+)'/.exec(message)
  if (unknown) return `未知选项“${unknown[1]}”`
  const missing = /Option '([^']+)' argument missing/.exec(message)
  if (missing) return `选项“${missing[1].split(',')[0].trim()}”缺少参数值`
  const positional = /Unexpected argument '([^']+)'/.exec(message)
  if (positional) return `多余的参数“${positional[1]}”`
  return message
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code
  })
}
