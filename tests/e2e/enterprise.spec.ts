/**
 * 企业名录 end to end, on the server-side grid: first run, the default view that hides 迁出/注销/吊销
 * firms, quick search and value-list filters answered by main, inline edits checked in the page
 * and in main, the add form, deletion with its confirmation, and opening 一企一档. Each test
 * has its own copy of the demo ledger (see fixtures.ts), so they can run in any order.
 */
import { composeCreditCode, CREDIT_CODE_CHARSET } from '../../src/shared/domain'
import { expect, gridRow, SCREENSHOTS, test } from './fixtures'
import {
  cell,
  clickUntilClosed,
  editCell,
  editFirmPhone,
  enterprise,
  enterprises,
  expectRowCount,
  findableFirms,
  formError,
  nextQuery,
  openFilter,
  pick,
  quickSearch,
  statusBarFirms,
  toasts,
} from './helpers'

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

  test('迁出 and 注销 firms are hidden by a visible filter, and one switch shows them', async ({ app }) => {
    const { page, backend } = app
    const all = enterprises(backend)
    const active = all.filter((e) => e.status === '在营').length
    expect(active).toBeLessThan(all.length)
    await app.open()
    await page.getByRole('menuitem', { name: /企业名录/ }).click()
    await expect(page).toHaveURL(/#\/enterprise$/)
    await expectRowCount(page, active)
    await expect(page.getByTestId('filter-chip-status')).toHaveText('状态:在营')
    // Chinese headers from the domain labels (the grid draws the columns in view; the column
    // chooser lists them all).
    for (const h of ['企业名称', '统一社会信用代码', '行业', '所在楼宇', '楼掌柜', '注册资本(万元)']) {
      await expect(page.getByRole('columnheader', { name: h, exact: true })).toBeVisible()
    }
    await page.getByTestId('column-chooser-button').click()
    for (const h of ['服务专员', '招商伙伴', '重点企业', '状态', '备注']) {
      await expect(page.getByTestId('column-chooser').getByRole('checkbox', { name: h, exact: true })).toBeChecked()
    }
    await page.getByTestId('column-chooser-button').click()
    await expect(page.getByTestId('column-chooser')).toBeHidden()
    await page.screenshot({ path: `${SCREENSHOTS}/enterprise-grid.png`, animations: 'disabled' })

    const toggle = page.getByTestId('hidden-toggle')
    await expect(toggle).not.toBeChecked()
    await toggle.click()
    await expectRowCount(page, all.length)
    await expect(page.getByTestId('filter-chip-status')).toHaveCount(0)
    expect(await statusBarFirms(page)).toBe(all.length)

    await toggle.click()
    await expectRowCount(page, active)
    // Removing the chip is the same as the switch.
    await page.getByTestId('filter-chip-status').locator('.ant-tag-close-icon').click()
    await expectRowCount(page, all.length)
    await expect(toggle).toBeChecked()
  })

  test('quick search and a value-list filter are answered by main', async ({ app }) => {
    const { page, backend } = app
    const [{ firm, part }] = findableFirms(backend)
    await app.open('enterprise')
    await quickSearch(page, part)
    await expectRowCount(page, 1)
    await expect(gridRow(page, firm.id).first()).toBeVisible()
    await expect(page.getByTestId('search-chip')).toHaveText(`搜索:${part}`)
    await quickSearch(page, '')

    // 所在楼宇: tick two buildings in the value list.
    const inBuildings = (names: string[]) =>
      enterprises(backend).filter((e) => e.status === '在营' && names.includes(e.buildingName ?? '')).length
    await openFilter(page, 'buildingName')
    const list = page.getByTestId('value-list-filter')
    let answered = nextQuery(page)
    await list.getByRole('checkbox', { name: '紫荆广场' }).check()
    await answered
    answered = nextQuery(page)
    await list.getByRole('checkbox', { name: '旭辉广场' }).check()
    await answered
    await expectRowCount(page, inBuildings(['紫荆广场', '旭辉广场']))
    await expect(page.getByTestId('filter-chip-buildingName')).toHaveText('所在楼宇:紫荆广场、旭辉广场')
    await page.screenshot({ path: `${SCREENSHOTS}/enterprise-value-filter.png`, animations: 'disabled' })
    await page.keyboard.press('Escape')

    // 重点企业 as a flag: 是.
    await openFilter(page, 'isKey')
    answered = nextQuery(page)
    await page.getByTestId('value-list-filter').getByRole('checkbox', { name: '是' }).check()
    await answered
    const keyIn = enterprises(backend).filter(
      (e) => e.status === '在营' && e.isKey && ['紫荆广场', '旭辉广场'].includes(e.buildingName ?? ''),
    ).length
    await expectRowCount(page, keyIn)
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: '清除全部' }).click()
    await expectRowCount(page, enterprises(backend).filter((e) => e.status === '在营').length)
  })

  test('an inline edit of 联系电话 is saved and survives a reload', async ({ app }) => {
    const { page, backend } = app
    const phone = '021-65980000'
    // Mouse: double-click opens the editor, Enter commits.
    const firm = await editFirmPhone(app, phone)

    // Keyboard: F2 on the focused cell, type, Enter.
    await (await cell(page, firm.id, 'contact')).click()
    await page.keyboard.press('F2')
    await page.keyboard.press('ControlOrMeta+a')
    await page.keyboard.type('王小明')
    await page.keyboard.press('Enter')
    await expect.poll(() => enterprise(backend, firm.id)?.contact).toBe('王小明')

    // The working view (its search too) is kept for the session: the same row is back.
    await page.reload()
    await expect(await cell(page, firm.id, 'phone')).toHaveText(phone)
    await expect(await cell(page, firm.id, 'contact')).toHaveText('王小明')
  })

  test('a building chosen from the cell’s list is saved by id, and shows its 楼掌柜; a flag toggles', async ({
    app,
  }) => {
    const { page, backend } = app
    const [{ firm, part }] = findableFirms(backend, (e) => e.buildingName !== '紫荆广场' && !e.isKey)
    const target = backend.ledgers.building.list().find((b) => b.name === '紫荆广场')!
    await app.open('enterprise')
    await quickSearch(page, part)

    // The column shows (and sorts and filters by) the name; the edit sends the id.
    await (await cell(page, firm.id, 'buildingName')).click()
    await page.keyboard.press('Enter')
    await page.getByRole('option', { name: '紫荆广场', exact: true }).click()
    await expect.poll(() => enterprise(backend, firm.id)?.buildingId).toBe(target.id)
    await expect(await cell(page, firm.id, 'buildingName')).toHaveText('紫荆广场')
    await expect(await cell(page, firm.id, 'managerName')).toHaveText(String(target.managerName))

    await (await cell(page, firm.id, 'isKey')).locator('input[type="checkbox"]').click()
    await expect.poll(() => enterprise(backend, firm.id)?.isKey).toBe(true)
  })

  test('an invalid credit code is refused in the page, in Chinese, before anything is sent', async ({ app }) => {
    const { page, backend } = app
    const [{ firm, part }] = findableFirms(backend, (e) => !!e.creditCode)
    const good = firm.creditCode!
    const last = good[17]
    const wrong = good.slice(0, 17) + CREDIT_CODE_CHARSET[(CREDIT_CODE_CHARSET.indexOf(last) + 1) % 31]
    await app.open('enterprise')
    await quickSearch(page, part)

    const updates: string[] = []
    page.on('request', (r) => {
      if (r.url().endsWith('enterprise%3Aupdate')) updates.push(r.postData() ?? '')
    })
    const codeCell = await cell(page, firm.id, 'creditCode')
    await editCell(page, firm.id, 'creditCode', wrong)

    await expect(toasts(page).filter({ hasText: '校验位' })).toBeVisible()
    await expect(codeCell).toHaveClass(/cell-error/)
    await expect(codeCell).toHaveText(good) // the stored value is back in the cell
    expect(updates).toEqual([]) // the schema in the page caught it: no round trip
    expect(enterprise(backend, firm.id)?.creditCode).toBe(good)
    // The pointer is still on the cell from the double-click: leave and come back to hover.
    await page.mouse.move(0, 0)
    await codeCell.hover()
    await expect(page.locator('.ag-tooltip')).toContainText('校验位')
    await page.screenshot({ path: `${SCREENSHOTS}/enterprise-cell-error.png`, animations: 'disabled' })

    // A valid code replaces it and clears the mark.
    const fresh = composeCreditCode('91', '310110', 'MA1TEXT0')
    await editCell(page, firm.id, 'creditCode', fresh)
    await expect.poll(() => enterprise(backend, firm.id)?.creditCode).toBe(fresh)
    await expect(codeCell).not.toHaveClass(/cell-error/)
    await expect(codeCell).toHaveText(fresh)
  })

  test('a code main refuses (already used) is marked on the cell with main’s reason', async ({ app }) => {
    const { page, backend } = app
    const [{ firm, part }] = findableFirms(backend, (e) => !!e.creditCode)
    const taken = enterprises(backend).find((e) => e.creditCode && e.id !== firm.id)!
    await app.open('enterprise')
    await quickSearch(page, part)
    await editCell(page, firm.id, 'creditCode', taken.creditCode!)
    await expect(toasts(page).filter({ hasText: '已被' })).toBeVisible()
    await expect(await cell(page, firm.id, 'creditCode')).toHaveClass(/cell-error/)
    expect(enterprise(backend, firm.id)?.creditCode).toBe(firm.creditCode)
  })

  test('a firm added through the form is stored and shown; a server refusal marks the form item', async ({ app }) => {
    const { page, backend } = app
    const before = backend.stats().enterprises
    const active = enterprises(backend).filter((e) => e.status === '在营').length
    const taken = enterprises(backend).find((e) => e.creditCode)!
    const staff = backend.ledgers.staff.list() as { id: number; name: string }[]
    const specialist = staff.find((s) => staff.filter((t) => t.name === s.name).length === 1)!
    const name = '上海四平测试建筑设计有限公司'
    await app.open('enterprise')

    await page.getByRole('button', { name: /新增企业/ }).click()
    const form = page.getByRole('dialog', { name: '新增企业' })
    await expect(form).toBeVisible()
    // The schema speaks first: a name is required, a code must pass its check characters.
    await form.getByRole('button', { name: /保\s?存/ }).click()
    await expect(formError(form, '请填写企业名称')).toBeVisible()
    await form.getByLabel('企业名称').fill(name)
    await form.getByLabel('统一社会信用代码').fill('91310110MA1TEXT1X0')
    await expect(formError(form, '统一社会信用代码')).toBeVisible()

    await form.getByLabel('统一社会信用代码').fill(taken.creditCode!)
    await pick(page, form.getByLabel('行业'), '建筑', '建筑设计')
    await pick(page, form.getByLabel('所在楼宇'), '紫荆', '紫荆广场')
    await pick(page, form.getByLabel('服务专员'), specialist.name)
    await form.getByLabel('联系电话').fill('021-65981111')
    await form.getByRole('checkbox', { name: '重点企业' }).check()
    await page.screenshot({ path: `${SCREENSHOTS}/enterprise-form.png`, animations: 'disabled' })
    await form.getByRole('button', { name: /保\s?存/ }).click()

    // The code is valid but already used: main says by whom, on the item itself.
    await expect(formError(form, '已被')).toBeVisible()
    await expect(toasts(page).filter({ hasText: '已被' })).toBeVisible()
    expect(backend.stats().enterprises).toBe(before)

    const code = composeCreditCode('91', '310110', 'MA1TEXT1')
    await form.getByLabel('统一社会信用代码').fill(code)
    await clickUntilClosed(form, /保\s?存/)

    const created = enterprises(backend).find((e) => e.name === name)!
    expect(created).toMatchObject({
      creditCode: code,
      industryName: '建筑设计',
      buildingName: '紫荆广场',
      specialistId: specialist.id,
      phone: '021-65981111',
      isKey: true,
      status: '在营',
    })
    await expect.poll(() => statusBarFirms(page)).toBe(before + 1)
    await expectRowCount(page, active + 1)
    // The new firm is brought into view and focused.
    await expect(gridRow(page, created.id).first()).toBeVisible()
    await expect(await cell(page, created.id, 'name')).toHaveClass(/ag-cell-focus/)
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

    await (await cell(page, firm.id, 'name')).click()
    await page.getByRole('button', { name: /删\s?除/ }).click()
    const confirm = page.getByRole('dialog').filter({ hasText: firm.name })
    await expect(confirm).toContainText('将一并删除:')
    await expect(confirm).toContainText(`诉求 ${counts['诉求']} 件`)
    await expect(confirm).toContainText(`走访记录 ${counts['走访记录']} 条`)
    await page.waitForTimeout(400) // let the dialog's opening animation finish for the picture
    await page.screenshot({ path: `${SCREENSHOTS}/enterprise-delete-confirm.png`, animations: 'disabled' })
    await clickUntilClosed(confirm, /删\s?除/)

    await expect(gridRow(page, firm.id)).toHaveCount(0)
    await expectRowCount(page, 0)
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

    await (await cell(page, firm.id, 'phone')).click()
    await page.keyboard.press('Delete')
    const confirm = page.getByRole('dialog').filter({ hasText: firm.name })
    await expect(confirm).toBeVisible()
    await confirm.getByRole('button', { name: /取\s?消/ }).click()
    await expect(confirm).toBeHidden()
    expect(enterprise(backend, firm.id)).toBeDefined()
    // Delete must not have blanked the focused cell either.
    expect(enterprise(backend, firm.id)?.phone).toBe(firm.phone)

    await (await cell(page, firm.id, 'phone')).click()
    await page.keyboard.press('Delete')
    await clickUntilClosed(confirm, /删\s?除/)
    await expect(gridRow(page, firm.id)).toHaveCount(0)
    expect(enterprise(backend, firm.id)).toBeUndefined()
  })

  test('详情 and Ctrl+Enter open 一企一档 of the row; double-click still edits', async ({ app }) => {
    const { page, backend } = app
    const [{ firm, part }, second] = findableFirms(backend)
    await app.open('enterprise')
    await quickSearch(page, part)
    await gridRow(page, firm.id).first().getByTestId('detail-link').click()
    await expect(page).toHaveURL(new RegExp(`#/enterprise/${firm.id}$`))

    await app.open('enterprise')
    await quickSearch(page, second.part)
    await (await cell(page, second.firm.id, 'phone')).click()
    await page.keyboard.press('Control+Enter')
    await expect(page).toHaveURL(new RegExp(`#/enterprise/${second.firm.id}$`))

    await app.open('enterprise')
    await quickSearch(page, second.part)
    await (await cell(page, second.firm.id, 'legalRep')).click()
    await page.keyboard.press('Alt+Enter')
    await expect(page).toHaveURL(new RegExp(`#/enterprise/${second.firm.id}$`))

    await app.open('enterprise')
    await (await cell(page, second.firm.id, 'name')).dblclick()
    await expect(page.locator('.ag-cell-inline-editing')).toHaveCount(1)
    await expect(page).toHaveURL(/#\/enterprise(&|$)/)
  })
})
