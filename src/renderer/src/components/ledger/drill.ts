/**
 * A grid opened already filtered from elsewhere (the 首页 dashboard's bars):
 * #/enterprise?drill=<view as JSON>. The view goes on the grid like any named view, so its
 * filters show as chips above the grid and each one can be removed.
 */
import type { ViewState } from '../../../../shared/ipc/channels/views'

export interface Drill {
  /** How the view menu and the scope chip name it: 首页:紫荆广场 · 2025年冬令大走访未走访. */
  name: string
  state: ViewState
}

export function drillHref(path: string, drill: Drill): string {
  return `#/${path}?drill=${encodeURIComponent(JSON.stringify(drill))}`
}

/** The drill-down the URL carries, if any. */
export function drillFromHash(hash: string): Drill | null {
  const m = /[?&]drill=([^&]*)/.exec(hash)
  if (!m) return null
  try {
    const d = JSON.parse(decodeURIComponent(m[1])) as Drill
    return typeof d?.name === 'string' && d.state && typeof d.state === 'object' ? d : null
  } catch {
    return null
  }
}

/** Drops the drill-down from the address once applied: a reload keeps the grid's own view. */
export function forgetDrill(): void {
  const hash = window.location.hash.replace(/[?&]drill=[^&]*/, '')
  history.replaceState(null, '', window.location.pathname + window.location.search + hash)
}
