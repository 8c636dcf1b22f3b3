import dayjs from 'dayjs'
import { moneyInWords } from '../../../shared/domain/values'

/** Number and date formatting the office reads every day: 3,102 / 1,400.50 / 2023-07-05. */

const integer = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 })
const decimal = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 })
const money = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })

export function formatCount(n: number): string {
  return integer.format(n)
}

/** Blank stays blank: a grid cell with no value must not read "0". */
export function formatNumber(n: number | null | undefined): string {
  return n == null || Number.isNaN(n) ? '' : decimal.format(n)
}

/** 元, always to the fen. */
export function formatMoney(n: number | null | undefined): string {
  return n == null || Number.isNaN(n) ? '' : money.format(n)
}

/** 注册资本 (万元) with its currency: 1,000 万元, 100 万美元; blank when not known. */
export function formatCapital(amount: number | null | undefined, currency: string | null | undefined): string {
  return amount == null || Number.isNaN(amount) ? '' : moneyInWords(formatNumber(amount), '万元', currency)
}

/** A Date as YYYY-MM-DD in local time (toISOString would shift the day east of UTC). */
export function toIsoDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`
}

/** A stored UTC time (audit log, imports) on the office's own clock: 2026-11-27 14:05. */
export function formatDateTime(at: string): string {
  const t = dayjs(at)
  return t.isValid() ? t.format('YYYY-MM-DD HH:mm') : at
}
