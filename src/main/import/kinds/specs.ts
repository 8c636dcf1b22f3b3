/**
 * One spec per ledger imported row by row: what names its record, what it writes.
 */
import { normaliseName } from '../../../shared/domain/values'
import { keepGuests } from '../../dedupe/link'
import { firmIdByName, ledgerInput, requestDefaults, RowError, type KindContext, type RowInput } from './common'
import type { DirectorySpec, RowKey } from './directory'
import { findFirm, firmKey, firmRef, requireFirm } from './firms'

const text = (r: RowInput, key: string) => (r.values.get(key) as string | undefined) ?? null

/** The first record of `table` that `where` matches: the one a row imported again means. */
function oldest(ctx: KindContext, table: string, where: string): (...params: unknown[]) => number | null {
  const find = ctx.backend.db.prepare(`SELECT id FROM ${table} WHERE ${where} ORDER BY id LIMIT 1`).pluck()
  return (...params) => (find.get(...params) as number | undefined) ?? null
}

function need(r: RowInput, key: string, label: string): string {
  const v = text(r, key)
  if (v === null) throw new RowError(`请填写${label}`, key)
  return v
}

/**
 * The keys of a firm directory row: its code, then its name (the first decides duplicates in
 * the file). The directory itself is written set-based (firm-bulk.ts).
 */
export function firmRowKeys(r: RowInput): RowKey[] {
  const ref = firmRef(r, 'name')
  if (!ref.code && !ref.regNo && !ref.name) {
    if (r.badCode) throw new RowError(r.badCode.reason, 'creditCode')
    throw new RowError('请填写企业名称', 'name')
  }
  const keys: RowKey[] = []
  if (ref.code) keys.push({ key: `c:${ref.code}`, why: '统一社会信用代码相同' })
  if (ref.regNo) keys.push({ key: `r:${ref.regNo}`, why: '工商注册号相同' })
  if (ref.name) keys.push({ key: `n:${normaliseName(ref.name)}`, why: '企业名称相同,且未填统一社会信用代码' })
  return keys
}

/** Buildings, staff and partners: a record per name. */
export function namedSpec(
  ledger: 'building' | 'staff' | 'partner',
  label: string,
): (ctx: KindContext) => DirectorySpec {
  return (ctx) => ({
    ledger,
    keys: (r) => [{ key: normaliseName(need(r, 'name', label)), why: `${label}相同` }],
    existing: (r) => ctx.links.find(ledger, need(r, 'name', label)),
    input: (r) => ledgerInput(ctx, ledger, r),
    describe: (r) => text(r, 'name') ?? '',
    after(record, outcome) {
      if (outcome === 'inserted') ctx.links.remember(ledger, String(record.name), record.id as number)
    },
  })
}

export function requestSpec(ctx: KindContext): DirectorySpec {
  const find = oldest(ctx, 'request', 'enterprise_id = ? AND received_on = ? AND content = ?')
  return {
    ledger: 'request',
    keys(r) {
      const firm = firmKey(firmRef(r, 'enterpriseName'))
      if (!firm) throw new RowError('请填写企业名称或统一社会信用代码', 'enterpriseName')
      const key = `${firm}|${need(r, 'receivedOn', '受理日期')}|${normaliseName(need(r, 'content', '诉求内容'))}`
      return [{ key, why: '同一企业、同一受理日期、相同诉求内容' }]
    },
    existing: (r) => find(requireFirm(ctx, r).id, text(r, 'receivedOn'), text(r, 'content')),
    input: (r) => requestDefaults({ ...ledgerInput(ctx, 'request', r), enterpriseId: requireFirm(ctx, r).id }),
    describe: (r) => (text(r, 'content') ?? '').slice(0, 20),
  }
}

export function rentReliefSpec(ctx: KindContext): DirectorySpec {
  const find = oldest(ctx, 'rent_relief', 'building_id IS ? AND tenant_name = ? AND period_start IS ? AND batch IS ?')
  const tenantOf = (r: RowInput) =>
    text(r, 'tenantName') ?? findFirm(ctx, firmRef(r, 'tenantName'), 'tenantName')?.name ?? null
  return {
    ledger: 'rentRelief',
    keys(r) {
      const tenant = tenantOf(r)
      if (!tenant) throw new RowError('请填写承租方名称', 'tenantName')
      const building = normaliseName(text(r, 'buildingId') ?? '')
      const key = [building, normaliseName(tenant), text(r, 'periodStart') ?? '', text(r, 'batch') ?? ''].join('|')
      return [{ key, why: '同一楼宇、承租方、减免开始日期和政策批次' }]
    },
    existing(r) {
      const building = text(r, 'buildingId')
      const buildingId = building ? ctx.links.find('building', building) : null
      if (building && buildingId === null) return null
      return find(buildingId, tenantOf(r), text(r, 'periodStart'), text(r, 'batch'))
    },
    input(r) {
      const input = ledgerInput(ctx, 'rentRelief', r)
      const ref = firmRef(r, 'tenantName')
      const firm = findFirm(ctx, ref, 'tenantName')
      if (firm) input.enterpriseId = firm.id
      else if (ref.code) {
        ctx.report.warning(
          r.at,
          r.columns.get('creditCode') ?? null,
          ref.code,
          '该统一社会信用代码不在企业名录中,按承租方名称保存',
        )
      }
      input.tenantName = tenantOf(r)
      return input
    },
    describe: (r) => tenantOf(r) ?? '',
  }
}

export function eventSpec(ctx: KindContext): DirectorySpec {
  const find = oldest(ctx, 'event', 'held_on = ? AND theme = ?')
  return {
    ledger: 'event',
    keys: (r) => [
      {
        key: `${need(r, 'heldOn', '活动日期')}|${normaliseName(need(r, 'theme', '活动主题'))}`,
        why: '同一日期、同一主题',
      },
    ],
    existing: (r) => find(text(r, 'heldOn'), text(r, 'theme')),
    input: (r) => {
      const input = ledgerInput(ctx, 'event', r)
      // The guests are a second write after the event's: the row's savepoint must come first.
      if (guestsOf(ctx, r).length) ctx.session.savepointNow()
      return input
    },
    // Attendees that are no one firm stay with the event, under the import's batch: 关联企业…
    // links them later, 撤销本次导入 takes them away.
    after: (record, _outcome, r) => {
      const names = guestsOf(ctx, r)
      if (names.length) keepGuests(ctx.backend.db, ctx.session.batchId, record.id as number, names)
    },
    describe: (r) => text(r, 'theme') ?? '',
  }
}

/** The row's 参会企业 that name no one firm. */
function guestsOf(ctx: KindContext, r: RowInput): string[] {
  const names = (r.values.get('attendeeIds') as string[] | undefined) ?? []
  return names.filter((n) => firmIdByName(ctx, n) === null)
}
