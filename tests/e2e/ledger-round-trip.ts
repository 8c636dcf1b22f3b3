/**
 * A ledger page taken through what a user does with it, each step real: the grid counts what
 * main counts; a record is added through the form, found by quick search, edited in its cell
 * and deleted after the confirmation; two rows are bulk-edited in one step; a view is saved,
 * outlives a restart and is reapplied. ledgers.spec.ts holds the cases, one a ledger.
 */
import type { Locator, Page } from '@playwright/test'
import { isDeepStrictEqual } from 'node:util'
import type { Backend } from '../../src/main/app/backend'
import { expect, gridRow, SCREENSHOTS, type LedgerApp } from './fixtures'
// One namespace: the steps below read as what they drive (ui.tick, ui.saveViewAs).
import * as ui from './helpers'

export type LedgerName = keyof Backend['ledgers']
/** Field values a record holds, as main lists it. */
export type Stored = Record<string, unknown>
type Rec = { id: number } & Stored

/** A change made on the page, and what main then stores. */
export interface Change<Act> {
  act: Act
  stored: Stored
}

export interface LedgerCase {
  /** The grid: its ledger, its route when not the ledger's (and the tab it is on), its noun, how its rows are counted. */
  grid: { ledger: LedgerName; path?: string; tab?: string; noun: string; measure: string }
  /**
   * Fills the add form; returns what the new record then holds, which is how it is told from
   * the others, its first value what the quick search finds it by (a name, a firm's name).
   */
  create: (form: Locator, page: Page, backend: Backend) => Promise<Stored>
  /** An inline edit of the new record. */
  edit: Change<(page: Page, id: number) => Promise<void>>
  /** A field set on two rows at once: its name in the field list, and how the new value is given. */
  bulk: Change<(dialog: Locator, page: Page) => Promise<void>> & { field: string }
  /** The saved view: sorted by one column (colId and header), without another. */
  view: { sort: [colId: string, header: string]; hide: string }
}

/** The route of a ledger's page: its name in kebab case (rentRelief → rent-relief) unless the case says. */
const routeOf = (c: LedgerCase) => c.grid.path ?? c.grid.ledger.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`)

async function openGrid(app: LedgerApp, c: LedgerCase) {
  await app.open(routeOf(c))
  if (c.grid.tab) await app.page.getByRole('tab', { name: c.grid.tab }).click()
  await expect(app.page.getByTestId(`ledger-${c.grid.ledger}`).getByTestId('row-count')).toContainText('共')
}

export async function ledgerRoundTrip(app: LedgerApp, c: LedgerCase): Promise<void> {
  const { page, backend } = app
  const { ledger, noun, measure } = c.grid
  const all = () => backend.ledgers[ledger].list() as Rec[]
  const one = (id: number) => backend.ledgers[ledger].find(id) as Rec | undefined
  const count = () => backend.ledgers[ledger].count()
  const [sortCol, sortHeader] = c.view.sort
  const before = count()
  await openGrid(app, c)
  await ui.expectRowCount(page, before)
  await expect(page.getByRole('columnheader', { name: sortHeader, exact: true })).toBeVisible()

  // Add.
  await page.getByRole('button', { name: `新增${noun}` }).click()
  const form = page.getByRole('dialog', { name: `新增${noun}` })
  await expect(form).toBeVisible()
  const holds = await c.create(form, page, backend)
  await ui.clickUntilClosed(form, /保\s?存/)
  await expect(ui.toasts(page).filter({ hasText: '已新增' })).toBeVisible()
  expect(all()).toContainEqual(expect.objectContaining(holds))
  const created = all().find((r) => Object.entries(holds).every(([k, v]) => isDeepStrictEqual(r[k], v)))!
  expect(count()).toBe(before + 1)
  await ui.expectRowCount(page, before + 1)

  // Find it and edit it in its cell.
  await ui.quickSearch(page, String(Object.values(holds)[0]))
  await expect(gridRow(page, created.id).first()).toBeVisible()
  await c.edit.act(page, created.id)
  await expect.poll(() => one(created.id)).toMatchObject(c.edit.stored)

  // Delete it after the confirmation.
  await (await ui.cell(page, created.id, sortCol)).click()
  await page.getByRole('button', { name: /删\s?除/ }).click()
  const confirm = page.getByRole('dialog').filter({ hasText: `删除${noun}` })
  await expect(confirm.getByTestId('delete-confirm')).toBeVisible()
  await ui.clickUntilClosed(confirm, /删\s?除/)
  await expect(gridRow(page, created.id)).toHaveCount(0)
  expect(one(created.id)).toBeUndefined()
  expect(count()).toBe(before)

  // Bulk edit: two ticked rows, one field.
  await ui.quickSearch(page, '')
  const [a, b, untouched] = await ui.shownIds(page, 3)
  const untouchedBefore = one(untouched)
  await ui.tick(page, a)
  await ui.tick(page, b)
  await page.getByTestId('bulk-button').click()
  const dialog = page.getByRole('dialog', { name: `批量修改${noun}` })
  await ui.chooseBulkField(page, dialog, c.bulk.field, dialog.getByText('改为', { exact: true }))
  await c.bulk.act(dialog, page)
  await dialog.getByRole('button', { name: `确认修改 2 ${measure}` }).click()
  await expect(ui.toasts(page).filter({ hasText: `已修改 2 ${measure}` })).toBeVisible()
  for (const id of [a, b]) expect(one(id)).toMatchObject(c.bulk.stored)
  expect(one(untouched)).toEqual(untouchedBefore)

  // A view: sorted by one column, without another; saved, then reapplied after a restart.
  await ui.sortBy(page, sortHeader)
  await ui.hideColumn(page, c.view.hide)
  const name = `我的${noun}视图`
  await ui.saveViewAs(page, name)
  expect(backend.views.list(ledger).map((v) => v.name)).toEqual([name])

  await ui.restart(page, () => openGrid(app, c))
  const hidden = page.getByRole('columnheader', { name: c.view.hide, exact: true })
  await expect(hidden).toBeVisible()
  await ui.chooseView(page, name)
  await expect(hidden).toHaveCount(0)
  await expect(page.getByRole('columnheader', { name: sortHeader, exact: true })).toHaveAttribute(
    'aria-sort',
    'ascending',
  )
  const shot = `ledger-${routeOf(c)}${c.grid.tab ? '-tab' : ''}.png`
  await page.screenshot({ path: `${SCREENSHOTS}/${shot}`, animations: 'disabled' })
}
