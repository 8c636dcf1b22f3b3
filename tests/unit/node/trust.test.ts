import { describe, expect, it } from 'vitest'
import { dbOverride, defaultUserDataDir } from '../../../src/main/paths'
import { isTrustedRendererUrl } from '../../../src/main/trust'

describe('which page may call the API', () => {
  const file = '/opt/BizLedger/resources/app/out/renderer/index.html'
  it('trusts the app’s own index.html and the dev server only', () => {
    expect(isTrustedRendererUrl(`file://${file}`, file)).toBe(true)
    expect(isTrustedRendererUrl(`file://${file}#/enterprise`, file)).toBe(true)
    expect(isTrustedRendererUrl('file:///tmp/evil.html', file)).toBe(false)
    expect(isTrustedRendererUrl('https://example.com/', file)).toBe(false)
    expect(isTrustedRendererUrl('http://localhost:5173/', file, 'http://localhost:5173')).toBe(true)
    expect(isTrustedRendererUrl('http://localhost:5174/', file, 'http://localhost:5173')).toBe(false)
    expect(isTrustedRendererUrl('', file)).toBe(false)
    expect(isTrustedRendererUrl('not a url', file)).toBe(false)
  })
})

describe('where the database lives', () => {
  it('takes --db, then BIZLEDGER_DB', () => {
    expect(dbOverride(['--db', '/a.db'], {})).toBe('/a.db')
    expect(dbOverride(['--db=/b.db'], {})).toBe('/b.db')
    expect(dbOverride([], { BIZLEDGER_DB: '/c.db' })).toBe('/c.db')
    expect(dbOverride(['--db', '/a.db'], { BIZLEDGER_DB: '/c.db' })).toBe('/a.db')
    expect(dbOverride([], {})).toBeNull()
  })
  it('matches Electron’s userData folder on each platform', () => {
    expect(defaultUserDataDir({ XDG_CONFIG_HOME: '/x' }, 'linux')).toBe('/x/BizLedger')
    expect(defaultUserDataDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toMatch(/BizLedger$/)
  })
})
