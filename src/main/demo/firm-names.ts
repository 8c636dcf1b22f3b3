/**
 * Company and shop names. A Shanghai company name is 行政区划 + 字号 + 行业表述 + 组织形式
 * (上海 + 瑞筑 + 建筑设计 + 有限公司); the 字号 is two characters chosen for a good meaning,
 * the 行业表述 follows the firm's industry, and design firms are often 设计院/研究院/事务所.
 */
import type { Industry } from './dictionaries'
import type { Rng } from './random'

/** Characters firms like in a 字号: bright, steady, building and craft words. */
const ZIHAO_CHARS = [
  ...'创联同华建筑远瑞弘德晟博睿卓智恒嘉盛宏鼎泰汇峰源和誉达信诚景翔越骏霖澜',
  ...'辰尚凯锦宸拓亿方启明禾朗悦品艺匠境域构衡舟川岳麟璟昊骐铭森韬帆鸿蓝青云',
  ...'城筑砚墨筠岚格致新图晖桥磐垣',
]

/** Industry wording and form, per industry; repeated entries make the common ones likelier. */
const FORMS: Record<Industry, readonly string[]> = {
  建筑设计: [
    '建筑设计有限公司',
    '建筑设计有限公司',
    '建筑设计有限公司',
    '建筑设计事务所有限公司',
    '建筑规划设计有限公司',
    '工程设计有限公司',
    '工程设计有限公司',
    '景观设计有限公司',
    '园林景观规划设计有限公司',
    '室内设计有限公司',
    '建筑装饰设计工程有限公司',
    '建筑设计咨询有限公司',
    '城市规划设计研究院有限公司',
    '建筑设计研究院有限公司',
    '结构设计事务所有限公司',
    '幕墙设计咨询有限公司',
    '照明设计有限公司',
    '建筑科技有限公司',
  ],
  智能制造: [
    '智能科技有限公司',
    '智能科技有限公司',
    '智能科技有限公司',
    '自动化设备有限公司',
    '自动化科技有限公司',
    '智能装备有限公司',
    '机器人科技有限公司',
    '机电科技有限公司',
    '精密机械有限公司',
    '传感技术有限公司',
    '电气科技有限公司',
    '工业软件有限公司',
    '智能制造技术有限公司',
    '新能源科技有限公司',
    '测控技术有限公司',
    '激光科技有限公司',
    '无人机科技有限公司',
    '智能装备研究院有限公司',
  ],
  工程咨询: [
    '工程咨询有限公司',
    '工程咨询有限公司',
    '工程管理咨询有限公司',
    '建设工程监理有限公司',
    '工程造价咨询有限公司',
    '建设项目管理有限公司',
    '工程检测技术有限公司',
    '岩土工程勘察设计有限公司',
    '交通工程设计咨询有限公司',
  ],
  软件和信息服务: [
    '信息技术有限公司',
    '信息技术有限公司',
    '软件科技有限公司',
    '网络科技有限公司',
    '数据科技有限公司',
    '数字科技有限公司',
  ],
  科技服务: [
    '科技发展有限公司',
    '技术服务有限公司',
    '环境科技有限公司',
    '知识产权代理有限公司',
    '检测技术有限公司',
    '新材料科技有限公司',
    '节能科技有限公司',
  ],
  文化创意: [
    '文化传播有限公司',
    '文化创意有限公司',
    '广告设计有限公司',
    '影视文化有限公司',
    '品牌设计有限公司',
    '工业设计有限公司',
  ],
  商务服务: [
    '企业管理咨询有限公司',
    '商务咨询有限公司',
    '人力资源有限公司',
    '会展服务有限公司',
    '物业管理有限公司',
    '财务咨询有限公司',
  ],
  批发零售: ['贸易有限公司', '商贸有限公司', '建材有限公司', '电子商务有限公司', '文具用品有限公司'],
  餐饮服务: ['餐饮管理有限公司', '餐饮有限公司', '咖啡有限公司', '食品有限公司'],
  金融服务: ['投资管理有限公司', '融资租赁有限公司', '保险代理有限公司', '私募基金管理有限公司', '资产管理有限公司'],
  教育培训: ['教育科技有限公司', '培训有限公司', '职业技能培训有限公司', '艺术培训有限公司'],
  其他: ['实业有限公司', '环保科技有限公司', '健康管理有限公司', '家政服务有限公司', '印务有限公司'],
}

/** Words kept in a short name, most telling first. */
const SHORT_KEYS = [
  ...['设计', '智能', '自动化', '机器人', '机电', '精密', '传感', '电气', '激光', '无人机', '新能源', '测控'],
  ...['软件', '咨询', '监理', '检测', '勘察', '信息', '网络', '数据', '数字', '文化', '影视', '人力', '物业'],
  ...['会展', '财务', '贸易', '商贸', '建材', '电子商务', '文具', '餐饮', '咖啡', '食品', '投资', '租赁'],
  ...['保险', '基金', '资产', '教育', '培训', '实业', '环保', '健康', '家政', '印务', '科技', '工程', '建筑'],
]

/** The part of a form that people keep in a short name: 建筑设计有限公司 → 设计. */
function shortSuffix(form: string): string {
  for (const k of SHORT_KEYS) {
    if (form.includes(k)) return k
  }
  return form.slice(0, 2)
}

export interface FirmName {
  name: string
  shortName: string
}

/** Generates names that are unique within the set it is given. */
export class FirmNames {
  constructor(
    private readonly rng: Rng,
    private readonly taken: Set<string>,
  ) {}

  next(industry: Industry): FirmName {
    const r = this.rng
    for (;;) {
      const a = r.pick(ZIHAO_CHARS)
      const b = r.pick(ZIHAO_CHARS)
      if (a === b) continue
      const zihao = a + b
      const form = r.pick(FORMS[industry])
      // Most are 上海+字号; some put the place in brackets, a few 同济-branded spin-offs.
      const style = r.next()
      const name =
        style < 0.86 ? `上海${zihao}${form}` : style < 0.94 ? `${zihao}(上海)${form}` : `上海同济${zihao}${form}`
      if (this.taken.has(name)) continue
      this.taken.add(name)
      return { name, shortName: zihao + shortSuffix(form) }
    }
  }
}

const SHOP_KINDS = [
  '小吃店',
  '面馆',
  '咖啡馆',
  '便利店',
  '花店',
  '文具店',
  '图文打印社',
  '茶饮店',
  '烘焙坊',
  '美发店',
  '眼镜店',
  '水果店',
  '洗衣店',
  '健身工作室',
  '快餐店',
  '书店',
  '模型工作室',
  '手机维修店',
]

/** A shop or 个体工商户 that rents a unit but is not in the directory. */
export function shopName(rng: Rng, taken: Set<string>): string {
  for (;;) {
    const zihao = rng.pick(ZIHAO_CHARS) + rng.pick(ZIHAO_CHARS)
    const kind = rng.pick(SHOP_KINDS)
    const name = rng.chance(0.5) ? `杨浦区${zihao}${kind}` : `${zihao}${kind}`
    if (taken.has(name)) continue
    taken.add(name)
    return name
  }
}
