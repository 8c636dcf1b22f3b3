/**
 * Every page of the sidebar on the demo ledger: each read-only ledger shows all its records
 * (as many as the backend counts) under Chinese headers, with working quick search; 首页 and
 * 设置 show real numbers and the database path.
 */
import type { Stats } from '../../src/shared/domain'
import { expect, parseCount, SCREENSHOTS, test } from './fixtures'

test.use({ dataset: 'demo' })

const LEDGERS: { menu: RegExp; path: string; stat: keyof Stats; header: string; search: string }[] = [
  { menu: /楼宇/, path: 'building', stat: 'buildings', header: '楼掌柜', search: '紫荆广场' },
  { menu: /走访/, path: 'visit', stat: 'visits', header: '走访日期', search: '上门走访' },
  { menu: /诉求/, path: 'request', stat: 'requests', header: '办理状态', search: '融资需求' },
  { menu: /房租减免/, path: 'rent-relief', stat: 'rentReliefs', header: '减免金额(元)', search: '紫荆广场' },
  { menu: /招商伙伴/, path: 'partner', stat: 'partners', header: '授牌日期', search: '' },
  { menu: /活动/, path: 'event', stat: 'events', header: '活动主题', search: '' },
  { menu: /联盟商会/, path: 'organisation', stat: 'organisations', header: '成员企业(家)', search: '' },
  { menu: /人员/, path: 'staff', stat: 'staff', header: '角色', search: '楼掌柜' },
]

test('each ledger page lists all its records with Chinese headers and quick search', async ({ app }) => {
  const { page, backend } = app
  const stats = backend.stats()
  await app.open()
  for (const l of LEDGERS) {
    await page.getByRole('menuitem', { name: l.menu }).click()
    await expect(page).toHaveURL(new RegExp(`#/${l.path}$`))
    const count = page.getByTestId('row-count')
    await expect(count).toContainText(`共 ${stats[l.stat].toLocaleString('en-US')} `)
    await expect(page.getByRole('columnheader', { name: l.header, exact: true })).toBeVisible()
    // Read-only for now: no add or delete buttons pretending otherwise.
    await expect(page.getByRole('button', { name: /新增|删\s?除/ })).toHaveCount(0)
    if (l.search) {
      await page.getByTestId('quick-search').fill(l.search)
      await expect(count).toContainText('显示')
      const { total, shown } = parseCount((await count.textContent()) ?? '')
      expect(total).toBe(stats[l.stat])
      expect(shown).toBeGreaterThan(0)
      expect(shown).toBeLessThan(total)
    }
    await page.screenshot({ path: `${SCREENSHOTS}/ledger-${l.path}.png`, animations: 'disabled' })
  }
})

test('走访 also lists the campaigns the visits belong to', async ({ app }) => {
  const { page, backend } = app
  await app.open('visit')
  await page.getByRole('tab', { name: '走访活动' }).click()
  await expect(page.getByTestId('row-count')).toHaveText(`共 ${backend.stats().campaigns} 次`)
  await expect(page.getByRole('columnheader', { name: '走访记录(条)', exact: true })).toBeVisible()
})

test('首页 shows the real counts; 设置 shows the file, version, user and dictionaries', async ({ app }) => {
  const { page, backend } = app
  const stats = backend.stats()
  await app.open('home')
  const cards = page.getByTestId('home-stats')
  await expect(cards).toContainText(`企业${stats.enterprises.toLocaleString('en-US')}家`)
  await expect(cards).toContainText(`诉求${stats.requests.toLocaleString('en-US')}件`)
  await page.screenshot({ path: `${SCREENSHOTS}/home.png`, animations: 'disabled' })

  await page.getByRole('menuitem', { name: /设置/ }).click()
  await expect(page.getByTestId('settings-db')).toHaveText(app.dbPath)
  await expect(page.getByText('测试员')).toBeVisible()
  for (const kind of ['行业', '诉求类别', '科室', '承办单位']) {
    await expect(page.getByText(new RegExp(`^${kind}\\(\\d+ 项\\)$`))).toBeVisible()
  }
  await expect(page.getByRole('cell', { name: '建筑设计', exact: true })).toBeVisible()
  await page.screenshot({ path: `${SCREENSHOTS}/settings.png`, animations: 'disabled' })
})
