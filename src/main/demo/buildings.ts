/**
 * Business buildings and parks of 四平路街道. The four the article names come first, with the
 * operators it gives; the rest are plausible ones along 四平路、国康路、赤峰路、密云路、彰武路.
 * Every building gets a 楼掌柜 from the 处级干部, one or two buildings each.
 */
import type { Deps } from '../core/deps'
import type { Rng } from './random'
import type { Roster } from './staff'
import { create } from './store'

/** What this module uses of the ledger's services (src/main/core/deps.ts). */
type DemoDeps = Pick<Deps, 'ledgers'>

export interface BuildingSpec {
  name: string
  kind: '商务楼宇' | '园区'
  address: string
  operator: string
  ownership: '国有' | '非国有'
  /** Relative share of the directory's firms housed here. */
  weight: number
  /** Highest floor, for room numbers; parks number their blocks instead. */
  floors: number
  notes?: string
}

export const BUILDINGS: readonly BuildingSpec[] = [
  {
    name: '紫荆广场',
    kind: '商务楼宇',
    address: '上海市杨浦区四平路1388号',
    operator: '上海海锦房地产有限公司',
    ownership: '非国有',
    weight: 15,
    floors: 26,
    notes: '非国有商务楼宇;2022年疫情期间为120家承租商铺企业减免租金共计1400万元',
  },
  {
    name: '旭辉广场',
    kind: '商务楼宇',
    address: '上海市杨浦区国康路100号',
    operator: '上海海际房地产有限公司',
    ownership: '非国有',
    weight: 11,
    floors: 22,
    notes: '非国有商务楼宇;2022年疫情期间为81家承租商铺企业减免租金共计1200万元',
  },
  {
    name: '中天大厦',
    kind: '商务楼宇',
    address: '上海市杨浦区赤峰路65号',
    operator: '上海中天置业发展有限公司',
    ownership: '非国有',
    weight: 9,
    floors: 18,
    notes: '民营楼宇;中天大厦党群服务旗舰店所在地',
  },
  {
    name: '渔技所',
    kind: '园区',
    address: '上海市杨浦区密云路580号',
    operator: '上海渔技创意园区管理有限公司',
    ownership: '非国有',
    weight: 6,
    floors: 5,
    notes: '民营园区',
  },
  {
    name: '同济科技园',
    kind: '园区',
    address: '上海市杨浦区国康路46号',
    operator: '上海同济科技园有限公司',
    ownership: '国有',
    weight: 10,
    floors: 12,
  },
  {
    name: '同济联合广场',
    kind: '商务楼宇',
    address: '上海市杨浦区四平路1398号',
    operator: '上海同济联合地产有限公司',
    ownership: '国有',
    weight: 9,
    floors: 24,
  },
  {
    name: '上海国际设计一场',
    kind: '园区',
    address: '上海市杨浦区赤峰路63号',
    operator: '上海同济创意设计园管理有限公司',
    ownership: '国有',
    weight: 8,
    floors: 6,
  },
  {
    name: '国康设计大厦',
    kind: '商务楼宇',
    address: '上海市杨浦区国康路98号',
    operator: '上海国康物业管理有限公司',
    ownership: '非国有',
    weight: 6,
    floors: 16,
  },
  {
    name: '赤峰路智造园',
    kind: '园区',
    address: '上海市杨浦区赤峰路91号',
    operator: '上海赤峰智造产业园管理有限公司',
    ownership: '非国有',
    weight: 6,
    floors: 5,
  },
  {
    name: '彰武路创意园',
    kind: '园区',
    address: '上海市杨浦区彰武路50号',
    operator: '上海彰武文化创意园发展有限公司',
    ownership: '非国有',
    weight: 5,
    floors: 4,
  },
  {
    name: '密云路科创中心',
    kind: '商务楼宇',
    address: '上海市杨浦区密云路1018号',
    operator: '上海杨浦科技创业中心有限公司',
    ownership: '国有',
    weight: 5,
    floors: 14,
  },
  {
    name: '四平科技大厦',
    kind: '商务楼宇',
    address: '上海市杨浦区四平路1188号',
    operator: '上海四平实业有限公司',
    ownership: '国有',
    weight: 6,
    floors: 20,
  },
  {
    name: '环同济研发园',
    kind: '园区',
    address: '上海市杨浦区中山北二路1121号',
    operator: '上海环同济研发园管理有限公司',
    ownership: '非国有',
    weight: 5,
    floors: 6,
  },
  {
    name: '鞍山路商务楼',
    kind: '商务楼宇',
    address: '上海市杨浦区鞍山路5号',
    operator: '上海鞍山物业有限公司',
    ownership: '非国有',
    weight: 3,
    floors: 10,
  },
]

export interface BuildingRef extends BuildingSpec {
  id: number
  managerId: number
}

/** Creates the buildings; returns them by name, in list order. */
export function loadBuildings(backend: DemoDeps, rng: Rng, roster: Roster): BuildingRef[] {
  // Shuffled so the seed decides who keeps which building; cycling gives each leader one or two.
  const managers = rng.shuffle([...roster.leaders])
  return BUILDINGS.map((spec, i) => {
    const managerId = managers[i % managers.length].id
    const id = create(backend, 'building', {
      name: spec.name,
      kind: spec.kind,
      address: spec.address,
      operator: spec.operator,
      ownership: spec.ownership,
      managerId,
      notes: spec.notes,
    })
    return { ...spec, id, managerId }
  })
}

/** A room in the building: 1203室 in towers, 3号楼205室 in parks. */
export function roomIn(rng: Rng, b: BuildingSpec): string {
  const floor = rng.int(b.kind === '园区' ? 1 : 2, b.floors)
  const unit = String(rng.int(1, b.kind === '园区' ? 12 : 20)).padStart(2, '0')
  if (b.kind === '园区') return `${rng.int(1, 8)}号楼${floor}${unit}室`
  return `${floor}${unit}室`
}

export function byName(buildings: readonly BuildingRef[], name: string): BuildingRef {
  const b = buildings.find((x) => x.name === name)
  if (!b) throw new Error(`demo building missing: ${name}`)
  return b
}
