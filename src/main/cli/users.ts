/**
 * `users` (issue #21): the ledger's users for the shared mode.
 *   npm run cli -- users add    --db PATH --name NAME --role admin|editor|viewer   (password: one line on stdin)
 *   npm run cli -- users list   --db PATH [--json]
 *   npm run cli -- users remove --db PATH --name NAME
 */
import { Accounts } from '../accounts/accounts'
import { ROLES, ROLE_LABELS, isRole } from '../../shared/ipc/access'
import type { Deps } from '../core/deps'
import { UsageError, type Command } from './command'

type UsersDeps = Pick<Deps, 'db'>

const ACTIONS = ['add', 'list', 'remove'] as const
type Action = (typeof ACTIONS)[number]
const ROLE_CHOICES = ROLES.map((r) => `${r}(${ROLE_LABELS[r]})`).join('、')

function actionOf(positionals: string[]): Action {
  const [action, ...extra] = positionals
  if (!ACTIONS.includes(action as Action))
    throw new UsageError(action === undefined ? '请指明 users add、list 或 remove' : `未知的 users 操作“${action}”`)
  if (extra.length > 0) throw new UsageError(`多余的参数“${extra[0]}”`)
  return action as Action
}

/**
 * The first line of standard input (the password), without its line end. A terminal is asked;
 * a pipe is read up to its first line break or its end.
 */
export function readLine(input: NodeJS.ReadStream = process.stdin, prompt = '密码: '): Promise<string> {
  if (input.isTTY) process.stderr.write(prompt)
  return new Promise((resolve, reject) => {
    let text = ''
    const done = (line: string) => {
      input.off('data', onData)
      input.off('end', onEnd)
      input.off('error', reject)
      input.pause()
      resolve(line.replace(/\r$/, ''))
    }
    const onData = (chunk: string) => {
      text += chunk
      const end = text.indexOf('\n')
      if (end >= 0) done(text.slice(0, end))
      else if (text.length > 10_000) done(text)
    }
    const onEnd = () => done(text)
    input.setEncoding('utf8')
    input.on('data', onData)
    input.once('end', onEnd)
    input.once('error', reject)
    input.resume()
  })
}

export const usersCommand: Command<UsersDeps> = {
  usage: `add|list|remove --db PATH [--name 名字] [--role ${ROLES.join('|')}] [--json]
         共享模式的用户:add 从标准输入读取一行作为密码;角色 ${ROLE_CHOICES}`,
  options: { db: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, json: { type: 'boolean' } },
  positionals: true,
  writes: (_values, positionals) => actionOf(positionals) !== 'list',
  check(values, positionals) {
    const action = actionOf(positionals)
    if (action !== 'list' && (typeof values.name !== 'string' || values.name.trim() === ''))
      throw new UsageError('请用 --name 指定用户名')
    if (action === 'add' && !isRole(values.role))
      throw new UsageError(`--role 应为 ${ROLE_CHOICES} 之一,收到“${String(values.role ?? '')}”`)
    if (action !== 'add' && values.role !== undefined) throw new UsageError('--role 只用于 users add')
  },
  async run(deps, values, positionals) {
    const accounts = new Accounts(deps.db)
    const action = actionOf(positionals)
    if (action === 'list') {
      const now = Date.now()
      const users = accounts.list().map((u) => ({
        name: u.name,
        role: u.role,
        roleLabel: ROLE_LABELS[u.role],
        createdAt: u.createdAt,
        updatedAt: u.updatedAt,
        locked: u.lockedUntil !== null && u.lockedUntil > now,
      }))
      if (values.json) console.log(JSON.stringify(users))
      else if (users.length === 0) console.log('此台账还没有用户。')
      else
        for (const u of users)
          console.log(`${u.name}\t${u.roleLabel}(${u.role})\t创建于 ${u.createdAt}${u.locked ? '\t已锁定' : ''}`)
      return 0
    }
    if (action === 'remove') {
      const removed = accounts.remove(values.name as string)
      console.log(`已删除用户“${removed.name}”(${ROLE_LABELS[removed.role]})。`)
      return 0
    }
    const password = await readLine()
    const user = await accounts.add(values.name as string, values.role as string, password)
    console.log(`已添加用户“${user.name}”,角色:${ROLE_LABELS[user.role]}。`)
    return 0
  },
}
