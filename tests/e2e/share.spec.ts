/**
 * The browser client of a shared ledger (issue #21), over TLS on 127.0.0.1: the shared listener
 * serves the built renderer on a copy of the demo ledger with two users made through the accounts
 * module, 张三 (录入) and 李四 (只读). Each signs in through the login screen in a browser context
 * of their own; 张三's new firm reaches 李四 on reload; 李四 sees no write buttons and the host
 * refuses their write; a wrong password is told in Chinese; a lost session and 退出登录 return
 * to the login.
 */
import type { BrowserContext, Page } from '@playwright/test'
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Accounts, BAD_LOGIN } from '../../src/main/accounts/accounts'
import { openBackend } from '../../src/main/app/open'
import { startShared } from '../../src/main/bridge/share'
import { SESSION_HEADER } from '../../src/shared/ipc/bridge'
import { expect, SCREENSHOTS, STATIC_DIR, test } from './fixtures'
import { cell, clickUntilClosed, editCell, enterprises, quickSearch, toasts } from './helpers'

const CHEAP = { N: 1024, r: 8, p: 1 }

async function signIn(page: Page, name: string, password: string): Promise<void> {
  const form = page.getByTestId('login-form')
  await form.getByLabel('用户名').fill(name)
  await form.getByLabel('密码').fill(password)
  // Enter submits, as on any login.
  await form.getByLabel('密码').press('Enter')
}

test('two users of a shared ledger sign in, one writes, the other reads it and may not write', async ({
  chromiumBrowser,
  demoTemplate,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'bizledger-share-e2e-'))
  const dbPath = join(dir, '台账.db')
  copyFileSync(await demoTemplate(), dbPath)
  const backend = openBackend(dbPath, '测试员')
  const accounts = new Accounts(backend.db, { cost: CHEAP })
  await accounts.add('张三', 'editor', 'zhangsan-pass')
  await accounts.add('李四', 'viewer', 'lisi-pass-1')
  const shared = await startShared({ backend, accounts, dbPath, host: '127.0.0.1', port: 0, staticDir: STATIC_DIR })
  const contexts: BrowserContext[] = []
  const pageErrors: string[] = []
  const open = async () => {
    // The certificate is the host's own, self-signed: this context accepts it (the unit tests pin it).
    const context = await chromiumBrowser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      ignoreHTTPSErrors: true,
    })
    contexts.push(context)
    const page = await context.newPage()
    page.setDefaultTimeout(15_000)
    page.on('pageerror', (e) => pageErrors.push(e.message))
    await page.goto(`${shared.url}#/enterprise`)
    return page
  }

  try {
    const zhang = await open()
    await expect(zhang.getByTestId('login-screen')).toBeVisible()
    await expect(zhang.getByRole('button', { name: /登\s?录/ })).toBeVisible()
    await zhang.screenshot({ path: `${SCREENSHOTS}/share-login.png`, animations: 'disabled' })

    // A wrong password: the host's Chinese message, and still the login.
    await signIn(zhang, '张三', 'not-the-password')
    await expect(zhang.getByTestId('login-error')).toContainText(BAD_LOGIN)
    await expect(zhang.getByTestId('status-bar')).toHaveCount(0)

    await signIn(zhang, '张三', 'zhangsan-pass')
    await expect(zhang.getByTestId('status-bar')).toBeVisible()
    await expect(zhang.getByTestId('signed-in-user')).toContainText('张三')
    await expect(zhang.getByTestId('signed-in-user')).toContainText('录入')
    // The session is kept for the tab only, and no cookie is set.
    expect(await zhang.evaluate(() => sessionStorage.getItem('bizledger.session'))).toBeTruthy()
    expect(await contexts[0].cookies()).toEqual([])

    // 张三 adds a firm through the form.
    const name = '上海共享台账测试咨询有限公司'
    await expect(zhang.getByTestId('row-count')).toContainText('共')
    await zhang.getByRole('button', { name: /新增企业/ }).click()
    const form = zhang.getByRole('dialog', { name: '新增企业' })
    await form.getByLabel('企业名称').fill(name)
    await clickUntilClosed(form, /保\s?存/)
    await expect.poll(() => enterprises(backend).some((e) => e.name === name)).toBe(true)
    const created = enterprises(backend).find((e) => e.name === name)!
    await expect(zhang.getByRole('dialog')).toHaveCount(0)
    await zhang.screenshot({ path: `${SCREENSHOTS}/share-signed-in-editor.png`, animations: 'disabled' })

    // 李四, in another browser, signs in and finds it.
    const li = await open()
    await signIn(li, '李四', 'lisi-pass-1')
    await expect(li.getByTestId('signed-in-user')).toContainText('李四')
    await expect(li.getByTestId('signed-in-user')).toContainText('只读')
    await quickSearch(li, '共享台账测试')
    await expect(li.locator(`.ag-row[row-id="${created.id}"]`).first()).toBeVisible()
    await li.screenshot({ path: `${SCREENSHOTS}/share-signed-in-viewer.png`, animations: 'disabled' })

    // 只读: no write buttons, no 导入 entry; the host refuses a write all the same.
    await expect(li.getByRole('button', { name: /新增企业/ })).toHaveCount(0)
    await expect(li.getByRole('button', { name: /删\s?除/ })).toHaveCount(0)
    await expect(li.getByTestId('nav').getByText('导入', { exact: true })).toHaveCount(0)
    await expect(li.locator('.page-subtitle').first()).toHaveText('Ctrl+Enter 打开一企一档')
    await expect(zhang.getByTestId('nav').getByText('导入', { exact: true })).toHaveCount(1)
    // Nor do cells open an editor; the host refuses a write all the same.
    await (await cell(li, created.id, 'phone')).dblclick()
    await expect(li.locator('.ag-cell-inline-editing')).toHaveCount(0)
    const refused = await li.evaluate(
      async ([header, id]) => {
        const res = await fetch('/api/enterprise:update', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', [header]: sessionStorage.getItem('bizledger.session') ?? '' },
          body: JSON.stringify({ id, patch: { phone: '021-00000000' } }),
        })
        return { status: res.status, body: (await res.json()) as { error?: { code: string; message: string } } }
      },
      [SESSION_HEADER, created.id] as const,
    )
    expect(refused.status).toBe(403)
    expect(refused.body.error?.code).toBe('FORBIDDEN')
    expect(refused.body.error?.message).toMatch(/[\u4e00-\u9fff]/)

    // 张三 changes it again; 李四 reloads and sees the change (a reload keeps the session).
    await zhang.getByRole('button', { name: /新增企业/ }).click()
    const second = '上海共享台账第二测试咨询有限公司'
    const form2 = zhang.getByRole('dialog', { name: '新增企业' })
    await form2.getByLabel('企业名称').fill(second)
    await clickUntilClosed(form2, /保\s?存/)
    await expect.poll(() => enterprises(backend).some((e) => e.name === second)).toBe(true)
    await li.reload()
    await expect(li.getByTestId('signed-in-user')).toContainText('李四')
    await quickSearch(li, '第二测试')
    await expect(li.getByTestId('row-count')).toContainText('共 1 家')
    // Audit rows name the signed-in user.
    const who = backend.db
      .prepare("SELECT actor FROM audit_log WHERE entity = 'enterprise' AND entity_id = ? ORDER BY id")
      .all(created.id) as { actor: string }[]
    expect(who.map((r) => r.actor)).toContain('张三')

    // 张三 is made 只读 while signed in: the page still offers the edit, the host refuses it and
    // its Chinese reason is shown; nothing changes.
    const secondFirm = enterprises(backend).find((e) => e.name === second)!
    backend.db.prepare("UPDATE users SET role = 'viewer' WHERE name = '张三'").run()
    await editCell(zhang, secondFirm.id, 'phone', '021-11111111')
    await expect(toasts(zhang).filter({ hasText: '无权执行此操作' })).toBeVisible()
    expect(enterprises(backend).find((e) => e.id === secondFirm.id)?.phone ?? null).toBe(secondFirm.phone ?? null)
    backend.db.prepare("UPDATE users SET role = 'editor' WHERE name = '张三'").run()

    // 张三's session ends on the host (as after the idle time): the next call brings the login back.
    shared.sessions.close((await zhang.evaluate(() => sessionStorage.getItem('bizledger.session'))) ?? '')
    await zhang.getByTestId('nav').getByText('楼宇', { exact: true }).click()
    await expect(zhang.getByTestId('login-notice')).toContainText('登录已过期,请重新登录')
    await signIn(zhang, '张三', 'zhangsan-pass')
    await expect(zhang.getByTestId('signed-in-user')).toContainText('张三')

    // 退出登录: back to the login, the session gone here and on the host.
    const token = await li.evaluate(() => sessionStorage.getItem('bizledger.session'))
    await li.getByRole('button', { name: '退出登录' }).click()
    await expect(li.getByTestId('login-screen')).toBeVisible()
    expect(await li.evaluate(() => sessionStorage.getItem('bizledger.session'))).toBeNull()
    expect(shared.sessions.check(token ?? undefined)).toBeNull()
  } finally {
    for (const c of contexts) await c.close()
    await shared.close()
    backend.db.close()
    rmSync(dir, { recursive: true, force: true })
  }
  expect(pageErrors, 'errors thrown in the page').toEqual([])
})
