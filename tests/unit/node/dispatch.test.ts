import { describe, expect, it } from 'vitest'
import { dispatch } from '../../../src/main/ipc/dispatch'
import { CHANNELS } from '../../../src/shared/ipc/contract'
import { memoryBackend } from '../../support/ledger'

describe('dispatch: the gate every IPC and bridge call passes', () => {
  it('answers a good call with its value', () => {
    const b = memoryBackend()
    const r = dispatch(b, 'partner:create', { name: '同济大学国家大学科技园' })
    expect(r.ok).toBe(true)
    expect(dispatch(b, 'app:stats', undefined)).toMatchObject({ ok: true, value: { partners: 1 } })
  })

  it('refuses an unknown channel, including inherited property names', () => {
    const b = memoryBackend()
    for (const ch of ['nope:list', 'toString', '__proto__', 'constructor']) {
      const r = dispatch(b, ch, {})
      expect(r).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } })
    }
  })

  it('refuses input that does not fit the channel, before any handler runs', () => {
    const b = memoryBackend()
    const cases: [string, unknown][] = [
      ['enterprise:get', { id: 'one' }],
      ['enterprise:get', { id: -1 }],
      ['enterprise:get', { id: 1, extra: true }],
      ['enterprise:update', { id: 1, patch: { notAField: 1 } }],
      ['enterprise:create', null],
      ['app:setup', { mode: 'everything' }],
    ]
    for (const [ch, input] of cases) {
      const r = dispatch(b, ch, input)
      expect(r.ok, `${ch} ${JSON.stringify(input)}`).toBe(false)
      if (!r.ok) expect(r.error.code).toBe('VALIDATION')
    }
    expect(b.ledgers.enterprise.count()).toBe(0)
  })

  it('carries field messages for the cell that is wrong', () => {
    const b = memoryBackend()
    const r = dispatch(b, 'enterprise:create', { name: '甲', creditCode: '91350100M000100Y44' })
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.code).toBe('VALIDATION')
      expect(r.error.fields?.creditCode).toContain('校验位')
    }
    const upd = dispatch(b, 'enterprise:update', { id: 1, patch: { creditCode: '91350100M000100Y44' } })
    expect(upd.ok).toBe(false)
    if (!upd.ok) {
      expect(upd.error.fields?.creditCode).toContain('校验位')
      expect(upd.error.message).toContain('统一社会信用代码')
    }
  })

  it('has a handler for every channel of the contract', () => {
    const b = memoryBackend()
    for (const ch of CHANNELS) {
      const r = dispatch(b, ch, { id: 1 })
      if (!r.ok) expect(r.error.code, ch).not.toBe('UNKNOWN_CHANNEL')
    }
  })

  it('first run: needs setup until a choice is made, then never again', () => {
    const b = memoryBackend()
    expect(b.info().needsSetup).toBe(true)
    b.setup('blank')
    expect(b.info().needsSetup).toBe(false)
  })
})
