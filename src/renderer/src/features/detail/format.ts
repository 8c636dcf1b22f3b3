/** Small formatting shared by the record pages. */
import { formatMoney } from '../../lib/format'

/** '1,400.00 元', and for large sums '(1,400.00 万元)' beside it: how the office reads money. */
export function moneyText(yuan: number): string {
  const base = `${formatMoney(yuan)} 元`
  return yuan >= 10_000 ? `${base}(${formatMoney(yuan / 10_000)} 万元)` : base
}

/** 37.5%, or — when nothing was in scope. */
export function percent(part: number, whole: number): string {
  if (!whole) return '—'
  const p = (part / whole) * 100
  return `${p >= 99.95 || p === 0 ? p.toFixed(0) : p.toFixed(1)}%`
}
