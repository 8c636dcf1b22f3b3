/**
 * `tasks` and `dispatch` (issue #17): the field workbooks, one file per person, building or
 * unit, into a folder. They come back with `import --kind visit-tasks|dispatch`.
 *   npm run cli -- tasks    --db PATH --campaign 编号或名称 --by manager|specialist|building --out DIR [--json]
 *   npm run cli -- dispatch --db PATH --by unit --out DIR [--json]
 */
import { existsSync, mkdirSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import {
  TASK_GROUPINGS,
  TASK_GROUPING_NAMES,
  type FieldBookResult,
  type TaskGrouping,
} from '../../shared/domain/field-workbooks'
import type { Deps } from '../core/deps'
import { writeDispatchBooks } from '../fieldbooks/dispatch'
import { writeTaskBooks } from '../fieldbooks/tasks'
import { UsageError, type Command, type Values } from './command'
import { campaignId } from './export'

/** What this module uses of the ledger's services (src/main/core/deps.ts). */
type CliBookDeps = Pick<Deps, 'db' | 'audit'>

function outDir(values: Values): string {
  const out = values.out
  if (typeof out !== 'string' || out === '') throw new UsageError('请用 --out 指定存放表格的文件夹')
  return resolve(out)
}

/** The folder, created when missing (a file of that name is refused). */
function ensureDir(dir: string): string {
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UsageError(`--out 应为文件夹,“${dir}”是文件`)
  mkdirSync(dir, { recursive: true })
  return dir
}

function report(result: FieldBookResult, what: string, json: boolean): void {
  if (json) {
    console.log(JSON.stringify(result))
    return
  }
  for (const f of result.files) console.log(`${f.file}(${f.rows} 条)`)
  console.log(`已生成${what} ${result.files.length} 个文件,在 ${result.dir}`)
}

const tasksCommand: Command<CliBookDeps> = {
  usage: `--db PATH --campaign 编号或名称 --by ${TASK_GROUPING_NAMES.join('|')} --out 文件夹 [--json]\n         生成走访任务表:每位楼掌柜、服务专员或每座楼宇一个文件`,
  options: {
    db: { type: 'string' },
    campaign: { type: 'string' },
    by: { type: 'string' },
    out: { type: 'string' },
    json: { type: 'boolean' },
  },
  writes: () => true,
  check(values) {
    outDir(values)
    if (!TASK_GROUPING_NAMES.includes(values.by as TaskGrouping)) {
      const names = TASK_GROUPING_NAMES.map((n) => `${n}(${TASK_GROUPINGS[n]})`).join('、')
      throw new UsageError(`--by 应为 ${names} 之一,收到“${String(values.by ?? '')}”`)
    }
    if (typeof values.campaign !== 'string') throw new UsageError('请用 --campaign 指定走访活动(编号或名称)')
  },
  async run(deps, values) {
    const result = await writeTaskBooks(deps, {
      campaignId: campaignId(deps, values.campaign, '生成走访任务表'),
      by: values.by as TaskGrouping,
      dir: ensureDir(outDir(values)),
    })
    report(result, '走访任务表', values.json === true)
  },
}

const dispatchCommand: Command<CliBookDeps> = {
  usage: '--db PATH --by unit --out 文件夹 [--json]   生成诉求派单表:每个承办单位一个文件,列出其未办结的诉求',
  options: { db: { type: 'string' }, by: { type: 'string' }, out: { type: 'string' }, json: { type: 'boolean' } },
  writes: () => true,
  check(values) {
    outDir(values)
    if ((values.by ?? 'unit') !== 'unit') throw new UsageError(`--by 只能为 unit(承办单位),收到“${String(values.by)}”`)
  },
  async run(deps, values) {
    const result = await writeDispatchBooks(deps, { dir: ensureDir(outDir(values)) })
    report(result, '诉求派单表', values.json === true)
  },
}

/** `tasks`, `dispatch` (issue #17). */
export const fieldBookCommands: Record<string, Command> = { tasks: tasksCommand, dispatch: dispatchCommand }
