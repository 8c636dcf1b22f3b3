/**
 * What the subdistrict builds around the firms besides events: the four alliances (人才、设计、
 * 金融、营商), the 同心圆商会 of design firms, and the "1+1+X" service points.
 */
import type { Deps } from '../core/deps'
import type { Industry } from './dictionaries'
import type { Directory, Firm } from './enterprises'
import { loadEvents } from './events'
import type { Rng } from './random'
import { create } from './store'

/** What this module uses of the ledger's services (src/main/core/deps.ts). */
type DemoDeps = Pick<Deps, 'ledgers'>

function loadOrganisations(backend: DemoDeps, rng: Rng, dir: Directory): void {
  const n = dir.notable
  const open = dir.firms.filter((f) => f.status === '在营')
  const key = open.filter((f) => f.isKey)
  const of = (...industries: Industry[]) => open.filter((f) => industries.includes(f.industry))
  /** The named firms first, then a sample of the pool up to `size`. */
  const members = (named: Firm[], pool: readonly Firm[], size: number) => {
    const ids = new Set(named.map((f) => f.id))
    for (const f of rng.sample(pool, size)) {
      if (ids.size >= size) break
      ids.add(f.id)
    }
    return [...ids]
  }
  const designers = [n.lianchuang, n.shizheng, n.jili, n.youdian, n.tongjian, n.tongda]
  const orgs: [string, '联盟' | '商会', string, number[]][] = [
    [
      '环同济人才联盟',
      '联盟',
      '联合同济大学、区人社局及辖区企业,开展人才招聘、培养与引进服务',
      members([n.lianchuang, n.dianxin], [...key, ...of('智能制造', '软件和信息服务')], rng.int(40, 50)),
    ],
    [
      '环同济设计联盟',
      '联盟',
      '建筑设计、工程咨询企业联合,组团承接项目,推动千亿级现代设计产业集群建设',
      members(designers, of('建筑设计', '工程咨询'), rng.int(60, 75)),
    ],
    [
      '环同济金融联盟',
      '联盟',
      '驻区银行、投资机构与企业对接,提供融资支持',
      members([], [...of('金融服务'), ...key], rng.int(28, 36)),
    ],
    [
      '环同济营商联盟',
      '联盟',
      '重点企业与街道、区相关委办局共商营商环境',
      members([n.lianchuang, n.shizheng, n.youdian, n.dianxin], key, rng.int(45, 55)),
    ],
    [
      '同心圆商会',
      '商会',
      '聚焦设计行业,现代设计、绿色低碳龙头企业引领,上下游企业共同参与;2022年荣获上海市"四好"商会称号',
      members([n.lianchuang, n.shizheng, n.jili, n.tongjian, n.tongda], [...of('建筑设计'), ...key], rng.int(55, 70)),
    ],
  ]
  for (const [name, kind, notes, memberIds] of orgs) create(backend, 'organisation', { name, kind, notes, memberIds })
}

/** "1+1+X": the service centre and the 中天大厦 flagship as two wings, plus the stations. */
const SERVICE_POINTS: readonly (readonly [string, string, string, string])[] = [
  [
    '环同济营商服务中心',
    '上海市杨浦区四平路1188号1楼',
    '营商服务中心',
    '2021年建立,全区首个政务服务中心街道分中心;一网通办、税务自助终端',
  ],
  [
    '中天大厦党群服务旗舰店',
    '上海市杨浦区赤峰路65号1楼',
    '党群服务站',
    '2023年新建,嵌入营商服务功能,与环同济营商服务中心形成东西两翼',
  ],
  ['四平路街道党建服务中心', '上海市杨浦区阜新路279号', '党建中心', '营商服务进党建中心'],
  ['四平路街道社区文化活动中心', '上海市杨浦区抚顺路360号', '文化中心', '营商服务进文化中心;环同济悦读会'],
  ['鞍山睦邻中心', '上海市杨浦区鞍山路100号', '睦邻中心', '营商服务进睦邻中心'],
  ['同济新村睦邻中心', '上海市杨浦区密云路700号', '睦邻中心', '营商服务进睦邻中心'],
  ['智慧健康驿站', '上海市杨浦区四平路1188号1楼', '其他', '白领健康自助检测'],
]

export function loadCommunity(backend: DemoDeps, rng: Rng, dir: Directory): void {
  loadEvents(backend, rng.fork('events'), dir)
  loadOrganisations(backend, rng.fork('organisations'), dir)
  for (const [name, address, kind, notes] of SERVICE_POINTS) {
    create(backend, 'servicePoint', { name, address, kind, notes })
  }
}
