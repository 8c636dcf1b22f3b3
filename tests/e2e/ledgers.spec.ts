/**
 * Every ledger page other than 企业名录 (which has its own specs), taken through one round
 * (ledger-round-trip.ts): a table of cases, one a ledger, each saying only what differs: how
 * the add form is filled (relation fields are searchable pickers) and what it stores, the
 * search that finds the new record, a cell edit, a bulk edit and a view.
 */
import type { Locator, Page } from '@playwright/test'
import type { Backend } from '../../src/main/app/backend'
import { expect, test } from './fixtures'
import { cell, editCell, findableFirms, formError, pick, typeDate } from './helpers'
import { ledgerRoundTrip, type Change, type LedgerCase, type Stored } from './ledger-round-trip'

test.use({ dataset: 'demo' })

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

type CellEdit = LedgerCase['edit']
type BulkEdit = LedgerCase['bulk']
const only = (stored: Stored) => Object.values(stored)[0]
const asTyped = (v: unknown) => (Array.isArray(v) ? v.join('、') : String(v))

/** A text cell typed into (a list as its items joined by 、). */
const typed = (colId: string, value: unknown): CellEdit => ({
  act: (page, id) => editCell(page, id, colId, asTyped(value)),
  stored: { [colId]: value },
})

/** An option picked in a cell's select editor. */
const selected = (colId: string, option: string): CellEdit => ({
  act: async (page, id) => {
    await (await cell(page, id, colId)).click()
    await page.keyboard.press('Enter')
    await page.getByRole('option', { name: option, exact: true }).click()
  },
  stored: { [colId]: option },
})

/** 批量修改: the new value typed, chosen from an enum, or picked by typing part of it. */
const bulkTyped = (field: string, stored: Stored): BulkEdit => bulk(field, stored, (d) => d.fill(asTyped(only(stored))))
const bulkChosen = (field: string, stored: Stored): BulkEdit =>
  bulk(field, stored, (d, page) => choose(page, d, String(only(stored))))
const bulkPicked = (field: string, part: string, stored: Stored): BulkEdit =>
  bulk(field, stored, (d, page) => pick(page, d, part, String(only(stored))))
function bulk(field: string, stored: Stored, give: (input: Locator, page: Page) => Promise<void>): BulkEdit {
  const act: Change<BulkEdit['act']>['act'] = (dialog, page) => give(dialog.getByLabel('改为'), page)
  return { field, act, stored }
}

const CASES: LedgerCase[] = [
  {
    grid: { ledger: 'building', noun: '楼宇', measure: '座楼宇' },
    create: async (form, page) => {
      await form.getByLabel('楼宇名称').fill('测试科创大厦')
      await choose(page, form.getByLabel('权属'), '非国有')
      await pick(page, form.getByLabel('楼掌柜'), '俞洁艳')
      return { name: '测试科创大厦', kind: '商务楼宇', ownership: '非国有', managerName: '俞洁艳' }
    },
    edit: typed('operator', '上海测试物业有限公司'),
    bulk: bulkChosen('权属', { ownership: '国有' }),
    view: { sort: ['enterpriseCount', '在楼企业(家)'], hide: '地址' },
  },
  {
    grid: { ledger: 'staff', noun: '人员', measure: '人' },
    create: async (form, page) => {
      await form.getByLabel('姓名').fill('测试干部甲')
      await pick(page, form.getByLabel('科室'), '党政', '党政办公室')
      await pick(page, form.getByLabel('角色'), '楼掌柜')
      return { name: '测试干部甲', departmentName: '党政办公室', roles: ['楼掌柜'] }
    },
    edit: typed('roles', ['楼掌柜', '营商服务专员']),
    bulk: bulkPicked('科室', '党建', { departmentName: '党建办公室' }),
    view: { sort: ['name', '姓名'], hide: '联系电话' },
  },
  {
    grid: { ledger: 'partner', noun: '招商伙伴', measure: '家招商伙伴' },
    create: async (form) => {
      await form.getByLabel('合作伙伴名称').fill('上海测试招商服务有限公司')
      await form.getByLabel('类型').fill('招商中介')
      await typeDate(form.getByLabel('授牌日期'), '2023-05-18')
      return { name: '上海测试招商服务有限公司', type: '招商中介', licensedOn: '2023-05-18' }
    },
    edit: typed('contact', '李四'),
    bulk: bulkTyped('类型', { type: '园区运营方' }),
    view: { sort: ['licensedOn', '授牌日期'], hide: '联系电话' },
  },
  {
    grid: { ledger: 'campaign', path: 'visit', tab: '走访活动', noun: '走访活动', measure: '次走访活动' },
    create: async (form, page) => {
      await form.getByLabel('活动名称').fill('2024年测试专项走访')
      await choose(page, form.getByLabel('类型'), '专项走访')
      await typeDate(form.getByLabel('开始日期'), '2024-03-10')
      // The schema's rule across fields speaks before anything is sent.
      await typeDate(form.getByLabel('结束日期'), '2024-03-01')
      await form.getByRole('button', { name: /保\s?存/ }).click()
      await expect(formError(form, '结束日期不能早于开始日期')).toBeVisible()
      await typeDate(form.getByLabel('结束日期'), '2024-03-31')
      return { name: '2024年测试专项走访', kind: '专项走访', startOn: '2024-03-10', endOn: '2024-03-31' }
    },
    edit: typed('name', '2024年测试专项走访(春季)'),
    bulk: bulkChosen('类型', { kind: '主题月' }),
    view: { sort: ['name', '活动名称'], hide: '结束日期' },
  },
  {
    grid: { ledger: 'visit', noun: '走访记录', measure: '条走访记录' },
    create: async (form, page, backend) => {
      const firm = await pickFirm(page, form.getByLabel('企业'), backend)
      await pick(page, form.getByLabel('走访人'), '俞洁艳')
      await pick(page, form.getByLabel('走访人'), '刘俊文')
      await form.getByLabel('走访情况').fill('测试走访:了解企业用工需求')
      return {
        enterpriseId: firm.id,
        summary: '测试走访:了解企业用工需求',
        form: '上门走访',
        visitorNames: '俞洁艳、刘俊文',
      }
    },
    edit: selected('form', '座谈会'),
    bulk: bulkChosen('走访形式', { form: '电话回访' }),
    view: { sort: ['enterpriseName', '企业'], hide: '统一社会信用代码' },
  },
  {
    grid: { ledger: 'request', noun: '诉求', measure: '件诉求' },
    create: async (form, page, backend) => {
      await pickFirm(page, form.getByLabel('企业'), backend, 1)
      await pick(page, form.getByLabel('诉求类别'), '融资', '融资需求')
      await form.getByLabel('诉求内容').fill('测试诉求:希望对接银行信贷产品')
      return { content: '测试诉求:希望对接银行信贷产品', status: '受理', categoryName: '融资需求' }
    },
    edit: selected('status', '办理中'),
    bulk: bulkPicked('承办单位', '区人社', { handlingUnitName: '区人社局' }),
    view: { sort: ['dueOn', '办理时限'], hide: '办理情况' },
  },
  {
    grid: { ledger: 'rentRelief', noun: '房租减免记录', measure: '条房租减免记录' },
    create: async (form, page) => {
      await form.getByLabel('承租方').fill('四平路测试便利店')
      await pick(page, form.getByLabel('楼宇'), '紫荆', '紫荆广场')
      await form.getByLabel('减免金额(元)').fill('12345.6')
      return { tenantName: '四平路测试便利店', buildingName: '紫荆广场', amount: 12345.6, enterpriseId: null }
    },
    edit: typed('batch', '2024年第一批'),
    bulk: bulkTyped('政策批次', { batch: '2022年疫情减免(复核)' }),
    view: { sort: ['amount', '减免金额(元)'], hide: '运营方' },
  },
  {
    grid: { ledger: 'event', noun: '活动', measure: '场活动' },
    create: async (form, page, backend) => {
      await form.getByLabel('活动主题').fill('测试政策宣讲会')
      await choose(page, form.getByLabel('活动类型'), '政策宣讲会')
      await form.getByLabel('地点').fill('四平路街道党群服务中心')
      await pickFirm(page, form.getByLabel('参加企业'), backend, 0)
      await pickFirm(page, form.getByLabel('参加企业'), backend, 1)
      return { theme: '测试政策宣讲会', kind: '政策宣讲会', location: '四平路街道党群服务中心', attendeeCount: 2 }
    },
    edit: typed('organiser', '四平路街道营商办'),
    bulk: bulkChosen('活动类型', { kind: '茶话会' }),
    view: { sort: ['theme', '活动主题'], hide: '地点' },
  },
  {
    grid: { ledger: 'organisation', noun: '联盟商会', measure: '个联盟商会' },
    create: async (form, page, backend) => {
      await choose(page, form.getByLabel('类型'), '联盟')
      await form.getByLabel('名称').fill('测试数字经济联盟')
      await pickFirm(page, form.getByLabel('成员企业'), backend, 2)
      return { name: '测试数字经济联盟', kind: '联盟', memberCount: 1 }
    },
    edit: typed('name', '测试数字经济联盟(筹)'),
    bulk: bulkChosen('类型', { kind: '其他' }),
    view: { sort: ['memberCount', '成员企业(家)'], hide: '类型' },
  },
  {
    grid: { ledger: 'servicePoint', noun: '服务站点', measure: '个服务站点' },
    create: async (form) => {
      await form.getByLabel('站点名称').fill('测试党群服务站')
      await form.getByLabel('地址').fill('四平路1000号')
      return { name: '测试党群服务站', address: '四平路1000号' }
    },
    edit: typed('address', '四平路1001号'),
    bulk: bulkTyped('类型', { kind: '党群服务站' }),
    view: { sort: ['name', '站点名称'], hide: '地址' },
  },
  {
    grid: { ledger: 'dictionary', noun: '字典项', measure: '项字典项' },
    create: async (form, page) => {
      await choose(page, form.getByLabel('字典类型'), '行业')
      await form.getByLabel('名称').fill('测试低空经济')
      return { name: '测试低空经济', kind: 'industry' }
    },
    edit: typed('sortOrder', 999),
    bulk: bulkTyped('排序', { sortOrder: 5 }),
    view: { sort: ['name', '名称'], hide: '办理时限(天)' },
  },
]

for (const c of CASES) {
  test(`${c.grid.noun}: add, edit, find, delete, bulk edit and a saved view`, ({ app }) => ledgerRoundTrip(app, c))
}
