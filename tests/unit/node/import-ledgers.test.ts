/**
 * The other ledgers: visits (several rows, one visit, one request per row), requests, rent
 * reliefs (a shop kept by name), buildings, staff, partners and events, each linked to what it
 * names and each unchanged by a second import of the same file.
 */
import { rmSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { runImport } from '../../../src/main/import/run'
import type { Backend } from '../../../src/main/app/backend'
import { memoryBackend } from '../../support/ledger'
import { code, scratch, writeCsv, writeSheet, writeXlsx } from '../../fixtures/workbooks'

const file = scratch()
afterAll(() => rmSync(file.dir, { recursive: true, force: true }))

function firms(b: Backend) {
  b.ledgers.enterprise.create({ name: '上海紫荆建筑设计有限公司', creditCode: code(1) })
  b.ledgers.enterprise.create({ name: '上海旭辉智能科技有限公司', creditCode: code(2) })
  b.ledgers.enterprise.create({ name: '上海中天软件有限公司' })
}

async function twice(b: Backend, path: string, kind: Parameters<typeof runImport>[1]['kind']) {
  const first = await runImport(b, { path, kind })
  const second = await runImport(b, { path, kind })
  expect(second).toMatchObject({ inserted: 0, updated: 0 })
  expect(second.errors.map((e) => e.row)).toEqual(first.errors.map((e) => e.row))
  expect(second.unchanged).toBe(first.inserted + first.updated + first.unchanged)
  if (kind === 'visits') expect(second.requestsInserted).toBe(0)
  return first
}

describe('visits', () => {
  it('links by credit code else by name; splits visitors; blank firm and date below a visit continue it', async () => {
    const path = file('visits.csv')
    writeCsv(path, [
      [
        '统一社会信用代码',
        '企业名称',
        '走访日期',
        '走访形式',
        '走访人',
        '诉求内容',
        '诉求类别',
        '承办单位',
        '办理状态',
        '办理情况',
      ],
      [
        code(1),
        '(名称写错也无妨)',
        '2023-07-05',
        '上门',
        '王建国、李四',
        '停车难',
        '其他',
        '街道城管科',
        '已办结',
        '已协调',
      ],
      [null, null, null, null, null, '招聘难', '人才招聘', '区人社局', '办理中', null],
      [null, '上海旭辉智能科技有限公司', '2023/7/6', '座谈', '张三,王建国/赵六', null, null, null, null, null],
      [null, '上海中天软件有限公司', '2023年7月7日', '电话', '李四 张三', '融资', '融资需求', null, null, null],
      [null, '不在名录的公司', '2023-07-08', null, '李四', '问题', null, null, null, null],
      [code(1), null, '2023-07-05', null, null, null, null, null, null, null],
    ])
    const b = memoryBackend()
    firms(b)
    const r = await twice(b, path, 'visits')
    expect(r).toMatchObject({ rowsRead: 6, inserted: 3, requestsInserted: 3 })
    expect(r.created).toEqual({
      人员: ['王建国', '李四', '张三', '赵六'],
      诉求类别: ['其他', '人才招聘', '融资需求'],
      承办单位: ['街道城管科', '区人社局'],
    })
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([
      [6, '企业名称'],
      [7, '统一社会信用代码'],
    ])
    expect(r.errors[0].message).toContain('不在企业名录中')
    expect(r.errors[1].message).toContain('与第2行的走访重复')
    const visits = b.ledgers.visit.list()
    expect(
      visits.map((v) => [v.creditCode, v.enterpriseName, v.visitedOn, v.form, v.visitorNames, v.requestCount]),
    ).toEqual([
      [code(1), '上海紫荆建筑设计有限公司', '2023-07-05', '上门走访', '王建国、李四', 2],
      [code(2), '上海旭辉智能科技有限公司', '2023-07-06', '座谈会', '王建国、张三、赵六', 0],
      [null, '上海中天软件有限公司', '2023-07-07', '电话回访', '李四、张三', 1],
    ])
    const requests = b.ledgers.request.list()
    expect(requests.map((q) => [q.content, q.handlingUnitName, q.status, q.receivedOn, q.visitId])).toEqual([
      ['停车难', '街道城管科', '已办结', '2023-07-05', 1],
      ['招聘难', '区人社局', '办理中', '2023-07-05', 1],
      ['融资', null, '受理', '2023-07-07', 3],
    ])
  })

  it('refuses a bad request row alone, keeping its visit and the other requests', async () => {
    const path = await writeSheet(file('visit-bad-request.xlsx'), '走访', [
      ['企业名称', '走访日期', '诉求内容', '办理情况', '办结日期'],
      ['上海中天软件有限公司', '2023-07-05', '诉求一', '已答复', '2023-07-01'],
      [null, null, '诉求二', '已解决', '2023-07-10'],
    ])
    const b = memoryBackend()
    firms(b)
    const r = await runImport(b, { path, kind: 'visits' })
    expect(r).toMatchObject({ inserted: 1, requestsInserted: 1 })
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([[2, '办结日期']]) // 办结日期 says it was closed
    expect(r.errors[0].message).toContain('不能早于受理日期')
  })

  it('refuses the rows below a refused visit with it, crediting none of them to the visit above', async () => {
    const path = await writeSheet(file('visit-refused.xlsx'), '走访', [
      ['企业名称', '走访日期', '走访人员', '企业诉求'],
      ['上海甲设计有限公司', '2023/12/5', '张三', '希望协调停车位'],
      ['上海乙智能科技有限公司', '2023/12/32', '王五', '融资需求500万'],
      [null, null, '赵六', '咨询人才公寓政策'],
    ])
    const b = memoryBackend()
    b.ledgers.enterprise.create({ name: '上海甲设计有限公司' })
    b.ledgers.enterprise.create({ name: '上海乙智能科技有限公司' })
    const r = await twice(b, path, 'visits')
    expect(r).toMatchObject({ rowsRead: 3, inserted: 1, requestsInserted: 1 })
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([
      [3, '走访日期'],
      [4, '企业名称'],
    ])
    expect(r.errors[0].message).toContain('“2023/12/32”不是有效日期')
    expect(r.errors[1].message).toContain('所属的第3行走访未能导入,本行一并未导入')
    expect(b.ledgers.visit.list().map((v) => [v.enterpriseName, v.visitedOn, v.visitorNames, v.requestCount])).toEqual([
      ['上海甲设计有限公司', '2023-12-05', '张三', 1],
    ])
    expect(b.ledgers.request.list().map((q) => [q.content, q.visitId])).toEqual([['希望协调停车位', 1]])
    expect(b.ledgers.staff.list().map((s) => s.name)).toEqual(['张三'])
  })

  it('keeps a visit whose request cells cannot be read, refusing only that request', async () => {
    const path = await writeSheet(file('visit-bad-request-cells.xlsx'), '走访', [
      ['企业名称', '走访日期', '走访人员', '走访内容', '企业诉求', '办理状态', '办结时间'],
      ['上海甲设计有限公司', '2023/12/5', '张三', '了解经营情况', '希望协调停车位', '待定', null],
      [null, null, '李四', null, '咨询人才公寓政策', '办理中', null],
      ['上海乙智能科技有限公司', '2023/12/6', '王五', '座谈', '融资需求', '已办结', '2023/13/01'],
    ])
    const b = memoryBackend()
    b.ledgers.enterprise.create({ name: '上海甲设计有限公司' })
    b.ledgers.enterprise.create({ name: '上海乙智能科技有限公司' })
    const r = await twice(b, path, 'visits')
    expect(r).toMatchObject({ rowsRead: 3, inserted: 2, requestsInserted: 1 })
    expect(r.errors.map((e) => [e.row, e.column, e.value])).toEqual([
      [2, '办理状态', '待定'],
      [4, '办结时间', '2023/13/01'],
    ])
    expect(r.errors[0].message).toContain('“待定”应为 受理、')
    expect(r.errors[1].message).toContain('“2023/13/01”不是有效日期')
    expect(
      b.ledgers.visit.list().map((v) => [v.enterpriseName, v.visitedOn, v.visitorNames, v.summary, v.requestCount]),
    ).toEqual([
      ['上海甲设计有限公司', '2023-12-05', '张三、李四', '了解经营情况', 1],
      ['上海乙智能科技有限公司', '2023-12-06', '王五', '座谈', 0],
    ])
    expect(b.ledgers.request.list().map((q) => [q.content, q.status, q.closedOn, q.visitId])).toEqual([
      ['咨询人才公寓政策', '办理中', null, 1],
    ])
  })

  it('continues a visit when only its firm or only its date is merged down or written once', async () => {
    const header = ['企业名称', '走访日期', '走访人员', '企业诉求']
    const path = file('visit-half-merged.xlsx')
    await writeXlsx(path, [
      {
        name: '企业合并',
        rows: [
          header,
          ['上海甲设计有限公司', '2023/12/5', '张三', '希望协调停车位'],
          [null, null, null, '咨询人才公寓政策'],
          [null, null, null, '融资需求'],
        ],
        merges: ['A2:A4'],
      },
      {
        name: '日期合并',
        rows: [
          header,
          ['上海乙智能科技有限公司', '2023/12/6', '王五', '融资需求500万'],
          [null, null, null, '办公空间'],
        ],
        merges: ['B2:B3'],
      },
    ])
    const b = memoryBackend()
    b.ledgers.enterprise.create({ name: '上海甲设计有限公司' })
    b.ledgers.enterprise.create({ name: '上海乙智能科技有限公司' })
    const r = await twice(b, path, 'visits')
    expect(r).toMatchObject({ rowsRead: 5, inserted: 2, requestsInserted: 5, errors: [] })
    expect(b.ledgers.visit.list().map((v) => [v.enterpriseName, v.visitedOn, v.visitorNames, v.requestCount])).toEqual([
      ['上海甲设计有限公司', '2023-12-05', '张三', 3],
      ['上海乙智能科技有限公司', '2023-12-06', '王五', 2],
    ])
    expect(b.ledgers.request.list().map((q) => [q.content, q.receivedOn, q.visitId])).toEqual([
      ['希望协调停车位', '2023-12-05', 1],
      ['咨询人才公寓政策', '2023-12-05', 1],
      ['融资需求', '2023-12-05', 1],
      ['融资需求500万', '2023-12-06', 2],
      ['办公空间', '2023-12-06', 2],
    ])
  })
})

describe('requests, rent reliefs, events, buildings, staff and partners', () => {
  it('requests link to firms and create their categories and handling units', async () => {
    const path = await writeSheet(file('requests.xlsx'), '诉求', [
      ['企业名称', '诉求内容', '诉求类别', '受理日期', '承办单位', '办理状态', '办理情况', '办结日期', '满意度'],
      [
        '上海紫荆建筑设计有限公司',
        '希望增加停车位',
        '其他',
        '2023-03-01',
        '街道管理办',
        '已办结',
        '已增设',
        '2023-03-10',
        '满意',
      ],
      ['上海中天软件有限公司', '人才公寓', '人才招聘', 45000, '区人社局', '办理中', null, null, null],
      ['上海中天软件有限公司', '人才公寓', '人才招聘', 45000, '区人社局', '办理中', null, null, null],
    ])
    const b = memoryBackend()
    firms(b)
    const r = await runImport(b, { path, kind: 'requests' })
    expect(r).toMatchObject({
      inserted: 2,
      created: { 诉求类别: ['其他', '人才招聘'], 承办单位: ['街道管理办', '区人社局'] },
    })
    expect(r.errors.map((e) => e.row)).toEqual([4]) // the same request twice in the file
    expect(await runImport(b, { path, kind: 'requests' })).toMatchObject({ inserted: 0, updated: 0, unchanged: 2 })
    expect(b.ledgers.request.list().map((q) => [q.enterpriseName, q.receivedOn, q.status, q.satisfaction])).toEqual([
      ['上海紫荆建筑设计有限公司', '2023-03-01', '已办结', '满意'],
      ['上海中天软件有限公司', '2023-03-15', '办理中', null],
    ])
  })

  it('rent reliefs: amounts into 元, the building created, a shop outside the directory kept by name', async () => {
    const path = file('rent.csv')
    writeCsv(path, [
      ['楼宇名称', '运营方', '承租方', '减免开始日期', '减免结束日期', '减免月数', '减免金额', '政策批次'],
      [
        '紫荆广场',
        '上海海锦房地产有限公司',
        '上海紫荆建筑设计有限公司',
        '2022-04-01',
        '2022-06-30',
        '3个月',
        '12.5万',
        '2022年沪32条',
      ],
      ['紫荆广场', '上海海锦房地产有限公司', '紫荆小吃店', '2022-04-01', '2022-06-30', 3, '8,000', '2022年沪32条'],
      [
        '旭辉广场',
        '上海海际房地产有限公司',
        '上海旭辉智能科技有限公司',
        '2022-04-01',
        null,
        '6',
        '1200000元',
        '2022年沪32条',
      ],
      ['合计', null, null, null, null, null, '1,333,000', null],
    ])
    const b = memoryBackend()
    firms(b)
    const r = await twice(b, path, 'rent-reliefs')
    expect(r).toMatchObject({ inserted: 3, skipped: 1, created: { 楼宇: ['紫荆广场', '旭辉广场'] }, errors: [] })
    expect(
      b.ledgers.rentRelief.list().map((x) => [x.buildingName, x.tenantName, x.enterpriseName, x.months, x.amount]),
    ).toEqual([
      ['紫荆广场', '上海紫荆建筑设计有限公司', '上海紫荆建筑设计有限公司', 3, 125_000],
      ['紫荆广场', '紫荆小吃店', null, 3, 8000],
      ['旭辉广场', '上海旭辉智能科技有限公司', '上海旭辉智能科技有限公司', 6, 1_200_000],
    ])
  })

  it('events link attendees by name and say which are not in the directory', async () => {
    const path = await writeSheet(file('events.xlsx'), '活动', [
      ['活动日期', '活动主题', '活动类型', '参加企业'],
      ['2023-05-20', '环同济发展交流会', '交流会', '上海紫荆建筑设计有限公司、上海中天软件有限公司、路边小店'],
    ])
    const b = memoryBackend()
    firms(b)
    const r = await twice(b, path, 'events')
    expect(r).toMatchObject({ inserted: 1 })
    expect(r.warnings.map((w) => w.message.includes('路边小店'))).toEqual([true])
    expect(b.ledgers.event.list()[0]).toMatchObject({ kind: '发展交流会', attendeeCount: 2 })
  })

  it('buildings create their 楼掌柜; staff their departments and roles; partners their dates', async () => {
    const b = memoryBackend()
    const buildings = await writeSheet(file('buildings.xlsx'), '楼宇', [
      ['楼宇名称', '运营方', '权属', '楼掌柜'],
      ['紫荆广场', '上海海锦房地产有限公司', '国企', '王建国'],
      ['中天大厦', null, '非国有', '王建国'],
    ])
    expect(await twice(b, buildings, 'buildings')).toMatchObject({ inserted: 2, created: { 人员: ['王建国'] } })
    expect(b.ledgers.building.list().map((x) => [x.name, x.ownership, x.managerName])).toEqual([
      ['紫荆广场', '国有', '王建国'],
      ['中天大厦', '非国有', '王建国'],
    ])

    const staff = file('staff.csv')
    writeCsv(staff, [
      ['姓名', '科室', '职务', '角色', '联系电话'],
      ['王建国', '营商办', '主任', '处级干部、楼掌柜', 13900000000],
      ['陈静', '营商办', '科员', '专员', null],
    ])
    const rs = await twice(b, staff, 'staff')
    expect(rs).toMatchObject({ inserted: 1, updated: 1, created: { 科室: ['营商办'] } })
    expect(b.ledgers.staff.list().map((s) => [s.name, s.departmentName, s.roles])).toEqual([
      ['王建国', '营商办', ['处级干部', '楼掌柜']],
      ['陈静', '营商办', ['营商服务专员']],
    ])

    const partners = await writeSheet(file('partners.xlsx'), '伙伴', [
      ['合作伙伴名称', '授牌日期'],
      ['同济大学国家大学科技园', '2022年6月1日'],
    ])
    expect(await twice(b, partners, 'partners')).toMatchObject({ inserted: 1 })
    expect(b.ledgers.partner.list()[0]).toMatchObject({ licensedOn: '2022-06-01' })
  })
})
