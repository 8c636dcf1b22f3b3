/**
 * The channel table (shared/ipc/access.ts): every channel of the contract has its mark, and the
 * one gate (ipc/dispatch.ts) refuses a signed-in caller whose role is below it, before the
 * input is even read. The type already refuses an unmarked channel; this checks at run time too.
 */
import { describe, expect, it } from 'vitest'
import { CHANNEL_ACCESS, ROLES, mayCall, roleFor } from '../../../src/shared/ipc/access'
import { CHANNELS } from '../../../src/shared/ipc/contract'
import { dispatch } from '../../../src/main/ipc/dispatch'
import { memoryBackend } from '../../support/ledger'

describe('channel table', () => {
  it('marks every channel of the contract, and nothing else', () => {
    const unmarked = CHANNELS.filter((c) => !['read', 'write', 'admin'].includes(CHANNEL_ACCESS[c]))
    expect(unmarked).toEqual([])
    expect(Object.keys(CHANNEL_ACCESS).sort()).toEqual([...CHANNELS].sort())
  })

  it('keeps backups, restore and the ledger-wide settings for 管理员, exports for everyone', () => {
    for (const c of CHANNELS.filter((c) => c.startsWith('backup:'))) expect(roleFor(c), c).toBe('admin')
    for (const c of ['export:view', 'export:layout', 'dashboard:exportFigures'] as const)
      expect(roleFor(c)).toBe('viewer')
    for (const c of ['enterprise:create', 'visit:record', 'import:run', 'history:undo'] as const)
      expect(roleFor(c)).toBe('editor')
  })

  it('the gate refuses a role below the mark with FORBIDDEN in Chinese, and lets the others through', () => {
    const backend = memoryBackend()
    for (const channel of CHANNELS) {
      for (const role of ROLES) {
        const r = dispatch(backend, channel, { junk: true }, { name: '测试', role })
        if (mayCall(role, channel)) {
          // Allowed: it goes on to the input check (which this junk fails).
          expect(r.ok ? 'OK' : r.error.code, `${role} ${channel}`).not.toBe('FORBIDDEN')
        } else {
          expect(r, `${role} ${channel}`).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
          if (!r.ok) expect(r.error.message).toMatch(/无权/)
        }
      }
    }
    expect(backend.stats().partners).toBe(0)
    // Without a caller (the window, the loopback bridge) the table does not apply.
    expect(dispatch(backend, 'partner:create', { name: '杨浦科创' })).toMatchObject({ ok: true })
  })
})
