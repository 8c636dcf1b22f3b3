/**
 * 企业名录 end to end: first run, the full directory, quick search, inline edits that persist,
 * a refused edit, the add form and deletion with its confirmation. Each test has its own copy
 * of the demo ledger (see fixtures.ts), so they can run in any order.
 */
import { composeCreditCode, CREDIT_CODE_CHARSET } from '../../src/shared/domain'
import { expect, gridCell, gridRow, parseCount, SCREENSHOTS, test } from './fixtures'
import { enterprise, enterprises, findableFirms, quickSearch, statusBarFirms, toasts } from './helpers'

test.describe('first run', () => {
  test.use({ dataset: 'fresh' })

  test('a fresh database opens on the setup dialog, and 载入示例数据 loads the demo ledger', async ({ app }) => {
    const { page, backend } = app
    await app.open()
    const dialog = page.getByRole('dialog', { name: '欢迎使用营商台账' })
    await expect(dialog).toBeVisible()
    await expect(dialog.getByRole('button', { name: /载入示例数据/ })).toBeEnabled()
    await expect(dialog.getByRole('button', { name: /从空白开始/ })).toBeEnabled()
    await page.screenshot({ path: `${SCREENSHOTS}/first-run-modal.png`, animations: 'disabled' })

    await dialog.getByRole('button', { name: /载入示例数据/ }).click()
    // The generator runs for seconds: the dialog says so while it works.
    await expect(dialog.getByTestId('setup-progress')).toBeVisible()
    await expect(dialog).toBeHidden({ timeout: 60_000 })

    const stats = backend.stats()
    expect(stats.enterprises).toBeGreaterThan(3000)
    await expect.poll(() => statusBarFirms(page)).toBe(stats.enterprises)
    expect(backend.info().needsSetup).toBe(false)
  })

  test('从空白开始 leaves an empty ledger and never asks again', async ({ app }) => {
    const { page, backend } = app
    await app.open()
    const dialog = page.getByRole('dialog', { name: '欢迎使用营商台账' })
    await dialog.getByRole('button', { name: /从空白开始/ }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByTestId('status-bar')).toContainText('企业 0 家')
    await page.reload()
    await expect(page.getByTestId('status-bar')).toContainText('企业 0 家')
    await expect(page.getByRole('dialog')).toHaveCount(0)
    expect(backend.info().needsSetup).toBe(false)
  })
})

test.describe('with the demo ledger', () => {
  test.use({ dataset: 'demo' })

  test('the grid holds every enterprise, as many as the status bar and the API count', async ({ app }) => {
    const { page, backend } = app
    await app.open()
    await page.getByRole('menuitem', { name: /企业名录/ }).click()
    await expect(page).toHaveURL(/#\/enterprise$/)
    const total = backend.stats().enterprises
    await expect(page.getByTestId('row-count')).toHaveText(`共 ${total.toLocaleString('en-US')} 家`)
    expect(parseCount((await page.getByTestId('row-count').textContent()) ?? '').total).toBe(total)
    expect(await statusBarFirms(page)).toBe(total)
    // Chinese headers from the domain labels.
    const headers = [
      '企业名称',
      '统一社会信用代码',
      '行业',
      '所在楼宇',
      '楼掌柜',
      '注册资本(万元)',
      '联系电话',
      '服务专员',
    ]
    for (const h of headers) {
      await expect(page.getByRole('columnheader', { name: h, exact: true })).toBeVisible()
    }
    await page.screenshot({ path: `${SCREENSHOTS}/enterprise-grid.png`, animations: 'disabled' })

    // A reload keeps the page (hash routing) and the token (session storage).
    await page.reload()
    await expect(page.getByTestId('row-count')).toHaveText(`共 ${total.toLocaleString('en-US')} 家`)
  })

  test('quick search finds a firm by part of its name', async ({ app }) => {
    const { page, backend } = app
    const [{ firm, part }] = findableFirms(backend)
    await app.open('enterprise')
    await quickSearch(page, part)
    await expect(gridRow(page, firm.id).first()).toBeVisible()
    const { total, shown } = parseCount((await page.getByTestId('row-count').textContent()) ?? '')
    expect(total).toBe(backend.stats().enterprises)
    expect(shown).toBeGreaterThanOrEqual(1)
    expect(shown).toBeLessThan(10)
    await page.getByTestId('quick-search').fill('')
    await expect(page.getByTestId('row-count')).not.toContainText('显示')
  })

  test('an inline edit of 联系电话 is saved and survives a reload', async ({ app }) => {
    const { page, backend } = app
    const [{ firm, part }] = findableFirms(backend)
    const phone = '021-65980000'
    await app.open('enterprise')
    await quickSearch(page, part)

    // Mouse: double-click opens the editor, Enter commits.
    await gridCell(page, firm.id, 'phone').dblclick()
    await page.locator('.ag-cell-inline-editing input').fill(phone)
    await page.keyboard.press('Enter')
    await expect.poll(() => enterprise(backend, firm.id)?.phone).toBe(phone)
    await expect(gridCell(page, firm.id, 'phone')).toHaveText(phone)

    // Keyboard: F2 on the focused cell, type, Enter. A blank clears the field (null, not '').
    await gridCell(page, firm.id, 'contact').click()
    await page.keyboard.press('F2')
    await page.keyboard.press('ControlOrMeta+a')
    await page.keyboard.type('王小明')
    await page.keyboard.press('Enter')
    await expect.poll(() => enterprise(backend, firm.id)?.contact).toBe('王小明')

    await page.reload()
    await quickSearch(page, part)
    await expect(gridCell(page, firm.id, 'phone')).toHaveText(phone)
    await expect(gridCell(page, firm.id, 'contact')).toHaveText('王小明')
  })

  test('a building chosen from the cell’s list is saved by id, and shows its 楼掌柜; a flag toggles', async ({
    app,
  }) => {
    const { page, backend } = app
    const [{ firm, part }] = findableFirms(backend, (e) => e.buildingName !== '紫荆广场' && !e.isKey)
    const target = backend.ledgers.building.list().find((b) => b.name === '紫荆广场')!
    await app.open('enterprise')
    await quickSearch(page, part)

    // Enter opens the editor with its list already dropped down (a double-click needs one more click).
    await gridCell(page, firm.id, 'buildingId').click()
    await page.keyboard.press('Enter')
    await page.getByRole('option', { name: '紫荆广场', exact: true }).click()
    await expect.poll(() => enterprise(backend, firm.id)?.buildingId).toBe(target.id)
    await expect(gridCell(page, firm.id, 'buildingId')).toHaveText('紫荆广场')
    await expect(gridCell(page, firm.id, 'managerName')).toHaveText(String(target.managerName))

    await gridCell(page, firm.id, 'isKey').locator('input[type="checkbox"]').click()
    await expect.poll(() => enterprise(backend, firm.id)?.isKey).toBe(true)
  })

  test('an invalid credit code typed into a cell is refused in Chinese and nothing is stored', async ({ app }) => {
    const { page, backend } = app
    const [{ firm, part }] = findableFirms(backend, (e) => !!e.creditCode)
    const good = firm.creditCode!
    const last = good[17]
    const wrong = good.slice(0, 17) + CREDIT_CODE_CHARSET[(CREDIT_CODE_CHARSET.indexOf(last) + 1) % 31]
    await app.open('enterprise')
    await quickSearch(page, part)

    const cell = gridCell(page, firm.id, 'creditCode')
    await cell.dblclick()
    await page.locator('.ag-cell-inline-editing input').fill(wrong)
    await page.keyboard.press('Enter')

    await expect(toasts(page).filter({ hasText: '校验位' })).toBeVisible()
    await expect(cell).toHaveClass(/cell-error/)
    await expect(cell).toHaveText(good) // the stored value is back in the cell
    expect(enterprise(backend, firm.id)?.creditCode).toBe(good)
    // The pointer is still on the cell from the double-click: leave and come back to hover.
    await page.mouse.move(0, 0)
    await cell.hover()
    await expect(page.locator('.ag-tooltip')).toContainText('校验位')
    await page.screenshot({ path: `${SCREENSHOTS}/enterprise-cell-error.png`, animations: 'disabled' })

    // A valid code replaces it and clears the mark.
    const fresh = composeCreditCode('91', '310110', 'MA1TEXT0')
    await cell.dblclick()
    await page.locator('.ag-cell-inline-editing input').fill(fresh)
    await page.keyboard.press('Enter')
    await expect.poll(() => enterprise(backend, firm.id)?.creditCode).toBe(fresh)
    await expect(cell).not.toHaveClass(/cell-error/)
    await expect(cell).toHaveText(fresh)
  })

  test('a firm added through the form is stored and shown; a server refusal marks the form item', async ({ app }) => {
    const { page, backend } = app
    const before = backend.stats().enterprises
    const taken = enterprises(backend).find((e) => e.creditCode)!
    const name = '上海四平测试建筑设计有限公司'
    await app.open('enterprise')

    await page.getByRole('button', { name: /新增企业/ }).click()
    const form = page.getByRole('dialog', { name: '新增企业' })
    await expect(form).toBeVisible()
    await form.getByLabel('企业名称').fill(name)
    await form.getByLabel('统一社会信用代码').fill(taken.creditCode!)
    await form.getByLabel('行业').click()
    await page.keyboard.type('建筑')
    await page.keyboard.press('Enter')
    await form.getByLabel('所在楼宇').click()
    await page.keyboard.type('紫荆')
    await page.keyboard.press('Enter')
    await form.getByLabel('联系电话').fill('021-65981111')
    await form.getByRole('checkbox', { name: '重点企业' }).check()
    await form.getByRole('button', { name: /保\s?存/ }).click()

    // The code is valid but already used: the backend says by whom, on the item itself.
    await expect(form.locator('.ant-form-item-explain-error')).toContainText('已被')
    await expect(toasts(page).filter({ hasText: '已被' })).toBeVisible()
    expect(backend.stats().enterprises).toBe(before)

    const code = composeCreditCode('91', '310110', 'MA1TEXT1')
    await form.getByLabel('统一社会信用代码').fill(code)
    await form.getByRole('button', { name: /保\s?存/ }).click()
    await expect(form).toBeHidden()

    const created = enterprises(backend).find((e) => e.name === name)
    expect(created).toMatchObject({
      creditCode: code,
      industryName: '建筑设计',
      buildingName: '紫荆广场',
      phone: '021-65981111',
      isKey: true,
      status: '在营',
    })
    await expect.poll(() => statusBarFirms(page)).toBe(before + 1)
    await expect(page.getByTestId('row-count')).toHaveText(`共 ${(before + 1).toLocaleString('en-US')} 家`)
    await quickSearch(page, '四平测试建筑')
    await expect(gridRow(page, created!.id).first()).toBeVisible()
  })

  test('delete asks first, names what goes with the firm, then removes it all', async ({ app }) => {
    const { page, backend } = app
    const deps = (id: number) => backend.ledgers.enterprise.dependents(id)
    const [{ firm, part }] = findableFirms(backend, (e) => {
      const d = deps(e.id)
      return d.some((x) => x.label === '诉求') && d.some((x) => x.label === '走访记录')
    })
    const counts = Object.fromEntries(deps(firm.id).map((d) => [d.label, d.count]))
    const before = backend.stats()
    await app.open('enterprise')
    await quickSearch(page, part)
    await expect(gridRow(page, firm.id).first()).toBeVisible()

    await gridCell(page, firm.id, 'name').click()
    await page.getByRole('button', { name: /删\s?除/ }).click()
    const confirm = page.getByRole('dialog').filter({ hasText: firm.name })
    await expect(confirm).toContainText('将一并删除:')
    await expect(confirm).toContainText(`诉求 ${counts['诉求']} 件`)
    await expect(confirm).toContainText(`走访记录 ${counts['走访记录']} 条`)
    await page.waitForTimeout(400) // let the dialog's opening animation finish for the picture
    await page.screenshot({ path: `${SCREENSHOTS}/enterprise-delete-confirm.png`, animations: 'disabled' })
    await confirm.getByRole('button', { name: /删\s?除/ }).click()

    await expect(gridRow(page, firm.id)).toHaveCount(0)
    expect(enterprise(backend, firm.id)).toBeUndefined()
    const after = backend.stats()
    expect(after.enterprises).toBe(before.enterprises - 1)
    expect(after.requests).toBe(before.requests - counts['诉求'])
    expect(after.visits).toBe(before.visits - counts['走访记录'])
    await expect.poll(() => statusBarFirms(page)).toBe(before.enterprises - 1)
  })

  test('the Delete key deletes the focused firm after confirmation; 取消 keeps it', async ({ app }) => {
    const { page, backend } = app
    const [{ firm, part }] = findableFirms(backend)
    await app.open('enterprise')
    await quickSearch(page, part)
    await expect(gridRow(page, firm.id).first()).toBeVisible()

    await gridCell(page, firm.id, 'phone').click()
    await page.keyboard.press('Delete')
    const confirm = page.getByRole('dialog').filter({ hasText: firm.name })
    await expect(confirm).toBeVisible()
    await confirm.getByRole('button', { name: /取\s?消/ }).click()
    await expect(confirm).toBeHidden()
    expect(enterprise(backend, firm.id)).toBeDefined()
    // Delete must not have blanked the focused cell either.
    expect(enterprise(backend, firm.id)?.phone).toBe(firm.phone)

    await gridCell(page, firm.id, 'phone').click()
    await page.keyboard.press('Delete')
    await confirm.getByRole('button', { name: /删\s?除/ }).click()
    await expect(gridRow(page, firm.id)).toHaveCount(0)
    expect(enterprise(backend, firm.id)).toBeUndefined()
  })
})
