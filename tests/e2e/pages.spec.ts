/**
 * Every ledger in the sidebar opens as a working grid counting what main counts, under Chinese
 * headers; 设置 shows the file, version, user and the dictionaries.
 */
import type { Backend } from '../../src/main/app/backend'
import { expect, SCREENSHOTS, test } from './fixtures'
import { expectRowCount } from './helpers'

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
    await page.getByRole('menuitem', { name: new RegExp(`\\s${p.menu}$`) }).click()
    await expect(page).toHaveURL(new RegExp(`#/${p.path}$`))
    await expectRowCount(page, p.count(backend))
    await expect(page.getByRole('columnheader', { name: p.header, exact: true })).toBeVisible()
    await expect(page.getByRole('button', { name: /新增/ })).toBeVisible()
    await page.screenshot({ path: `${SCREENSHOTS}/page-${p.path}.png`, animations: 'disabled' })
  }
  await page.getByRole('menuitem', { name: /\s走访$/ }).click()
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

// Laptop screens: every page of the sidebar, 设置 last, shows without scrolling the sidebar.
for (const size of [
  { width: 1366, height: 768 },
  { width: 1280, height: 800 },
]) {
  test(`the whole sidebar fits a ${size.width}×${size.height} screen`, async ({ app }) => {
    const { page } = app
    await page.setViewportSize(size)
    await app.open()
    const items = page.getByTestId('nav').getByRole('menuitem')
    await expect(items).toHaveCount(20)
    await expect(items.last()).toHaveText(/设置$/)
    for (const item of await items.all()) await expect(item).toBeInViewport({ ratio: 1 })
  })
}
