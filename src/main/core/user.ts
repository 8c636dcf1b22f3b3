import { userInfo } from 'node:os'

/** The OS account name: who the audit log names unless 设置 gives a user name. */
export function osUser(): string {
  try {
    return userInfo().username || '本机用户'
  } catch {
    return '本机用户'
  }
}
