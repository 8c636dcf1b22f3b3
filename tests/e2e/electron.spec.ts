/**
 * The real desktop shell, where an Electron binary exists. Electron fetches its binary on
 * first run from outside the package registry, so on machines without it this test reports
 * itself skipped with the reason instead of failing or trying to download.
 */
import { _electron as electron, expect, test } from '@playwright/test'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

function electronBinary(): string | null {
  const pkg = join(__dirname, '../../node_modules/electron')
  const pathFile = join(pkg, 'path.txt')
  if (!existsSync(pathFile)) return null
  const rel = readFileSync(pathFile, 'utf8').trim()
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(pkg, 'dist')
  const bin = join(dist, rel)
  return existsSync(bin) ? bin : null
}

const binary = electronBinary()

test.describe('Electron shell', () => {
  test.skip(
    !binary,
    '本机没有 Electron 可执行文件(node_modules/electron/dist 缺失,首次运行时才从外网下载),跳过桌面壳测试',
  )

  test('opens a hardened window on the ledger and offers the first-run choice', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'bizledger-electron-')), 'ledger.db')
    const app = await electron.launch({
      executablePath: binary!,
      args: [join(__dirname, '../../out/main/index.js'), '--db', db, '--no-sandbox'],
      env: { ...process.env, ELECTRON_RENDERER_URL: '' },
    })
    try {
      const win = await app.firstWindow()
      await expect(win).toHaveTitle(/营商台账/)
      await expect(win.getByText('载入示例数据')).toBeVisible()
      // The page sees the named API only: no Node, no require, no ipcRenderer.
      const exposed = await win.evaluate(() => ({
        api: typeof (window as unknown as { bizledger?: { enterprise?: { list?: unknown } } }).bizledger?.enterprise
          ?.list,
        process: typeof (window as unknown as { process?: unknown }).process,
        require: typeof (window as unknown as { require?: unknown }).require,
      }))
      expect(exposed).toEqual({ api: 'function', process: 'undefined', require: 'undefined' })
      // Navigation away from the app is blocked.
      const before = win.url()
      await win.evaluate(() => {
        window.location.href = 'https://example.com/'
      })
      await win.waitForTimeout(500)
      expect(win.url()).toBe(before)
      // window.open is denied.
      const opened = await win.evaluate(() => window.open('https://example.com') === null)
      expect(opened).toBe(true)
    } finally {
      await app.close()
    }
  })
})
