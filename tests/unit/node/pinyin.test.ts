import { pinyin } from 'pinyin-pro'
import { describe, expect, it } from 'vitest'
import { INDUSTRIES } from '../../../src/main/demo/dictionaries'
import { FirmNames, shopName } from '../../../src/main/demo/firm-names'
import { Rng } from '../../../src/main/demo/random'
import { namePinyin } from '../../../src/main/search/pinyin'

/** pinyin-pro asked the plain way, twice, on the whole text: what namePinyin must equal. */
function reference(s: string) {
  const clean = (p: string[]) =>
    p
      .join('')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '')
  return {
    full: clean(pinyin(s, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' })),
    initials: clean(pinyin(s, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' })),
  }
}

describe('namePinyin', () => {
  it('gives full pinyin and initials, polyphones by context, other characters kept', () => {
    expect(namePinyin('重庆银行')).toEqual({ full: 'chongqingyinhang', initials: 'cqyh' })
    expect(namePinyin('长宁区银行长')).toEqual(reference('长宁区银行长'))
    expect(namePinyin('ABC科技(上海)有限公司')).toEqual({
      full: 'abckejishanghaiyouxiangongsi',
      initials: 'abckjshyxgs',
    })
    expect(namePinyin('Tongji大学x9号')).toEqual({ full: 'tongjidaxuex9hao', initials: 'tongjidxx9h' })
    expect(namePinyin('上海3D打印中心')).toEqual({ full: 'shanghai3ddayinzhongxin', initials: 'sh3ddyzx' })
    expect(namePinyin('绿地女装')).toEqual({ full: 'lvdinvzhuang', initials: 'ldnz' })
    expect(namePinyin('')).toEqual({ full: '', initials: '' })
  })

  // The per-character cache must never read a name differently from pinyin-pro's word matching.
  it('equals pinyin-pro on firm names and on random names', () => {
    // Names the way the demo ledger makes them, and shop names, then random characters.
    const rng = Rng.fromSeed(7)
    const taken = new Set<string>()
    const firms = new FirmNames(rng, taken)
    const samples: string[] = []
    for (let k = 0; k < 3000; k++)
      samples.push(firms.next(INDUSTRIES[k % INDUSTRIES.length]).name, shopName(rng, taken))
    let seed = 20261127
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
    for (let k = 0; k < 20_000; k++) {
      let s = next() < 0.5 ? '上海' : ''
      for (let j = 1 + Math.floor(next() * 6); j > 0; j--)
        s += String.fromCharCode(0x4e00 + Math.floor(next() * 0x51a5))
      samples.push(next() < 0.5 ? `${s}有限公司` : s)
    }
    const differ = samples.filter((s) => JSON.stringify(namePinyin(s)) !== JSON.stringify(reference(s)))
    expect(differ).toEqual([])
  })
})
