/**
 * A ledger on a network filesystem is opened read-only, by the app (Electron and start:web
 * share LedgerHost) and by the CLI's writing commands, with the reason in Chinese. The mount
 * table and the drive type are the test's own, through NetworkProbe.
 */
import { existsSync, mkdtempSync, realpathSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { LedgerHost } from '../../../src/main/app/host'
import { openBackend } from '../../../src/main/app/open'
import { dispatchAsync } from '../../../src/main/ipc/dispatch'
import { backupFolder } from '../../../src/main/backup/store'
import { main as cli } from '../../../src/main/cli'
import { networkLocation, type NetworkProbe } from '../../../src/main/db/network-drive'
import type { AppInfo } from '../../../src/shared/ipc/contract'
import { seedBasics } from '../../support/ledger'

const MOUNTS = [
  'sysfs /sys sysfs rw,nosuid 0 0',
  '/dev/sda1 / ext4 rw,relatime 0 0',
  '//nas/台账 /mnt/office\\040share cifs rw,vers=3.0 0 0',
  'nas:/export /srv/nfs nfs4 rw,relatime 0 0',
  '/dev/sdb1 /srv/nfs/local ext4 rw 0 0',
  'clerk@host:/data /home/clerk/remote fuse.sshfs rw,nosuid 0 0',
].join('\n')

function linux(mounts = MOUNTS): NetworkProbe {
  return { platform: 'linux', mounts: () => mounts, driveType: () => null, realpath: (p) => p }
}

function windows(types: Record<string, number>): NetworkProbe {
  return { platform: 'win32', mounts: () => '', driveType: (d) => types[d] ?? null, realpath: (p) => p }
}

describe('which paths are on a network filesystem', () => {
  it('Linux: cifs, nfs and sshfs mounts, by the deepest mount holding the path', () => {
    const p = linux()
    expect(networkLocation('/mnt/office share/bizledger.db', p)).toMatch(/^cifs /)
    expect(networkLocation('/srv/nfs/a/bizledger.db', p)).toMatch(/^nfs4 /)
    expect(networkLocation('/home/clerk/remote/bizledger.db', p)).toMatch(/^fuse\.sshfs /)
    // A local disk mounted inside the NFS share is local.
    expect(networkLocation('/srv/nfs/local/bizledger.db', p)).toBeNull()
    expect(networkLocation('/home/clerk/bizledger.db', p)).toBeNull()
    // A folder whose name only starts like a mount point is not inside it.
    expect(networkLocation('/srv/nfsx/bizledger.db', p)).toBeNull()
    expect(networkLocation(':memory:', p)).toBeNull()
  })

  it('Windows: UNC paths and remote mapped drives', () => {
    const p = windows({ 'C:': 3, 'Z:': 4 })
    expect(networkLocation('\\\\server\\share\\台账\\bizledger.db', p)).toBe('\\\\server\\share')
    expect(networkLocation('//server/share/bizledger.db', p)).toBe('\\\\server\\share')
    expect(networkLocation('\\\\?\\UNC\\server\\share\\bizledger.db', p)).toBe('\\\\server\\share')
    expect(networkLocation('z:\\台账\\bizledger.db', p)).toBe('网络驱动器 Z:')
    expect(networkLocation('C:\\Users\\clerk\\bizledger.db', p)).toBeNull()
    expect(networkLocation('\\\\?\\C:\\Users\\bizledger.db', p)).toBeNull()
    // A drive whose type cannot be read is taken as local (the app still works as before).
    expect(networkLocation('Y:\\bizledger.db', p)).toBeNull()
  })
})

/** A real ledger file in a temporary folder, which the probe says is an NFS mount. */
function ledgerOnShare() {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'bizledger-share-')))
  const dbPath = join(dir, 'bizledger.db')
  const b = openBackend(dbPath, '测试员')
  seedBasics(b)
  b.db.close()
  const probe = linux(`/dev/sda1 / ext4 rw 0 0\nnas:/export ${dir} nfs rw 0 0`)
  return { dir, dbPath, probe }
}

describe('the app opens a ledger on a network drive read-only', () => {
  it('reads work, writes answer why in Chinese, and nothing is written beside it', async () => {
    const { dbPath, probe } = ledgerOnShare()
    const host = await LedgerHost.open(dbPath, '测试员', new Date(), probe)
    try {
      const info = await dispatchAsync(host, 'app:info', undefined)
      expect(info.ok).toBe(true)
      const value = (info as { value: AppInfo }).value
      expect(value.readOnly).toMatch(/网络位置.*只读.*复制到这台电脑/)
      expect(value.needsSetup).toBe(false)
      expect(value.stats.enterprises).toBe(1)
      const write = await dispatchAsync(host, 'enterprise:create', { name: '上海乙科技有限公司' })
      expect(write).toMatchObject({ ok: false, error: { code: 'READONLY' } })
      expect((write as { error: { message: string } }).error.message).toMatch(/复制到这台电脑/)
      // No daily backup into the share.
      expect(existsSync(backupFolder(dbPath))).toBe(false)
    } finally {
      host.close()
    }
  })

  it('a network location without a ledger shows the reason instead of creating one there', async () => {
    const { dir, probe } = ledgerOnShare()
    const host = await LedgerHost.open(join(dir, 'new.db'), '测试员', new Date(), probe)
    expect(host.failure?.code).toBe('READONLY')
    expect(host.failure?.message).toMatch(/不能在网络位置新建台账.*复制到这台电脑/)
    expect(existsSync(join(dir, 'new.db'))).toBe(false)
  })
})

describe("the CLI's writing commands refuse a ledger on a network drive", () => {
  afterEach(() => vi.restoreAllMocks())

  it('demo and import stop with the reason; stats reads it', async () => {
    const { dbPath, probe } = ledgerOnShare()
    const errors: string[] = []
    vi.spyOn(console, 'error').mockImplementation((m: string) => void errors.push(m))
    vi.spyOn(console, 'log').mockImplementation(() => undefined)
    expect(await cli(['demo', '--db', dbPath], probe)).toBe(1)
    expect(errors.join('\n')).toMatch(/网络位置.*命令行不会修改它.*复制到这台电脑/)
    expect(await cli(['import', join(dbPath, '..', 'x.csv'), '--db', dbPath, '--kind', 'enterprises'], probe)).toBe(1)
    expect(await cli(['stats', '--db', dbPath, '--json'], probe)).toBe(0)
  })
})
