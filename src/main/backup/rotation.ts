/**
 * Which backups to keep: the newest of each of the last 10 days that have one, the newest of
 * each of the last 8 weeks, and everything made today (the backups before today's imports and
 * restores stay until tomorrow, when the day's newest stands for the day). Pure, for tests.
 */
export const KEEP_DAILY = 10
export const KEEP_WEEKLY = 8

export interface Dated {
  name: string
  /** Local time the backup was made. */
  at: Date
}

const pad = (n: number) => String(n).padStart(2, '0')
export const dayKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`

/** ISO week (Monday first), as year-week. */
export function weekKey(d: Date): string {
  const t = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()))
  const day = t.getUTCDay() || 7
  t.setUTCDate(t.getUTCDate() + 4 - day)
  const yearStart = new Date(Date.UTC(t.getUTCFullYear(), 0, 1))
  const week = Math.ceil(((t.getTime() - yearStart.getTime()) / 86_400_000 + 1) / 7)
  return `${t.getUTCFullYear()}-W${pad(week)}`
}

/** The names to delete. */
export function toPrune(backups: readonly Dated[], now: Date): string[] {
  const newest = [...backups].sort((a, b) => b.at.getTime() - a.at.getTime())
  const keep = new Set<string>()
  const pick = (key: (d: Date) => string, count: number) => {
    const seen = new Set<string>()
    for (const b of newest) {
      const k = key(b.at)
      if (seen.has(k)) continue
      seen.add(k)
      if (seen.size > count) break
      keep.add(b.name)
    }
  }
  pick(dayKey, KEEP_DAILY)
  pick(weekKey, KEEP_WEEKLY)
  const today = dayKey(now)
  for (const b of newest) if (dayKey(b.at) === today) keep.add(b.name)
  return newest.filter((b) => !keep.has(b.name)).map((b) => b.name)
}
