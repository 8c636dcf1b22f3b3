/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so the result never depends on the
 * machine's time zone. Demo dates are fixed: nothing here reads the clock.
 */
import type { Rng } from './random'

const DAY_MS = 86_400_000

/**
 * The demo's "today": the last date anything happens. Open requests are counted overdue
 * against it when the data was written; every date in the demo is on or before it.
 */
export const DEMO_TODAY = '2026-11-20'

export function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS
}

export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}

import { addDays } from '../../shared/domain/dates'

export { addDays, daysBetween } from '../../shared/domain/dates'

/** The same day `months` later, clamped to the month's end (2022-01-31 + 1 → 2022-02-28). */
export function addMonths(iso: string, months: number): string {
  const y = Number(iso.slice(0, 4))
  const m = Number(iso.slice(5, 7)) - 1 + months
  const d = Number(iso.slice(8, 10))
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate()
  return new Date(Date.UTC(y, m, Math.min(d, last))).toISOString().slice(0, 10)
}

function isWeekend(iso: string): boolean {
  const wd = new Date(dayNumber(iso) * DAY_MS).getUTCDay()
  return wd === 0 || wd === 6
}

/** A day in [from, to], both included. */
export function randomDate(rng: Rng, from: string, to: string): string {
  return fromDayNumber(rng.int(dayNumber(from), dayNumber(to)))
}

/** A Monday-to-Friday day in [from, to]: cadres visit firms on working days. */
export function randomWorkday(rng: Rng, from: string, to: string): string {
  for (let tries = 0; tries < 20; tries++) {
    const d = randomDate(rng, from, to)
    if (!isWeekend(d)) return d
  }
  return from
}

/** The next working day on or after `iso`. */
export function workdayOnOrAfter(iso: string): string {
  let d = iso
  while (isWeekend(d)) d = addDays(d, 1)
  return d
}

export function minDate(a: string, b: string): string {
  return a <= b ? a : b
}

export function maxDate(a: string, b: string): string {
  return a >= b ? a : b
}
