/**
 * Every ledger page other than 企业名录 (which has its own specs), table-driven but each step
 * real: the grid counts what main counts; a record is added through the form (its relation
 * fields are searchable pickers), edited in its cell, found by quick search and deleted after
 * the confirmation; two rows are bulk-edited in one step; and a view is saved, outlives a
 * restart and is reapplied.
 */
import type { Locator, Page } from '@playwright/test'
import type { Backend } from '../../src/main/app/backend'
import { expect, gridRow, SCREENSHOTS, test } from './fixtures'
import {
  cell,
  chooseBulkField,
  chooseView,
  clickUntilClosed,
  editCell,
  expectRowCount,
  findableFirms,
  nextQuery,
  pick,
  quickSearch,
  restart,
  saveViewAs,
  shownIds,
  tick,
  toasts,
  typeDate,
} from './helpers'

test.use({ dataset: 'demo' })

type Rec = { id: number } & Record<string, unknown>
type LedgerName = keyof Backend['ledgers']

interface Case {
  ledger: LedgerName
  path: string
  /** The tab the grid is on, when the page has tabs. */
  tab?: string
  noun: string
  measure: string
  header: string
  /** Fills the add form; returns what identifies the new record. */
  create: (form: Locator, page: Page, backend: Backend) => Promise<(r: Rec) => boolean>
  created: Record<string, unknown>
  /** Quick search that finds the new record. */
  search: string
  /** An inline edit of the new record, and what it stores. */
  edit: (page: Page, id: number) => Promise<void>
  edited: Record<string, unknown>
  /** A field set on two rows at once, and what it stores. */
  bulk: { field: string; set: (dialog: Locator, page: Page) => Promise<void>; stored: Record<string, unknown> }
  /** A column to sort by, and one to hide, for the saved view. */
  view: { sort: { colId: string; header: string }; hide: string }
}

const all = (b: Backend, ledger: LedgerName) => b.ledgers[ledger].list() as Rec[]
const one = (b: Backend, ledger: LedgerName, id: number) => b.ledgers[ledger].find(id) as Rec | undefined

/** Picks an option of a select that does not search (an enum). */
async function choose(page: Page, select: Locator, option: string) {
  await select.click()
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click()
}

/** A firm chosen in an enterprise picker by typing part of its name. */
async function pickFirm(page: Page, select: Locator, backend: Backend, nth = 0) {
  const { firm, part } = findableFirms(backend)[nth]
  await pick(page, select, part, firm.name)
  return firm
}

/** Picks an option from a cell's select editor. */
async function editSelectCell(page: Page, id: number, colId: string, option: string) {
  await (await cell(page, id, colId)).click()
  await page.keyboard.press('Enter')
  await page.getByRole('option', { name: option, exact: true }).click()
}

const CASES: Case[] = [
  {
    ledger: 'building',
    path: 'building',
    noun: '楼宇',
    measure: '座楼宇',
    header: '楼掌柜',
    create: async (form, page) => {
      await form.getByLabel('楼宇名称').fill('测试科创大厦')
      await choose(page, form.getByLabel('权属'), '非国有')
      await pick(page, form.getByLabel('楼掌柜'), '俞洁艳')
      return (r) => r.name === '测试科创大厦'
    },
    created: { kind: '商务楼宇', ownership: '非国有', managerName: '俞洁艳' },
    search: '测试科创',
    edit: (page, id) => editCell(page, id, 'operator', '上海测试物业有限公司'),
    edited: { operator: '上海测试物业有限公司' },
    bulk: {
      field: '权属',
      set: (dialog, page) => choose(page, dialog.getByLabel('改为'), '国有'),
      stored: { ownership: '国有' },
    },
    view: { sort: { colId: 'enterpriseCount', header: '在楼企业(家)' }, hide: '地址' },
  },
  {
    ledger: 'staff',
    path: 'staff',
    noun: '人员',
    measure: '人',
    header: '角色',
    create: async (form, page) => {
      await form.getByLabel('姓名').fill('测试干部甲')
      await pick(page, form.getByLabel('科室'), '党政', '党政办公室')
      await pick(page, form.getByLabel('角色'), '楼掌柜')
      return (r) => r.name === '测试干部甲'
    },
    created: { departmentName: '党政办公室', roles: ['楼掌柜'] },
    search: '测试干部',
    edit: (page, id) => editCell(page, id, 'roles', '楼掌柜、营商服务专员'),
    edited: { roles: ['楼掌柜', '营商服务专员'] },
    bulk: {
      field: '科室',
      set: (dialog, page) => pick(page, dialog.getByLabel('改为'), '党建', '党建办公室'),
      stored: { departmentName: '党建办公室' },
    },
    view: { sort: { colId: 'name', header: '姓名' }, hide: '联系电话' },
  },
  {
    ledger: 'partner',
    path: 'partner',
    noun: '招商伙伴',
    measure: '家招商伙伴',
    header: '授牌日期',
    create: async (form) => {
      await form.getByLabel('合作伙伴名称').fill('上海测试招商服务有限公司')
      await form.getByLabel('类型').fill('招商中介')
      await typeDate(form.getByLabel('授牌日期'), '2023-05-18')
      return (r) => r.name === '上海测试招商服务有限公司'
    },
    created: { type: '招商中介', licensedOn: '2023-05-18' },
    search: '测试招商服务',
    edit: (page, id) => editCell(page, id, 'contact', '李四'),
    edited: { contact: '李四' },
    bulk: {
      field: '类型',
      set: (dialog) => dialog.getByLabel('改为').fill('园区运营方'),
      stored: { type: '园区运营方' },
    },
    view: { sort: { colId: 'licensedOn', header: '授牌日期' }, hide: '联系电话' },
  },
  {
    ledger: 'campaign',
    path: 'visit',
    tab: '走访活动',
    noun: '走访活动',
    measure: '次走访活动',
    header: '走访记录(条)',
    create: async (form, page) => {
      await form.getByLabel('活动名称').fill('2024年测试专项走访')
      await choose(page, form.getByLabel('类型'), '专项走访')
      await typeDate(form.getByLabel('开始日期'), '2024-03-10')
      // The schema's rule across fields speaks before anything is sent.
      await typeDate(form.getByLabel('结束日期'), '2024-03-01')
      await form.getByRole('button', { name: /保\s?存/ }).click()
      await expect(form.locator('.ant-form-item-explain-error')).toContainText('结束日期不能早于开始日期')
      await typeDate(form.getByLabel('结束日期'), '2024-03-31')
      return (r) => r.name === '2024年测试专项走访'
    },
    created: { kind: '专项走访', startOn: '2024-03-10', endOn: '2024-03-31' },
    search: '测试专项',
    edit: (page, id) => editCell(page, id, 'name', '2024年测试专项走访(春季)'),
    edited: { name: '2024年测试专项走访(春季)' },
    bulk: {
      field: '类型',
      set: (dialog, page) => choose(page, dialog.getByLabel('改为'), '主题月'),
      stored: { kind: '主题月' },
    },
    view: { sort: { colId: 'name', header: '活动名称' }, hide: '结束日期' },
  },
  {
    ledger: 'visit',
    path: 'visit',
    noun: '走访记录',
    measure: '条走访记录',
    header: '走访日期',
    create: async (form, page, backend) => {
      const firm = await pickFirm(page, form.getByLabel('企业'), backend)
      await pick(page, form.getByLabel('走访人'), '俞洁艳')
      await pick(page, form.getByLabel('走访人'), '刘俊文')
      await form.getByLabel('走访情况').fill('测试走访:了解企业用工需求')
      return (r) => r.enterpriseId === firm.id && r.summary === '测试走访:了解企业用工需求'
    },
    created: { form: '上门走访', visitorNames: '俞洁艳、刘俊文' },
    search: '',
    edit: (page, id) => editSelectCell(page, id, 'form', '座谈会'),
    edited: { form: '座谈会' },
    bulk: {
      field: '走访形式',
      set: (dialog, page) => choose(page, dialog.getByLabel('改为'), '电话回访'),
      stored: { form: '电话回访' },
    },
    view: { sort: { colId: 'enterpriseName', header: '企业' }, hide: '统一社会信用代码' },
  },
  {
    ledger: 'request',
    path: 'request',
    noun: '诉求',
    measure: '件诉求',
    header: '办理状态',
    create: async (form, page, backend) => {
      await pickFirm(page, form.getByLabel('企业'), backend, 1)
      await pick(page, form.getByLabel('诉求类别'), '融资', '融资需求')
      await form.getByLabel('诉求内容').fill('测试诉求:希望对接银行信贷产品')
      return (r) => r.content === '测试诉求:希望对接银行信贷产品'
    },
    created: { status: '受理', categoryName: '融资需求' },
    search: '对接银行信贷',
    edit: (page, id) => editSelectCell(page, id, 'status', '办理中'),
    edited: { status: '办理中' },
    bulk: {
      field: '承办单位',
      set: (dialog, page) => pick(page, dialog.getByLabel('改为'), '区人社', '区人社局'),
      stored: { handlingUnitName: '区人社局' },
    },
    view: { sort: { colId: 'dueOn', header: '办理时限' }, hide: '办理情况' },
  },
  {
    ledger: 'rentRelief',
    path: 'rent-relief',
    noun: '房租减免记录',
    measure: '条房租减免记录',
    header: '减免金额(元)',
    create: async (form, page) => {
      await form.getByLabel('承租方').fill('四平路测试便利店')
      await pick(page, form.getByLabel('楼宇'), '紫荆', '紫荆广场')
      await form.getByLabel('减免金额(元)').fill('12345.6')
      return (r) => r.tenantName === '四平路测试便利店'
    },
    created: { buildingName: '紫荆广场', amount: 12345.6, enterpriseId: null },
    search: '测试便利店',
    edit: (page, id) => editCell(page, id, 'batch', '2024年第一批'),
    edited: { batch: '2024年第一批' },
    bulk: {
      field: '政策批次',
      set: (dialog) => dialog.getByLabel('改为').fill('2022年疫情减免(复核)'),
      stored: { batch: '2022年疫情减免(复核)' },
    },
    view: { sort: { colId: 'amount', header: '减免金额(元)' }, hide: '运营方' },
  },
  {
    ledger: 'event',
    path: 'event',
    noun: '活动',
    measure: '场活动',
    header: '活动主题',
    create: async (form, page, backend) => {
      await form.getByLabel('活动主题').fill('测试政策宣讲会')
      await choose(page, form.getByLabel('活动类型'), '政策宣讲会')
      await pickFirm(page, form.getByLabel('参加企业'), backend, 0)
      await pickFirm(page, form.getByLabel('参加企业'), backend, 1)
      return (r) => r.theme === '测试政策宣讲会'
    },
    created: { kind: '政策宣讲会', attendeeCount: 2 },
    search: '测试政策宣讲',
    edit: (page, id) => editCell(page, id, 'organiser', '四平路街道营商办'),
    edited: { organiser: '四平路街道营商办' },
    bulk: {
      field: '活动类型',
      set: (dialog, page) => choose(page, dialog.getByLabel('改为'), '茶话会'),
      stored: { kind: '茶话会' },
    },
    view: { sort: { colId: 'theme', header: '活动主题' }, hide: '地点' },
  },
  {
    ledger: 'organisation',
    path: 'organisation',
    noun: '联盟商会',
    measure: '个联盟商会',
    header: '成员企业(家)',
    create: async (form, page, backend) => {
      await form.getByLabel('名称').fill('测试数字经济联盟')
      await choose(page, form.getByLabel('类型'), '联盟')
      await pickFirm(page, form.getByLabel('成员企业'), backend, 2)
      return (r) => r.name === '测试数字经济联盟'
    },
    created: { kind: '联盟', memberCount: 1 },
    search: '测试数字经济',
    edit: (page, id) => editCell(page, id, 'name', '测试数字经济联盟(筹)'),
    edited: { name: '测试数字经济联盟(筹)' },
    bulk: {
      field: '类型',
      set: (dialog, page) => choose(page, dialog.getByLabel('改为'), '其他'),
      stored: { kind: '其他' },
    },
    view: { sort: { colId: 'memberCount', header: '成员企业(家)' }, hide: '类型' },
  },
  {
    ledger: 'servicePoint',
    path: 'service-point',
    noun: '服务站点',
    measure: '个服务站点',
    header: '站点名称',
    create: async (form) => {
      await form.getByLabel('站点名称').fill('测试党群服务站')
      await form.getByLabel('地址').fill('四平路1000号')
      return (r) => r.name === '测试党群服务站'
    },
    created: { address: '四平路1000号' },
    search: '测试党群',
    edit: (page, id) => editCell(page, id, 'address', '四平路1001号'),
    edited: { address: '四平路1001号' },
    bulk: {
      field: '类型',
      set: (dialog) => dialog.getByLabel('改为').fill('党群服务站'),
      stored: { kind: '党群服务站' },
    },
    view: { sort: { colId: 'name', header: '站点名称' }, hide: '地址' },
  },
  {
    ledger: 'dictionary',
    path: 'dictionary',
    noun: '字典项',
    measure: '项字典项',
    header: '使用次数',
    create: async (form, page) => {
      await choose(page, form.getByLabel('字典类型'), '行业')
      await form.getByLabel('名称').fill('测试低空经济')
      return (r) => r.name === '测试低空经济'
    },
    created: { kind: 'industry' },
    search: '测试低空',
    edit: (page, id) => editCell(page, id, 'sortOrder', '999'),
    edited: { sortOrder: 999 },
    bulk: {
      field: '排序',
      set: (dialog) => dialog.getByLabel('改为').fill('5'),
      stored: { sortOrder: 5 },
    },
    view: { sort: { colId: 'name', header: '名称' }, hide: '办理时限(天)' },
  },
]

async function openLedger(page: Page, open: (route: string) => Promise<void>, c: Case) {
  await open(c.path)
  if (c.tab) await page.getByRole('tab', { name: c.tab }).click()
  await expect(page.getByTestId(`ledger-${c.ledger}`).getByTestId('row-count')).toContainText('共')
}

for (const c of CASES) {
  test(`${c.noun}: add, edit, find, delete, bulk edit and a saved view`, async ({ app }) => {
    const { page, backend } = app
    const count = () => backend.ledgers[c.ledger].count()
    const before = count()
    await openLedger(page, app.open, c)
    await expectRowCount(page, before)
    await expect(page.getByRole('columnheader', { name: c.header, exact: true })).toBeVisible()

    // Add.
    await page.getByRole('button', { name: `新增${c.noun}` }).click()
    const form = page.getByRole('dialog', { name: `新增${c.noun}` })
    await expect(form).toBeVisible()
    const isNew = await c.create(form, page, backend)
    await clickUntilClosed(form, /保\s?存/)
    await expect(toasts(page).filter({ hasText: '已新增' })).toBeVisible()
    const created = all(backend, c.ledger).find(isNew)!
    expect(created).toMatchObject(c.created)
    expect(count()).toBe(before + 1)
    await expectRowCount(page, before + 1)

    // Find it and edit it in its cell.
    const search = c.search || String(created.enterpriseName ?? '')
    await quickSearch(page, search)
    await expect(gridRow(page, created.id).first()).toBeVisible()
    await c.edit(page, created.id)
    await expect.poll(() => one(backend, c.ledger, created.id)).toMatchObject(c.edited)

    // Delete it after the confirmation.
    await (await cell(page, created.id, c.view.sort.colId)).click()
    await page.getByRole('button', { name: /删\s?除/ }).click()
    const confirm = page.getByRole('dialog').filter({ hasText: `删除${c.noun}` })
    await expect(confirm.getByTestId('delete-confirm')).toBeVisible()
    await clickUntilClosed(confirm, /删\s?除/)
    await expect(gridRow(page, created.id)).toHaveCount(0)
    expect(one(backend, c.ledger, created.id)).toBeUndefined()
    expect(count()).toBe(before)

    // Bulk edit: two ticked rows, one field.
    await quickSearch(page, '')
    const [a, b, untouched] = await shownIds(page, 3)
    const untouchedBefore = one(backend, c.ledger, untouched)
    await tick(page, a)
    await tick(page, b)
    await page.getByTestId('bulk-button').click()
    const dialog = page.getByRole('dialog', { name: `批量修改${c.noun}` })
    await chooseBulkField(page, dialog, c.bulk.field, dialog.getByText('改为', { exact: true }))
    await c.bulk.set(dialog, page)
    await dialog.getByRole('button', { name: `确认修改 2 ${c.measure}` }).click()
    await expect(toasts(page).filter({ hasText: `已修改 2 ${c.measure}` })).toBeVisible()
    for (const id of [a, b]) expect(one(backend, c.ledger, id)).toMatchObject(c.bulk.stored)
    expect(one(backend, c.ledger, untouched)).toEqual(untouchedBefore)

    // A view: sorted by one column, without another; saved, then reapplied after a restart.
    const header = page.getByRole('columnheader', { name: c.view.sort.header, exact: true })
    const answered = nextQuery(page)
    await header.locator('.ag-header-cell-label').click()
    await answered
    await page.getByTestId('column-chooser-button').click()
    await page.getByTestId('column-chooser').getByRole('checkbox', { name: c.view.hide, exact: true }).uncheck()
    await page.keyboard.press('Escape')
    await expect(page.getByRole('columnheader', { name: c.view.hide, exact: true })).toHaveCount(0)
    const name = `我的${c.noun}视图`
    await saveViewAs(page, name)
    expect(backend.views.list(c.ledger).map((v) => v.name)).toEqual([name])

    await restart(page, () => openLedger(page, app.open, c))
    await expect(page.getByRole('columnheader', { name: c.view.hide, exact: true })).toBeVisible()
    await chooseView(page, name)
    await expect(page.getByRole('columnheader', { name: c.view.hide, exact: true })).toHaveCount(0)
    await expect(header).toHaveAttribute('aria-sort', 'ascending')
    await page.screenshot({ path: `${SCREENSHOTS}/ledger-${c.path}${c.tab ? '-tab' : ''}.png`, animations: 'disabled' })
  })
}
