/**
 * Plausible Chinese personal names and phone numbers. Surnames are weighted towards the common
 * ones, with the Shanghai/Jiangnan surnames (陆、顾、沈、徐、钱、施…) a little more frequent than
 * the national tables, so a page of the directory reads like one from Yangpu.
 */
import type { Rng } from './random'

/** Surnames in tiers of equal weight; two-character surnames are rare. */
const SURNAME_TIERS: readonly (readonly [number, string])[] = [
  [50, '王 张 陈 李'],
  [32, '刘 徐 周 朱'],
  [24, '杨 黄 吴 沈 陆'],
  [16, '顾 孙 胡 金 赵'],
  [10, '钱 施 蒋 郑 范 姚 曹 严 唐 许 蔡'],
  [7, '俞 汪 倪 马 林 高 何 郭 谢'],
  [5, '宋 邱 潘 丁 袁 叶 龚 方 卢 戴 章 邵'],
  [3, '瞿 殷 郁 费 秦 毛 夏 石 傅 韩 冯 程 彭 魏 邹 汤 葛 包 任 姜 史 杜'],
  [0.5, '欧阳 司马 诸葛'],
]
const SURNAMES = SURNAME_TIERS.flatMap(([w, names]) => names.split(' ').map((n) => [n, w] as const))

/** Given-name characters; the two lists overlap on purpose (敏、静、文… are used for anyone). */
const GIVEN_M = '伟强磊军勇杰涛斌明超辉华建国平刚峰俊浩宇翔晨昊天宏志诚亮鹏飞波海东文斌龙凯彬健鑫昌德'
const GIVEN_F = '芳敏静丽婷娟琳燕霞玲颖洁慧雪梅萍红艳倩蓉佳怡雯琪瑶悦晶岚薇菁蕾欣文敏静'

export function personName(rng: Rng): string {
  const surname = rng.weighted(SURNAMES)
  const pool = rng.chance(0.52) ? GIVEN_M : GIVEN_F
  // Two-character given names are the large majority; a single character is older style.
  if (rng.chance(0.22)) return surname + rng.pick([...pool])
  const a = rng.pick([...pool])
  let b = rng.pick([...pool])
  if (b === a && rng.chance(0.8)) b = rng.pick([...pool])
  return surname + a + b
}

/** Distinct names for a small team (the staff list), where a duplicate would confuse. */
export function distinctPersonNames(rng: Rng, n: number, taken: Set<string> = new Set()): string[] {
  const out: string[] = []
  while (out.length < n) {
    const name = personName(rng)
    if (taken.has(name)) continue
    taken.add(name)
    out.push(name)
  }
  return out
}

function digits(rng: Rng, n: number): string {
  let s = ''
  for (let i = 0; i < n; i++) s += String(rng.int(0, 9))
  return s
}

/** Landline in the Siping exchange area (021-65xx xxxx, 021-55xx xxxx). */
export function landline(rng: Rng): string {
  return `021-${rng.pick(['65', '65', '65', '55'])}${digits(rng, 6)}`
}

export function mobile(rng: Rng): string {
  return `1${rng.pick(['39', '38', '37', '36', '35', '33', '58', '59', '86', '89', '80', '77'])}${digits(rng, 8)}`
}

/** A staff or contact phone: both kinds appear in the office's spreadsheets. */
export function phone(rng: Rng, mobileShare = 0.5): string {
  return rng.chance(mobileShare) ? mobile(rng) : landline(rng)
}
