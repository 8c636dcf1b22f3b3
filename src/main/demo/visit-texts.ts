/**
 * Short visit summaries (走访情况), written the way cadres fill the form: what the firm does
 * now, how business is going, what was passed on, and whether a request was logged.
 */
import type { Industry, RequestCategory } from './dictionaries'
import type { Rng } from './random'

const OPENINGS: Record<'上门走访' | '座谈会' | '电话回访', readonly string[]> = {
  上门走访: ['上门走访企业负责人', '赴企业办公现场走访', '会同楼宇物业上门走访', '走访企业,与总经理面谈'],
  座谈会: ['参加楼宇企业座谈会', '组织企业座谈', '在环同济营商服务中心召开企业座谈会'],
  电话回访: ['电话回访企业联系人', '电话联系企业行政负责人', '电话回访,了解近况'],
}

const SITUATION: Partial<Record<Industry, readonly string[]>> = {
  建筑设计: [
    '企业主营建筑方案及施工图设计,在手项目以城市更新和学校类项目为主',
    '今年设计合同额与上年基本持平,民用住宅项目减少,公建项目增加',
    '企业正推进BIM正向设计,设计人员约{n}人',
    '企业与同济大学相关学院开展产学研合作,参与多个城市更新项目',
    '企业拓展EPC工程总承包业务,希望与上下游企业组团竞标',
    '受房地产市场影响,住宅设计业务收缩,正向市政和景观项目转型',
  ],
  智能制造: [
    '企业研发工业机器人控制系统,研发团队约{n}人',
    '企业主营自动化产线集成,订单主要来自长三角汽车零部件企业',
    '企业产品已进入新能源行业供应链,今年营收预计增长{p}%',
    '企业研发在杨浦、生产在外区,希望扩大在杨浦的研发办公面积',
    '企业正在申报专精特新企业,了解认定条件',
  ],
  工程咨询: [
    '企业主营全过程工程咨询和造价咨询,项目覆盖长三角',
    '企业参与新基建项目咨询,业务量较上年有所增长',
    '企业承接市政道路和轨道交通配套咨询项目',
  ],
  软件和信息服务: ['企业开发建筑行业协同设计软件,已服务设计院客户{n}家', '企业主营数字孪生和智慧园区平台开发'],
  科技服务: ['企业提供检测认证和技术咨询服务,经营平稳', '企业为同济大学科技成果转化项目,处于市场开拓期'],
}

const GENERAL = [
  '企业经营总体平稳,员工约{n}人',
  '企业在楼内办公已{y}年,对楼宇物业服务总体满意',
  '企业今年新增员工{m}人,业务量有所回升',
  '企业主要客户在长三角地区,回款周期有所延长',
]

const PASSED_ON = [
  '已宣传杨浦区优化营商环境6.0版政策',
  '已介绍环同济营商服务中心"一站式"服务事项',
  '已推送"一网通办"企业专属网页和惠企政策清单',
  '已告知"金法槌"法律服务预约方式',
  '已邀请企业加入环同济设计联盟',
  '已邀请企业参加环同济人才政策宣讲会',
  '已介绍同心圆商会及企业家沙龙活动',
]

const NO_REQUEST = ['企业暂无诉求', '企业表示暂无困难', '企业对街道服务表示满意,暂无诉求']

/** One summary, two to four sentences. */
export function visitSummary(
  rng: Rng,
  form: '上门走访' | '座谈会' | '电话回访',
  industry: Industry,
  raises: RequestCategory | null,
): string {
  const fill = (s: string) =>
    s
      .replace('{n}', String(rng.int(12, 180)))
      .replace('{p}', String(rng.int(8, 35)))
      .replace('{y}', String(rng.int(2, 12)))
      .replace('{m}', String(rng.int(3, 25)))
  const parts: string[] = [rng.pick(OPENINGS[form])]
  parts.push(fill(rng.pick(rng.chance(0.7) ? (SITUATION[industry] ?? GENERAL) : GENERAL)))
  if (rng.chance(0.7)) parts.push(rng.pick(PASSED_ON))
  parts.push(raises ? `企业反映${raises}方面的需求,已登记诉求并派单办理` : rng.pick(NO_REQUEST))
  return parts.join(',') + '。'
}
