/**
 * Ctrl+K global search over the demo ledger: pinyin, initials, a two-character term, a run of a
 * credit code, a 工商注册号, and the keyboard alone from the shortcut to the record's page.
 */
import type { Page } from '@playwright/test'
import { expect, SCREENSHOTS, test } from './fixtures'

const hits = (page: Page) => page.getByTestId('search-hit')

async function openPalette(page: Page) {
  await page.keyboard.press('Control+k')
  await expect(page.getByTestId('search-input')).toBeFocused()
}

/** Types as a person does, key by key, so the debounce is exercised. */
async function type(page: Page, text: string) {
  await page.keyboard.type(text, { delay: 30 })
}

test('full pinyin: tongji finds firms named 同济', async ({ app }) => {
  const { page } = app
  await app.open('home')
  await openPalette(page)
  await type(page, 'tongji')
  await expect(hits(page).filter({ hasText: '同济' }).first()).toBeVisible()
  await expect(
    hits(page).and(page.locator('[data-kind="enterprise"]')).filter({ hasText: '同济' }).first(),
  ).toBeVisible()
  await page.screenshot({ path: `${SCREENSHOTS}/search-tongji.png`, animations: 'disabled' })
})

test('initials: zjgc finds 紫荆广场 first, and Enter opens its page', async ({ app }) => {
  const { page } = app
  await app.open('enterprise')
  await openPalette(page)
  await type(page, 'zjgc')
  await expect(hits(page).first()).toContainText('紫荆广场')
  await expect(hits(page).first()).toContainText('楼宇')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#\/building\/1$/)
  await expect(page.getByTestId('search-palette')).toHaveCount(0)
  await expect(page.getByTestId('detail-title')).toHaveText('紫荆广场')
})

test('a two-character term (同济) finds its firms', async ({ app }) => {
  const { page, backend } = app
  const firms = backend.db.prepare("SELECT count(*) FROM enterprise WHERE name LIKE '%同济%'").pluck().get() as number
  expect(firms).toBeGreaterThan(0)
  await app.open('home')
  await openPalette(page)
  await type(page, '同济')
  const firmHits = hits(page).and(page.locator('[data-kind="enterprise"]'))
  await expect(firmHits.first()).toContainText('同济')
  // The term is marked in the names it was found in.
  await expect(firmHits.first().locator('mark')).toHaveText('同济')
})

test('four or more characters of a credit code find the firm', async ({ app }) => {
  const { page, backend } = app
  // A run from the middle of one firm's code (its organisation code) that no other code holds.
  const firm = backend.db
    .prepare(
      `SELECT id, name, credit_code AS code FROM enterprise e WHERE credit_code IS NOT NULL
       AND (SELECT count(*) FROM enterprise o WHERE instr(o.credit_code, substr(e.credit_code, 9, 6)) > 0) = 1
       ORDER BY id LIMIT 1`,
    )
    .get() as { id: number; name: string; code: string }
  const run = firm.code.slice(8, 14)
  await app.open('home')
  await openPalette(page)
  await type(page, run)
  const hit = hits(page).filter({ hasText: firm.name })
  await expect(hit).toHaveCount(1)
  await expect(hit).toContainText(firm.code)
  await hit.click()
  await expect(page).toHaveURL(new RegExp(`#/enterprise/${firm.id}$`))
  await expect(page.getByTestId('detail-title')).toHaveText(firm.name)
})

test('a 工商注册号, whole or a run of it, finds a firm that has no credit code', async ({ app }) => {
  const { page, backend } = app
  // Registered before 2015 and known by its 15-digit number alone (the demo has none).
  const regNo = '310110000555557'
  const name = '上海旧号贸易有限公司'
  const id = backend.ledgers.enterprise.create({ name, registrationNo: regNo }).id as number
  await app.open('home')
  await openPalette(page)
  await type(page, regNo)
  const hit = hits(page).filter({ hasText: name })
  await expect(hit).toHaveCount(1)
  await expect(hits(page).first()).toContainText(name)
  await expect(hit).toContainText(regNo)

  await page.getByTestId('search-input').fill('')
  await type(page, regNo.slice(6, 13))
  await expect(hits(page).filter({ hasText: name })).toHaveCount(1)
  await hits(page).filter({ hasText: name }).click()
  await expect(page).toHaveURL(new RegExp(`#/enterprise/${id}$`))
  await expect(page.getByTestId('detail-title')).toHaveText(name)
})

test('keyboard only: Ctrl+K, type, ↓, Enter opens the second hit; Esc closes', async ({ app }) => {
  const { page, backend } = app
  const term = '同济'
  const expected = backend.search(term, 20)
  expect(expected.length).toBeGreaterThan(2)
  await app.open('enterprise')
  await openPalette(page)
  // Wait for the answer to the whole term (the backend's ranking, in order): on a busy machine
  // 同 alone may be asked first, and its hits can start the same way.
  const answered = page.waitForResponse(
    (r) => /search%3Aglobal$/.test(r.url()) && (r.request().postData() ?? '').includes(`"term":"${term}"`),
  )
  await type(page, term)
  await answered
  await expect(hits(page).nth(1)).toContainText(expected[1].title)
  await expect(hits(page).first()).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('ArrowDown')
  await expect(hits(page).nth(1)).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowUp')
  await page.screenshot({ path: `${SCREENSHOTS}/search-palette.png`, animations: 'disabled' })
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`#/${expected[1].kind}/${expected[1].id}$`))
  await expect(page.getByTestId('detail-title')).toHaveText(expected[1].title)

  // Esc closes the palette without leaving the page (and without the page's own Esc = back).
  await openPalette(page)
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('search-palette')).toHaveCount(0)
  await expect(page).toHaveURL(new RegExp(`#/${expected[1].kind}/${expected[1].id}$`))
})

test('Enter straight after typing opens the best hit of the whole term, not of a part of it', async ({ app }) => {
  const { page } = app
  await app.open('home')
  await openPalette(page)
  await page.keyboard.type('zjgc')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#\/building\/1$/)
})

test('the sidebar search box opens the same palette, and a miss says so', async ({ app }) => {
  const { page } = app
  await app.open('home')
  await page.getByTestId('search-launcher').click()
  await expect(page.getByTestId('search-input')).toBeFocused()
  await expect(page.getByTestId('search-palette')).toContainText('tongji')
  await type(page, 'qqqqxxzz')
  await expect(page.getByTestId('search-palette')).toContainText('没有找到与“qqqqxxzz”匹配的记录')
})
