/**
 * The 13 招商合作伙伴 the subdistrict authorised (授牌) between 2021 and 2023. The mix follows
 * "人人是合作伙伴": park operators, associations, professional firms, the university side and
 * banks. How many firms each brought in is decided when the directory is generated.
 */
import type { Deps } from '../core/deps'
import { personName, phone } from './names'
import type { Rng } from './random'
import { create } from './store'

/** What this module uses of the ledger's services (src/main/core/deps.ts). */
type DemoDeps = Pick<Deps, 'ledgers'>

/** Name, type, 授牌日期, what they bring, relative share of the firms brought in. */
type Row = readonly [string, string, string, string, number]

const PARTNERS: readonly Row[] = [
  ['上海同济科技园有限公司', '园区运营方', '2021-04-23', '科技园区招商合作', 8],
  ['上海海锦房地产有限公司', '园区运营方', '2021-04-23', '紫荆广场运营方', 7],
  ['上海海际房地产有限公司', '园区运营方', '2021-09-16', '旭辉广场运营方', 6],
  ['上海中天置业发展有限公司', '园区运营方', '2022-03-08', '中天大厦运营方', 5],
  ['同济大学国家大学科技园', '高校院所', '2021-04-23', '孵化项目毕业后落户四平', 7],
  ['同济大学建筑与城市规划学院校友会', '高校院所', '2022-06-30', '设计类校友企业', 5],
  ['上海市杨浦区工商业联合会四平路街道商会', '商会协会', '2021-09-16', '同心圆商会', 5],
  ['上海市勘察设计行业协会杨浦联络站', '商会协会', '2022-06-30', '设计行业资源对接', 4],
  ['上海环同济企业服务有限公司', '专业服务机构', '2022-03-08', '注册代理、财税服务', 6],
  ['上海瑞和律师事务所', '专业服务机构', '2022-11-18', '金法槌法律服务合作律所', 3],
  ['上海济信会计师事务所有限公司', '专业服务机构', '2023-03-21', '财税咨询', 3],
  ['上海农商银行杨浦支行', '金融机构', '2022-11-18', '科技金融、普惠贷款', 3],
  ['招商银行上海四平路支行', '金融机构', '2023-03-21', '环同济金融联盟成员', 3],
]

export interface PartnerRef {
  id: number
  name: string
  licensedOn: string
  weight: number
}

export function loadPartners(backend: DemoDeps, rng: Rng): PartnerRef[] {
  return PARTNERS.map(([name, type, licensedOn, notes, weight]) => {
    const id = create(backend, 'partner', {
      name,
      type,
      licensedOn,
      contact: personName(rng),
      phone: phone(rng, 0.6),
      notes,
    })
    return { id, name, licensedOn, weight }
  })
}
