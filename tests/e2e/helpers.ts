/** Shared steps for the e2e specs: finding records to work on, driving the grid, reading the screen. */
import type { Locator, Page } from '@playwright/test'
import type { Enterprise } from '../../src/shared/domain'
import type { Backend } from '../../src/main/app/backend'
import { expect, gridCell, gridRow, type LedgerApp } from './fixtures'

export function enterprises(backend: Backend): Enterprise[] {
  return backend.ledgers.enterprise.list() as unknown as Enterprise[]
}

export function enterprise(backend: Backend, id: number): Enterprise | undefined {
  return backend.ledgers.enterprise.find(id) as unknown as Enterprise | undefined
}

/**
 * A part of a firm's name that no other firm's name contains: the core between 上海 and the
 * legal-form suffix, which is what a user actually types.
 */
export function uniqueNamePart(all: Enterprise[], firm: Enterprise): string | null {
  const core = firm.name.replace(/^上海(市)?/, '').replace(/(集团)?(股份)?有限(责任)?公司$/, '')
  for (let len = 4; len <= core.length; len++) {
    for (let i = 0; i + len <= core.length; i++) {
      const part = core.slice(i, i + len)
      if (all.filter((e) => e.name.includes(part)).length === 1) return part
    }
  }
  return null
}

/** Firms the quick search can single out (在营 unless asked otherwise), so each test works on a row it can see. */
export function findableFirms(backend: Backend, where: (e: Enterprise) => boolean = () => true) {
  const all = enterprises(backend)
  const out: { firm: Enterprise; part: string }[] = []
  for (const firm of all) {
    if (firm.status !== '在营' || !where(firm)) continue
    const part = uniqueNamePart(all, firm)
    if (part) out.push({ firm, part })
    if (out.length >= 5) break
  }
  return out
}

/** Waits for the next grid query main answers (a search, a filter, a view applied). */
export function nextQuery(page: Page, search?: string) {
  const asked = search === undefined ? '' : JSON.stringify(search).slice(1, -1)
  return page.waitForResponse((r) => /%3Aquery$/.test(r.url()) && (r.request().postData() ?? '').includes(asked))
}

/** Types into quick search and waits for main's answer. */
export async function quickSearch(page: Page, text: string): Promise<void> {
  // The grid must have answered once (its view restored) before what is typed counts.
  await expect(page.getByTestId('row-count')).toContainText('共')
  const box = page.getByTestId('quick-search')
  if ((await box.inputValue()) === text) return // already the search in force: nothing is asked
  // The answer to this search, not a refresh the last write set off (its rows would be
  // replaced under an editor opened on them).
  const answered = nextQuery(page, text)
  await box.fill(text)
  await answered
}

/** The number in '共 3,102 家'. */
export async function rowCount(page: Page): Promise<number> {
  const text = (await page.getByTestId('row-count').textContent()) ?? ''
  const m = /共 ([\d,]+)/.exec(text)
  if (!m) throw new Error(`no row count in “${text}”`)
  return Number(m[1].replace(/,/g, ''))
}

export async function expectRowCount(page: Page, n: number): Promise<void> {
  await expect(page.getByTestId('row-count')).toHaveText(new RegExp(`^共 ${n.toLocaleString('en-US')} `))
}

/** The firm count in the status bar: '企业 3,100 家'. */
export async function statusBarFirms(page: Page): Promise<number> {
  const text = (await page.getByTestId('status-bar').textContent()) ?? ''
  const m = /企业 ([\d,]+) 家/.exec(text)
  if (!m) throw new Error(`status bar has no firm count: ${text}`)
  return Number(m[1].replace(/,/g, ''))
}

/** The antd message toasts currently shown. */
/** A figure of the import summary (新增, 错误, 跳过, 疑似重复 …), as the user reads it. */
export function importFigure(page: Page, title: string): Locator {
  return page
    .getByTestId('import-figures')
    .locator('.ant-statistic', { hasText: title })
    .locator('.ant-statistic-content')
}

export function toasts(page: Page) {
  return page.locator('.ant-message-notice')
}

/**
 * The form's error message that says `text`. A message that was replaced plays a leave
 * animation for a moment and is still in the page, so match the message, not every error.
 */
export function formError(form: Locator, text: string) {
  return form.locator('.ant-form-item-explain-error', { hasText: text })
}

/** Ids of the rows the grid shows (at least `atLeast` of them, waiting for them), top to bottom. */
export async function shownIds(page: Page, atLeast = 1): Promise<number[]> {
  await expect.poll(() => readIds(page).then((ids) => ids.length)).toBeGreaterThanOrEqual(atLeast)
  return readIds(page)
}

async function readIds(page: Page): Promise<number[]> {
  // A row with pinned columns is drawn once per container: one entry per row id.
  const rows = await page
    .locator('.ag-row[row-id]')
    .evaluateAll((els) =>
      els.map((r) => ({ id: Number(r.getAttribute('row-id')), index: Number(r.getAttribute('row-index')) })),
    )
  const byIndex = new Map(rows.filter((r) => Number.isInteger(r.id) && r.id > 0).map((r) => [r.index, r.id]))
  return [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, id]) => id)
}

/** Ticks a row's checkbox (with Shift for a range). */
export async function tick(page: Page, id: number, modifiers: ('Shift' | 'ControlOrMeta')[] = []): Promise<void> {
  await page.locator(`.ag-row[row-id="${id}"] .ag-selection-checkbox input`).click({ modifiers })
}

/** Opens a column's filter from its header. */
export async function openFilter(page: Page, colId: string): Promise<void> {
  const button = page.locator(`.ag-header-cell[col-id="${colId}"] .ag-header-cell-filter-button`)
  await scrollUntil(page, button)
  await button.click()
}

/** Scrolls the grid sideways until `target` is drawn (headers and cells are drawn only in view). */
async function scrollUntil(page: Page, target: Locator): Promise<void> {
  const viewport = page.locator('.ag-grid-viewport').first()
  for (let left = 0; left <= 6000 && (await target.count()) === 0; left += 300) {
    await viewport.evaluate((el, x) => (el.scrollLeft = x), left)
    await page.waitForTimeout(30)
  }
}

/** Sorts the grid by a column (a click on its header: ascending, again: descending) and waits for main's answer. */
export async function sortBy(page: Page, header: string): Promise<void> {
  const answered = nextQuery(page)
  await page.getByRole('columnheader', { name: header, exact: true }).locator('.ag-header-cell-label').click()
  await answered
}

/** Hides a column through the column chooser. */
export async function hideColumn(page: Page, header: string): Promise<void> {
  await page.getByTestId('column-chooser-button').click()
  await page.getByTestId('column-chooser').getByRole('checkbox', { name: header, exact: true }).uncheck()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('columnheader', { name: header, exact: true })).toHaveCount(0)
}

/** Picks an entry of the view menu (a submenu first when given). */
export async function chooseView(page: Page, name: string | RegExp, submenu?: string): Promise<void> {
  const visible = (n: string | RegExp, exact = typeof n === 'string') =>
    page.getByRole('menuitem', { name: n, exact }).filter({ visible: true })
  const item = visible(name)
  const answered = nextQuery(page)
  // Menus animate open, and a click while they do can be lost: try again until it lands.
  await expect(async () => {
    if ((await item.count()) === 0) {
      if ((await visible(/另存为新视图/).count()) === 0) await page.getByTestId('view-menu').click()
      if (submenu) await visible(submenu, false).click({ timeout: 2000 })
      await expect(item).toBeVisible({ timeout: 2000 })
    }
    await item.click({ timeout: 2000 })
  }).toPass()
  await answered
}

/** Saves the grid's current view under a new name. */
export async function saveViewAs(page: Page, name: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: '另存为新视图' })
  // A click on the menu while it is still opening may be lost: open it again until the dialog shows.
  await expect(async () => {
    if (await dialog.isVisible()) return // a slow first try opened it after all
    if (!(await page.getByRole('menuitem', { name: /另存为新视图/ }).isVisible())) {
      await page.getByTestId('view-menu').click()
    }
    await page.getByRole('menuitem', { name: /另存为新视图/ }).click({ timeout: 2000 })
    await expect(dialog).toBeVisible({ timeout: 2000 })
  }).toPass()
  await dialog.getByLabel('视图名称').fill(name)
  await dialog.getByRole('button', { name: /保\s?存/ }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByTestId('view-menu')).toContainText(name)
}

/** Picks an option of an antd select by typing part of it (selects are searchable). */
export async function pick(page: Page, select: Locator, text: string, option: string | RegExp = text): Promise<void> {
  await select.click()
  await select.pressSequentially(text)
  await page.locator('.ant-select-dropdown:visible').getByTitle(option).first().click()
  // A multiple select stays open after a choice, over what comes next: close it (the select
  // takes the Escape; the dialog around it stays). A single select closes by itself, and an
  // Escape pressed while its list is still fading out would reach the dialog and close it.
  const multiple = await select.evaluate((el) => !!el.closest('.ant-select-multiple'))
  if (multiple && (await page.locator('.ant-select-dropdown:visible').count())) await select.press('Escape')
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0)
}

/** Types a date into an antd DatePicker. */
export async function typeDate(input: Locator, date: string): Promise<void> {
  await input.click()
  await input.fill(date)
  await input.press('Enter')
}

/**
 * A cell, scrolled into view first: the grid draws only the columns in view (column
 * virtualisation), so a cell to the right exists only once the grid has scrolled to it.
 */
export async function cell(page: Page, id: number, colId: string): Promise<Locator> {
  const target = gridCell(page, id, colId)
  await scrollUntil(page, target)
  return target
}

/** Double-clicks a text cell, types, Enter. */
export async function editCell(page: Page, id: number, colId: string, text: string): Promise<void> {
  // A click first: the grid scrolls a half-hidden cell fully into view, which would otherwise
  // move it between the two clicks of the double-click.
  await (await cell(page, id, colId)).click()
  await gridCell(page, id, colId).dblclick()
  const input = page.locator('.ag-cell-inline-editing input, .ag-popup-editor textarea').first()
  await input.fill(text)
  await input.press('Enter')
}

export { gridCell, gridRow }

/** Clicks a dialog's button until the dialog closes: a click while it is still opening can be lost. */
export async function clickUntilClosed(dialog: Locator, button: string | RegExp): Promise<void> {
  await expect(dialog).toBeVisible() // it may still be on its way (a count asked of main first)
  await expect(async () => {
    if (await dialog.isVisible()) await dialog.getByRole('button', { name: button }).click({ timeout: 2000 })
    await expect(dialog).toBeHidden({ timeout: 3000 })
  }).toPass()
}

/**
 * A restart: the session's working views are forgotten (after the last one is written: they
 * are kept a moment after each change) and the app is loaded afresh.
 */
export async function restart(page: Page, open: () => Promise<void>): Promise<void> {
  await page.waitForTimeout(500)
  await page.evaluate(() => sessionStorage.clear())
  await page.goto('about:blank')
  await open()
}

/** A page's entry in the sidebar, by its label (走访, not 走访计划; a count may follow). */
export function menuEntry(page: Page, label: string): Locator {
  return page.getByTestId('nav').getByRole('menuitem', entryName(label))
}

const entryName = (label: string) => ({ name: new RegExp(`\\s${label}(\\s.*)?$`) })

/** Opens a page from the sidebar, unfolding its group first when it is folded. */
export async function openFromMenu(page: Page, label: string): Promise<void> {
  const entry = menuEntry(page, label)
  if (!(await entry.isVisible())) {
    // The group is the folded submenu that holds the entry (folded entries stay in the page).
    const group = page
      .getByTestId('nav')
      .locator('li.ant-menu-submenu')
      .filter({ has: page.getByRole('menuitem', { ...entryName(label), includeHidden: true }) })
    await group.locator('> .ant-menu-submenu-title').click()
  }
  await entry.click()
}

/**
 * Picks the field to change in the 批量修改 dialog. The field list animates open and a click
 * during the animation can be lost, so it tries again until `ready` (the new value's input) shows.
 */
export async function chooseBulkField(page: Page, dialog: Locator, field: string, ready: Locator): Promise<void> {
  const option = page.locator('.ant-select-dropdown:visible').getByTitle(field, { exact: true })
  await expect(async () => {
    if (!(await option.count())) await dialog.getByLabel('要修改的字段').click()
    await option.click({ timeout: 2000 })
    await expect(ready).toBeVisible({ timeout: 2000 })
  }).toPass()
}

/**
 * Opens 企业名录 at a firm the quick search singles out and edits its 联系电话 in the cell
 * (double-click, type, Enter); waits until main stored it and the cell shows it.
 */
export async function editFirmPhone(app: LedgerApp, phone: string): Promise<Enterprise> {
  const { page, backend } = app
  const [{ firm, part }] = findableFirms(backend)
  await app.open('enterprise')
  await quickSearch(page, part)
  await editCell(page, firm.id, 'phone', phone)
  await expect.poll(() => enterprise(backend, firm.id)?.phone).toBe(phone)
  await expect(await cell(page, firm.id, 'phone')).toHaveText(phone)
  return firm
}
