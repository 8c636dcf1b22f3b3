/**
 * Issue #7 in the browser: 首页 shows the key figures main computes; choosing a campaign
 * changes them (and is remembered across a restart); a click on a building's bar opens the
 * firm grid filtered to that building's firms not yet visited in the campaign, with the
 * filters shown as removable chips; charts export as PNG and the figures as .xlsx.
 */
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { dashboard } from '../../src/main/dashboard/aggregates'
import { expect, SCREENSHOTS, test } from './fixtures'
import { expectRowCount, restart } from './helpers'

test.use({ dataset: 'demo', viewport: { width: 1440, height: 900 } })

const figure = (page: Page, label: string) => page.getByTestId(`figure-${label}`).locator('.ant-statistic-content')
const count = (n: number) => n.toLocaleString('zh-CN')

test('campaign filter changes the figures, and a bar drills down to the filtered grid', async ({ app }) => {
  const { page, backend } = app
  const campaign = backend.db
    .prepare("SELECT id, name FROM campaign WHERE kind = '冬令大走访' ORDER BY start_on DESC")
    .get() as { id: number; name: string }
  // The campaign's own 覆盖率目标 is the line drawn for it (others use the page's default, 90%).
  backend.ledgers.campaign.update(campaign.id, { targetCoverage: 75 })
  const all = dashboard(backend, {}).figures
  const one = dashboard(backend, { campaignId: campaign.id })

  await app.open('home')
  await expect(figure(page, '在营企业')).toHaveText(`${count(all.firms)}家`)
  await expect(figure(page, '已走访企业')).toHaveText(`${count(all.visitedFirms)}家`)

  const select = page.getByTestId('filter-campaign')
  await select.click()
  await page.locator('.ant-select-dropdown:visible').getByTitle(campaign.name).click()
  await expect(figure(page, '已走访企业')).toHaveText(`${count(one.figures.visitedFirms)}家`)
  await expect(figure(page, '走访次数')).toHaveText(`${count(one.figures.visits)}次`)
  await expect(figure(page, '走访覆盖率')).toHaveText(`${(one.figures.coverage * 100).toFixed(1)}%`)
  await expect(page.getByText(`统计范围:${campaign.name}`)).toBeVisible()

  // The figures tiles say what the charts draw: 紫荆广场's bar is labelled with its counts.
  const chart = page.getByTestId('chart-by-building')
  const i = one.byBuilding.findIndex((b) => b.name === '紫荆广场')
  const bar = one.byBuilding[i]
  expect(bar.inScope - bar.visited, 'some of 紫荆广场 still to visit').toBeGreaterThan(0)
  await expect(chart.getByText(`(${bar.visited}/${bar.inScope})`, { exact: false }).first()).toBeVisible()
  await expect(chart.getByText('目标 75%')).toBeVisible()
  // The page body scrolls, not the document: a window as tall as the body shows it all at once.
  const height = await page.locator('.page-body').evaluate((el) => el.scrollHeight + 120)
  await page.setViewportSize({ width: 1440, height })
  await expect(page.getByTestId('chart-partners').locator('.recharts-bar-rectangle').first()).toBeVisible()
  await page.screenshot({ path: `${SCREENSHOTS}/dashboard.png`, fullPage: true, animations: 'disabled' })
  for (const id of ['across-campaigns', 'partners', 'requests']) {
    await page
      .getByTestId(`chart-${id}`)
      .screenshot({ path: `${SCREENSHOTS}/dashboard-${id}.png`, animations: 'disabled' })
  }
  await page.setViewportSize({ width: 1440, height: 900 })

  // Exports: a chart as PNG, the key figures as .xlsx.
  const png = page.waitForEvent('download')
  await chart.getByRole('button', { name: '导出图片' }).click()
  const image = await png
  expect(image.suggestedFilename()).toBe('各楼宇走访覆盖率.png')
  expect(
    readFileSync(await image.path())
      .subarray(1, 4)
      .toString(),
  ).toBe('PNG')
  const xlsx = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出关键指标' }).click()
  expect((await xlsx).suggestedFilename()).toMatch(/^首页关键指标-.*\.xlsx$/)

  await chart.locator('.recharts-bar-rectangle').nth(i).click()
  await expect(page).toHaveURL(/#\/enterprise$/)
  await expectRowCount(page, bar.inScope - bar.visited)
  await expect(page.getByTestId('scope-chip')).toHaveText(`范围:紫荆广场 · ${campaign.name}未走访`)
  await expect(page.getByTestId('filter-chip-buildingName')).toContainText('紫荆广场')
  // Removing the campaign condition leaves every 在营 firm of 紫荆广场.
  await page.getByTestId('scope-chip').locator('.ant-tag-close-icon').click()
  await expectRowCount(page, bar.inScope)

  // The campaign chosen on 首页 is still chosen after a restart.
  await restart(page, () => app.open('home'))
  await expect(page.getByTestId('filter-campaign')).toContainText(campaign.name)
  await expect(figure(page, '已走访企业')).toHaveText(`${count(one.figures.visitedFirms)}家`)

  // A 楼掌柜's bar: the firms of the buildings that cadre is in charge of, by id.
  const j = one.byManager.findIndex((m) => m.key !== null && m.inScope > m.visited)
  const manager = one.byManager[j]
  await page.getByTestId('chart-by-manager').locator('.recharts-bar-rectangle').nth(j).click()
  await expect(page).toHaveURL(/#\/enterprise$/)
  await expectRowCount(page, manager.inScope - manager.visited)
  await expect(page.getByTestId('scope-chip')).toHaveText(`范围:楼掌柜${manager.name} · ${campaign.name}未走访`)
})

test('a chart with nothing to draw says why', async ({ app }) => {
  const { page, backend } = app
  const empty = backend.ledgers.building.create({ name: '新建空楼' })
  await app.open('home')
  await page.getByTestId('filter-building').click()
  await page.keyboard.type('新建空楼')
  await page.locator('.ant-select-dropdown:visible').getByTitle('新建空楼').click()
  await expect(figure(page, '在营企业')).toHaveText('0家')
  await expect(page.getByTestId('chart-by-building')).toContainText('所选楼宇、行业下没有在营企业')
  await expect(page.getByTestId('chart-requests')).toContainText('所选期间和范围内没有收到诉求')
  expect(empty.id).toBeGreaterThan(0)
})
