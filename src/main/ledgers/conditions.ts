/**
 * Scope conditions the dashboard's drill-down puts on a grid (LedgerDef.conditions): the firms
 * of a bar not yet visited, the requests of a days-to-close bin. Same meaning as the dashboard's
 * own counts (src/main/dashboard), checked against them in tests.
 */
import type { CampaignScope } from '../../shared/domain'
import { scopeSql } from './campaign-scope'
import type { Db } from '../db/connection'
import { AppError } from '../errors'

const DAY = /^\d{4}-\d{2}-\d{2}$/

function range(value: unknown, label: string): [string, string] {
  const [from = '', to = ''] = typeof value === 'string' ? value.split('..') : []
  if (typeof value !== 'string' || (from && !DAY.test(from)) || (to && !DAY.test(to))) {
    throw new AppError('VALIDATION', `“${label}”的范围无效`)
  }
  return [from, to]
}

export const enterpriseConditions = {
  /** In a building whose 楼掌柜 is staff N: by id, since two cadres may share a name. */
  managedBy: (value: unknown) => {
    if (typeof value !== 'number' || !Number.isInteger(value)) throw new AppError('VALIDATION', '楼掌柜无效')
    return { sql: 'q.building_id IN (SELECT b.id FROM building b WHERE b.manager_id = ?)', params: [value] }
  },
  /** In campaign N's scope (as its plan and the dashboard count it) and not visited in it. */
  notVisitedIn: (value: unknown, db: Db) => {
    if (typeof value !== 'number' || !Number.isInteger(value)) throw new AppError('VALIDATION', '走访活动无效')
    const stored = db.prepare('SELECT scope FROM campaign WHERE id = ?').pluck().get(value) as string | undefined
    if (stored === undefined) throw new AppError('NOT_FOUND', '走访活动不存在(可能已被删除)')
    const scope = scopeSql(JSON.parse(stored) as CampaignScope)
    return {
      sql: `NOT EXISTS (SELECT 1 FROM visit v WHERE v.campaign_id = ? AND v.enterprise_id = q.id)
        AND q.id IN (SELECT e.id FROM enterprise e WHERE ${scope.sql})`,
      params: [value, ...scope.params],
    }
  },
  /** No visit between two days ('2025-01-01..2025-06-30'; either end may be empty). */
  notVisitedBetween: (value: unknown) => {
    const [from, to] = range(value, '走访期间')
    return {
      sql: `NOT EXISTS (SELECT 1 FROM visit v WHERE v.enterprise_id = q.id AND v.visited_on >= ? AND v.visited_on <= ?)`,
      params: [from || '0000-00-00', to || '9999-99-99'],
    }
  },
}

export const requestConditions = {
  /** Closed after between lo and hi days ('0..3', '61..'). */
  daysToClose: (value: unknown) => {
    const m = typeof value === 'string' ? /^(\d+)\.\.(\d*)$/.exec(value) : null
    if (!m) throw new AppError('VALIDATION', '办结用时范围无效')
    return {
      sql: `q.closed_on IS NOT NULL AND CAST(julianday(q.closed_on) - julianday(q.received_on) AS INTEGER) BETWEEN ? AND ?`,
      params: [Number(m[1]), m[2] === '' ? 1e9 : Number(m[2])],
    }
  },
}
