/**
 * The office's editable lists: industries, request categories (with their time limits),
 * the subdistrict's departments (科室) and the units a request can be assigned to.
 * These are fixed: they do not depend on the seed.
 */
import type { Deps } from '../core/deps'
import { create } from './store'

/** What this module uses of the ledger's services (src/main/core/deps.ts). */
type DemoDeps = Pick<Deps, 'ledgers'>

export const INDUSTRIES = [
  '建筑设计',
  '智能制造',
  '工程咨询',
  '软件和信息服务',
  '科技服务',
  '文化创意',
  '商务服务',
  '批发零售',
  '餐饮服务',
  '金融服务',
  '教育培训',
  '其他',
] as const
export type Industry = (typeof INDUSTRIES)[number]

/**
 * Days allowed to close a request. 15 is the common rule; a 政策咨询 is answered faster,
 * a 房租减免 (the landlord must agree) or finding office space takes longer.
 */
export const REQUEST_CATEGORIES = {
  融资需求: 15,
  人才招聘: 15,
  法律咨询: 15,
  政策咨询: 7,
  房租减免: 20,
  证照办理: 15,
  办公空间: 30,
  其他: 15,
} as const
export type RequestCategory = keyof typeof REQUEST_CATEGORIES

/** 四平路街道's offices, the service centre among them. */
export const DEPARTMENTS = [
  '党政办公室',
  '营商服务办公室(营商办)',
  '社区管理办公室',
  '社区服务办公室',
  '社区平安办公室',
  '社区自治办公室',
  '党建办公室',
  '综合行政执法队',
  '环同济营商服务中心',
  '社区事务受理服务中心',
] as const
export type Department = (typeof DEPARTMENTS)[number]

/** Who a request is sent to: the subdistrict's own offices first, then district bureaus. */
export const HANDLING_UNITS = [
  '营商服务办公室(营商办)',
  '环同济营商服务中心',
  '社区管理办公室',
  '社区服务办公室',
  '社区平安办公室',
  '党政办公室',
  '综合行政执法队',
  '区发展改革委',
  '区人社局',
  '区市场监管局',
  '区税务局',
  '区司法局',
  '区科委',
  '区商务委',
  '区财政局',
  '区住房保障局',
  '区规划资源局',
  '区金融办',
  '区投资促进办',
] as const
export type HandlingUnit = (typeof HANDLING_UNITS)[number]

export interface Dictionaries {
  industry: Record<Industry, number>
  category: Record<RequestCategory, number>
  department: Record<Department, number>
  unit: Record<HandlingUnit, number>
}

function entries<N extends string>(
  backend: DemoDeps,
  kind: 'industry' | 'requestCategory' | 'department' | 'handlingUnit',
  names: readonly N[],
  limit?: (name: N) => number,
): Record<N, number> {
  const ids = {} as Record<N, number>
  names.forEach((name, i) => {
    ids[name] = create(backend, 'dictionary', {
      kind,
      name,
      sortOrder: (i + 1) * 10,
      timeLimitDays: limit?.(name),
    })
  })
  return ids
}

export function loadDictionaries(backend: DemoDeps): Dictionaries {
  const categories = Object.keys(REQUEST_CATEGORIES) as RequestCategory[]
  return {
    industry: entries(backend, 'industry', INDUSTRIES),
    category: entries(backend, 'requestCategory', categories, (c) => REQUEST_CATEGORIES[c]),
    department: entries(backend, 'department', DEPARTMENTS),
    unit: entries(backend, 'handlingUnit', HANDLING_UNITS),
  }
}
