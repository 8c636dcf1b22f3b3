/** How numbers read on paper: 1,234 家 / 63.2% / 1,400.00 万元 / 2025年1月5日. */
import { formatMoney } from '../../../lib/format'

const integer = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 })

export const count = (n: number, unit = ''): string => `${integer.format(n)}${unit ? ` ${unit}` : ''}`

/** A share in [0, 1] as a percentage with one decimal: the dashboard's figure, printed. */
export const pct = (share: number): string => `${(share * 100).toFixed(1)}%`

export const wan = (yuan: number): string => `${formatMoney(yuan / 10_000)} 万元`

export const days = (n: number | null): string => (n === null ? '—' : `${n.toFixed(1)} 天`)

export function cnDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number)
  return `${y}年${m}月${d}日`
}

export const blank = (v: string | number | null | undefined): string => (v === null || v === undefined ? '' : String(v))
