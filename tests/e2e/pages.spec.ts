/**
 * Every ledger in the sidebar opens as a working grid counting what main counts, under Chinese
 * headers; 设置 shows the file, version, user and the dictionaries.
 */
import type { Backend } from '../../src/main/app/backend'
import type { Page } from '@playwright/test'
import { expect, SCREENSHOTS, test } from './fixtures'
import { expectRowCount, menuEntry, openFromMenu } from './helpers'

test.use({ dataset: 'demo' })

const PAGES: { menu: string; path: string; count: (b: Backend) => number; header: string }[] = [
  {
    menu: '企业名录',
    path: 'enterprise',
    count: (b) => (b.ledgers.enterprise.list() as { status: string }[]).filter((e) => e.status === '在营').length,
    header: '统一社会信用代码',
  },
  { menu: '楼宇', path: 'building', count: (b) => b.stats().buildings, header: '楼掌柜' },
  { menu: '走访', path: 'visit', count: (b) => b.stats().visits, header: '走访日期' },
  { menu: '诉求', path: 'request', count: (b) => b.stats().requests, header: '办理状态' },
  { menu: '房租减免', path: 'rent-relief', count: (b) => b.stats().rentReliefs, header: '减免金额(元)' },
  { menu: '招商伙伴', path: 'partner', count: (b) => b.stats().partners, header: '授牌日期' },
  { menu: '活动', path: 'event', count: (b) => b.stats().events, header: '活动主题' },
  { menu: '联盟商会', path: 'organisation', count: (b) => b.stats().organisations, header: '成员企业(家)' },
  { menu: '人员', path: 'staff', count: (b) => b.stats().staff, header: '角色' },
  { menu: '服务站点', path: 'service-point', count: (b) => b.stats().servicePoints, header: '站点名称' },
  { menu: '字典', path: 'dictionary', count: (b) => b.ledgers.dictionary.count(), header: '字典类型' },
]

test('each ledger of the sidebar is a grid counting what main counts', async ({ app }) => {
  const { page, backend } = app
  await app.open()
  for (const p of PAGES) {
    await openFromMenu(page, p.menu)
    await expect(page).toHaveURL(new RegExp(`#/${p.path}$`))
    await expectRowCount(page, p.count(backend))
    await expect(page.getByRole('columnheader', { name: p.header, exact: true })).toBeVisible()
    await expect(page.getByRole('button', { name: /新增/ })).toBeVisible()
    await page.screenshot({ path: `${SCREENSHOTS}/page-${p.path}.png`, animations: 'disabled' })
  }
  await openFromMenu(page, '走访')
  await page.getByRole('tab', { name: '走访活动' }).click()
  await expectRowCount(page, backend.stats().campaigns)
})

test('设置 shows the file, version, user and dictionaries', async ({ app }) => {
  const { page } = app
  await app.open('settings')
  await expect(page.getByTestId('settings-db')).toHaveText(app.dbPath)
  await expect(page.getByText('测试员')).toBeVisible()
  for (const kind of ['行业', '诉求类别', '科室', '承办单位']) {
    await expect(page.getByText(new RegExp(`^${kind}\\(\\d+ 项\\)$`))).toBeVisible()
  }
  await expect(page.getByRole('cell', { name: '建筑设计', exact: true })).toBeVisible()
  await page.getByRole('button', { name: /在“字典”中修改/ }).click()
  await expect(page).toHaveURL(/#\/dictionary$/)
})

/** The sidebar's groups and their pages, in order. */
const GROUPS: [string, string[]][] = [
  ['台账', ['企业名录', '楼宇', '房租减免', '招商伙伴', '活动', '联盟商会', '人员', '服务站点']],
  ['走访与诉求', ['走访计划', '走访录入', '走访', '诉求', '督办']],
  ['数据', ['导入', '报表', '字典']],
  ['系统', ['操作记录', '回收站', '设置']],
]

const groupTitle = (page: Page, group: string) =>
  page.getByTestId('nav').getByRole('menuitem', { name: new RegExp(`\\s${group}$`), exact: false })

/** Folds or unfolds a group of the sidebar, and waits for the menu to settle. */
async function setGroupOpen(page: Page, group: string, open: boolean): Promise<void> {
  const title = groupTitle(page, group)
  if ((await title.getAttribute('aria-expanded')) !== String(open)) await title.click()
  await expect(title).toHaveAttribute('aria-expanded', String(open))
}

test('the sidebar groups the pages, folds, and remembers what is open', async ({ app }) => {
  const { page } = app
  await app.open()
  const nav = page.getByTestId('nav')
  // 首页 first, then the four groups, each holding its pages in order (folded ones included).
  // (督办 may carry its overdue count.)
  await expect(nav.locator('> li')).toHaveText([
    '首页',
    ...GROUPS.map(([g, pages]) => new RegExp(`^${g}${pages.join('')}\\d*$`.replace('督办', '督办\\d*'))),
  ])
  // The first time, 台账 alone is open.
  for (const [group] of GROUPS) {
    await expect(groupTitle(page, group)).toHaveAttribute('aria-expanded', String(group === '台账'))
  }
  await expect(menuEntry(page, '企业名录')).toBeVisible()
  await expect(menuEntry(page, '导入')).toBeHidden()

  // Fold 台账, unfold 数据: after a reload the sidebar is as it was left.
  await setGroupOpen(page, '台账', false)
  await setGroupOpen(page, '数据', true)
  await expect(menuEntry(page, '企业名录')).toBeHidden()
  await app.open()
  await expect(groupTitle(page, '台账')).toHaveAttribute('aria-expanded', 'false')
  await expect(groupTitle(page, '数据')).toHaveAttribute('aria-expanded', 'true')
  await expect(menuEntry(page, '导入')).toBeVisible()

  // A page opened by its address unfolds its group and is the selected entry.
  await app.open('trash')
  await expect(groupTitle(page, '系统')).toHaveAttribute('aria-expanded', 'true')
  await expect(menuEntry(page, '回收站')).toHaveClass(/ant-menu-item-selected/)
})

test('the sidebar works from the keyboard: Tab in, arrows between entries, Enter opens', async ({ app }) => {
  const { page } = app
  await app.open()
  const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '')
  // Each key moves the focus one entry; keep pressing until it reaches `text`.
  const pressUntil = async (key: string, text: string) => {
    for (let i = 0; i < 30 && (await focused()) !== text; i++) {
      const before = await focused()
      await page.keyboard.press(key)
      await expect.poll(focused).not.toBe(before)
    }
    expect(await focused()).toBe(text)
  }
  await page.getByTestId('search-launcher').focus()
  await page.keyboard.press('Tab')
  await expect(page.getByTestId('nav')).toBeFocused()
  // Down to 数据 (folded), Enter unfolds it; down to 导入, Enter opens it.
  await pressUntil('ArrowDown', '数据')
  await page.keyboard.press('Enter')
  await expect(groupTitle(page, '数据')).toHaveAttribute('aria-expanded', 'true')
  await pressUntil('ArrowDown', '导入')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#\/import$/)
  // Back up to 企业名录 and open it with Enter too.
  await page.getByTestId('nav').focus()
  await pressUntil('ArrowUp', '企业名录')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#\/enterprise$/)
})

test('督办 in the sidebar shows how many requests are overdue, as 督办 counts them', async ({ app }) => {
  const { page } = app
  await app.open('supervision')
  const tile = (await page.getByTestId('count-overdue').locator('.ant-statistic-content-value').innerText()).trim()
  expect(Number(tile)).toBeGreaterThan(0)
  await expect(page.getByTestId('nav').getByTestId('nav-overdue').getByTitle(`逾期诉求 ${tile} 件`)).toBeVisible()
})

// Laptop screens: with any one group open, every entry shows at full height without scrolling
// the sidebar (the rows are antd's own 40 px, not squeezed), and screenshots of the menu.
for (const size of [
  { width: 1366, height: 768 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  test(`the grouped sidebar fits a ${size.width}×${size.height} screen`, async ({ app }) => {
    const { page } = app
    await page.setViewportSize(size)
    await app.open()
    const nav = page.getByTestId('nav')
    for (const [group, pages] of GROUPS) {
      for (const [other] of GROUPS) await setGroupOpen(page, other, other === group)
      const shown = nav.getByRole('menuitem').filter({ visible: true })
      await expect(shown).toHaveCount(1 + GROUPS.length + pages.length)
      await expect(shown.last()).toHaveText(group === '系统' ? /设置$/ : '系统')
      for (const item of await shown.all()) {
        await expect(item).toBeInViewport({ ratio: 1 })
        expect((await item.boundingBox())!.height).toBeGreaterThanOrEqual(40)
      }
    }
    await setGroupOpen(page, '系统', false)
    await setGroupOpen(page, '台账', true)
    await page.getByTestId('key-figures').waitFor()
    await page.screenshot({ path: `${SCREENSHOTS}/menu-${size.width}x${size.height}.png`, animations: 'disabled' })
  })
}

// At 1366 px every ledger's toolbar (views, search, count, actions) stays on one line.
test('each ledger toolbar fits one line at 1366 px', async ({ app }) => {
  const { page } = app
  await page.setViewportSize({ width: 1366, height: 768 })
  await app.open()
  for (const p of PAGES) {
    await openFromMenu(page, p.menu)
    await expect(page).toHaveURL(new RegExp(`#/${p.path}$`))
    // The page left stays in the document, hidden, until the new one's code has loaded.
    const toolbar = page.locator('.data-grid-toolbar').filter({ visible: true })
    await expect(toolbar.getByTestId('row-count')).toContainText('共')
    const boxes = await toolbar.locator('> *').evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect()
        return { top: r.top, height: r.height }
      }),
    )
    // One line: the items are centred on it, so all share one middle; a wrapped item would not.
    const middles = boxes.map((b) => b.top + b.height / 2)
    expect(Math.max(...middles) - Math.min(...middles), `${p.menu}: toolbar wraps`).toBeLessThanOrEqual(1)
    const tallest = Math.max(...boxes.map((b) => b.height))
    expect((await toolbar.boundingBox())!.height, `${p.menu}: toolbar height`).toBeLessThanOrEqual(tallest + 1)
  }
  await openFromMenu(page, '企业名录')
  await expect(page.locator('.data-grid-toolbar').filter({ visible: true }).getByTestId('row-count')).toContainText(
    '共',
  )
  await page.screenshot({ path: `${SCREENSHOTS}/toolbar-1366.png`, animations: 'disabled' })
})
