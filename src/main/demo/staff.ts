/**
 * The subdistrict's cadres. The article's mechanism shapes the roster: 处级干部 each act as
 * 楼掌柜 for one or two buildings, 营商服务专员 look after the key firms day to day, and every
 * department joins the winter/summer visits.
 */
import type { STAFF_ROLES } from '../../shared/domain'
import type { Deps } from '../core/deps'
import type { Department, Dictionaries } from './dictionaries'
import { distinctPersonNames, mobile } from './names'
import type { Rng } from './random'
import { create } from './store'

/** What this module uses of the ledger's services (src/main/core/deps.ts). */
type DemoDeps = Pick<Deps, 'ledgers'>

type StaffRole = (typeof STAFF_ROLES)[number]

export interface StaffMember {
  id: number
  name: string
  department: Department
}

export interface Roster {
  /** 处级干部, each a 楼掌柜. */
  leaders: StaffMember[]
  /** 营商服务专员. */
  specialists: StaffMember[]
  /** Other 科室干部, who join the campaigns. */
  cadres: StaffMember[]
}

/** Leadership posts of a 街道 and the office each one oversees. */
const LEADER_POSTS: readonly (readonly [string, Department])[] = [
  ['街道党工委书记', '党政办公室'],
  ['街道办事处主任', '党政办公室'],
  ['街道党工委副书记', '党建办公室'],
  ['街道办事处副主任', '营商服务办公室(营商办)'],
  ['街道办事处副主任', '社区管理办公室'],
  ['街道办事处副主任', '社区服务办公室'],
  ['街道人大工委主任', '社区自治办公室'],
  ['街道党工委委员', '社区平安办公室'],
  ['街道党工委委员', '环同济营商服务中心'],
]

/** The specialists sit in the business office and the service centre. */
const SPECIALIST_POSTS: readonly (readonly [string, Department])[] = [
  ['营商办主任', '营商服务办公室(营商办)'],
  ['营商办副主任', '营商服务办公室(营商办)'],
  ['营商服务专员', '营商服务办公室(营商办)'],
  ['营商服务专员', '营商服务办公室(营商办)'],
  ['营商服务专员', '营商服务办公室(营商办)'],
  ['营商服务专员', '营商服务办公室(营商办)'],
  ['营商服务专员', '营商服务办公室(营商办)'],
  ['营商服务专员', '营商服务办公室(营商办)'],
  ['中心主任', '环同济营商服务中心'],
  ['营商服务专员', '环同济营商服务中心'],
  ['营商服务专员', '环同济营商服务中心'],
  ['营商服务专员', '环同济营商服务中心'],
  ['营商服务专员', '环同济营商服务中心'],
  ['营商服务专员', '环同济营商服务中心'],
]

/** Other offices and how many of their people appear in the ledger. */
const CADRE_OFFICES: readonly (readonly [Department, number])[] = [
  ['党政办公室', 4],
  ['社区管理办公室', 4],
  ['社区服务办公室', 4],
  ['社区平安办公室', 3],
  ['社区自治办公室', 3],
  ['党建办公室', 3],
  ['综合行政执法队', 2],
  ['社区事务受理服务中心', 3],
  ['营商服务办公室(营商办)', 2],
]

function cadrePosition(rng: Rng, department: Department, index: number): string {
  if (department === '综合行政执法队') return index === 0 ? '队长' : '执法队员'
  if (department.endsWith('中心')) return index === 0 ? '中心主任' : '工作人员'
  if (index === 0) return '科长'
  return rng.pick(['副科长', '科员', '科员', '科员', '工作人员'])
}

export function loadStaff(backend: DemoDeps, rng: Rng, dict: Dictionaries): Roster {
  const total = LEADER_POSTS.length + SPECIALIST_POSTS.length + CADRE_OFFICES.reduce((n, [, k]) => n + k, 0)
  const names = distinctPersonNames(rng, total)
  let next = 0
  const add = (department: Department, position: string, roles: StaffRole[], tel: string): StaffMember => {
    const name = names[next++]
    const id = create(backend, 'staff', {
      name,
      departmentId: dict.department[department],
      position,
      roles,
      phone: tel,
    })
    return { id, name, department }
  }
  // Desk lines in the 6565/6598 blocks for the offices, mobiles for those often out in buildings.
  const desk = () => `021-65${rng.pick(['98', '65', '02', '11'])}${String(rng.int(1000, 9999))}`

  const leaders = LEADER_POSTS.map(([pos, dep]) =>
    add(dep, pos, ['处级干部', '楼掌柜'], rng.chance(0.6) ? desk() : mobile(rng)),
  )
  const specialists = SPECIALIST_POSTS.map(([pos, dep]) =>
    add(dep, pos, ['营商服务专员'], rng.chance(0.5) ? desk() : mobile(rng)),
  )
  const cadres: StaffMember[] = []
  for (const [dep, n] of CADRE_OFFICES) {
    for (let i = 0; i < n; i++) {
      cadres.push(add(dep, cadrePosition(rng, dep, i), ['科室干部'], rng.chance(0.7) ? desk() : mobile(rng)))
    }
  }
  return { leaders, specialists, cadres }
}
