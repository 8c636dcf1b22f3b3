/**
 * Is the ledger's file on a network filesystem? SQLite's WAL needs shared memory and locks that
 * SMB and NFS do not give reliably, so two clerks writing one ledger on a shared drive can
 * corrupt it. Such a ledger is opened read-only, with the reason (NETWORK_READONLY).
 *
 * What the machine says about its disks comes in through NetworkProbe, so the tests supply the
 * mount table and the drive type themselves.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync, realpathSync } from 'node:fs'
import { dirname, resolve } from 'node:path'

export interface NetworkProbe {
  platform: NodeJS.Platform
  /** Linux: the text of /proc/mounts. */
  mounts(): string
  /** Windows: the drive type of a letter ("Z:"), as Win32_LogicalDisk gives it (4 = network). */
  driveType(drive: string): number | null
  /** The path with links resolved (the file may not exist yet: its folder then). */
  realpath(path: string): string
}

/**
 * Filesystems that reach another computer. Not 9p or virtiofs: WSL and virtual machines use
 * them for the computer's own disks.
 */
const NETWORK_FS = /^(cifs|smb3?|smbfs|nfs4?|fuse\.sshfs|sshfs|afs|ncpfs|fuse\.davfs2?|davfs)$/

const DRIVE_REMOTE = 4

const WHY = '多人通过网络共享同时写入可能损坏数据库'
const FIX = '如需修改,请把文件复制到这台电脑上(例如“文档”文件夹)后再打开。'

/** The window's explanation of a read-only ledger. */
export function networkMessage(where: string): string {
  return `台账文件位于网络位置(${where})。${WHY},因此本次以只读方式打开:可以查看和导出,不能修改。${FIX}`
}

/** The command line's refusal of a writing command. */
export function networkRefusal(where: string): string {
  return `台账文件位于网络位置(${where})。${WHY},因此命令行不会修改它。${FIX}`
}

/** A description of the network location holding `path` ("\\\\server\\share", "nfs /mnt/x"), or null. */
export function networkLocation(path: string, probe: NetworkProbe): string | null {
  if (path === ':memory:') return null
  if (probe.platform === 'win32') return windowsLocation(path, probe)
  if (probe.platform === 'linux') return linuxLocation(probe.realpath(path), probe.mounts())
  return null
}

function windowsLocation(path: string, probe: NetworkProbe): string | null {
  const p = path.replace(/\//g, '\\')
  // \\?\UNC\server\share is a UNC path too; \\?\C:\ and \\.\ are local device paths.
  const unc = /^\\\\\?\\UNC\\([^\\]+)\\([^\\]+)/i.exec(p) ?? /^\\\\(?![?.]\\)([^\\]+)\\([^\\]+)/.exec(p)
  if (unc) return `\\\\${unc[1]}\\${unc[2]}`
  const drive = /^(?:\\\\\?\\)?([A-Za-z]:)/.exec(p)
  if (drive && probe.driveType(drive[1].toUpperCase()) === DRIVE_REMOTE) return `网络驱动器 ${drive[1].toUpperCase()}`
  return null
}

/** /proc/mounts writes a space in a mount point as \040 (and tab, newline, backslash likewise). */
function unescapeMount(s: string): string {
  return s.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)))
}

function linuxLocation(path: string, mounts: string): string | null {
  let best: { point: string; type: string; source: string } | null = null
  for (const line of mounts.split('\n')) {
    const [source, rawPoint, type] = line.trim().split(/\s+/)
    if (!rawPoint || !type) continue
    const point = unescapeMount(rawPoint)
    const inside = point === '/' || path === point || path.startsWith(point.endsWith('/') ? point : `${point}/`)
    // The deepest mount holding the path decides (a later line over the same point wins).
    if (inside && (!best || point.length >= best.point.length)) best = { point, type, source }
  }
  return best && NETWORK_FS.test(best.type) ? `${best.type} ${best.source} 挂载于 ${best.point}` : null
}

/** The machine's own answers. */
export const systemProbe: NetworkProbe = {
  platform: process.platform,
  mounts: () => {
    try {
      return readFileSync('/proc/mounts', 'utf8')
    } catch {
      return ''
    }
  },
  driveType(drive) {
    try {
      const out = execFileSync(
        'powershell.exe',
        [
          '-NoProfile',
          '-NonInteractive',
          '-Command',
          `(Get-CimInstance Win32_LogicalDisk -Filter "DeviceID='${drive}'").DriveType`,
        ],
        { encoding: 'utf8', timeout: 10_000, windowsHide: true },
      )
      const n = Number(out.trim())
      return Number.isInteger(n) ? n : null
    } catch {
      return null
    }
  },
  realpath(path) {
    const abs = resolve(path)
    for (let p = abs; ; p = dirname(p)) {
      try {
        const real = realpathSync(p)
        return p === abs ? real : resolve(real, abs.slice(p.length + 1))
      } catch {
        if (dirname(p) === p) return abs
      }
    }
  },
}
