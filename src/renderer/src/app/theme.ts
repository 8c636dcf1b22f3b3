import type { ThemeConfig } from 'antd'

/**
 * Chinese fonts first: on 统信UOS/麒麟 and Debian the Latin defaults have no CJK glyphs, and
 * letting the browser fall back per glyph mixes two typefaces inside one company name.
 */
export const FONT_FAMILY = [
  '"PingFang SC"',
  '"Microsoft YaHei"',
  '"Noto Sans CJK SC"',
  '"Source Han Sans SC"',
  '"WenQuanYi Micro Hei"',
  'sans-serif',
].join(', ')

export const antdTheme: ThemeConfig = {
  token: {
    fontFamily: FONT_FAMILY,
    borderRadius: 4,
  },
}
