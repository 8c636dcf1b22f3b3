import { describe, expect, it } from 'vitest'
import { namePinyin } from '../../../src/main/search/pinyin'

describe('namePinyin', () => {
  it('gives full pinyin and initials, polyphones by context, other characters kept', () => {
    expect(namePinyin('重庆银行')).toEqual({ full: 'chongqingyinhang', initials: 'cqyh' })
    expect(namePinyin('ABC科技(上海)有限公司')).toEqual({
      full: 'abckejishanghaiyouxiangongsi',
      initials: 'abckjshyxgs',
    })
    expect(namePinyin('Tongji大学x9号')).toEqual({ full: 'tongjidaxuex9hao', initials: 'tongjidxx9h' })
    expect(namePinyin('上海3D打印中心')).toEqual({ full: 'shanghai3ddayinzhongxin', initials: 'sh3ddyzx' })
    expect(namePinyin('')).toEqual({ full: '', initials: '' })
  })
})
