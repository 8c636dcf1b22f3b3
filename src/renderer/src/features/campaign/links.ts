/**
 * Where the campaign pages live in the URL: #/campaign-plan lists the campaigns,
 * #/campaign-plan/12 is campaign 12's plan, #/visit-entry?firm=5&campaign=12 opens the visit
 * form with a firm and campaign chosen.
 */
import { useSyncExternalStore } from 'react'

export const PLAN_PATH = 'campaign-plan'
export const VISIT_ENTRY_PATH = 'visit-entry'
export const SUPERVISION_PATH = 'supervision'

export function planHref(id: number): string {
  return `#/${PLAN_PATH}/${id}`
}

/** The campaign id of #/campaign-plan/12 (a bridge token or parameters may follow). */
export function planIdFromHash(hash: string): number | null {
  const m = new RegExp(`^#/${PLAN_PATH}/(\\d+)(?:$|[&?/])`).exec(hash)
  return m ? Number(m[1]) : null
}

/** The parameters after the route: #/visit-entry?firm=5&campaign=12. */
export function hashParams(hash: string): Record<string, string> {
  const i = hash.search(/[?&]/)
  if (i < 0) return {}
  const out: Record<string, string> = {}
  for (const part of hash.slice(i + 1).split(/[&?]/)) {
    const [k, v = ''] = part.split('=')
    if (k) out[decodeURIComponent(k)] = decodeURIComponent(v)
  }
  return out
}

/** A positive integer parameter, or null. */
export function idParam(params: Record<string, string>, key: string): number | null {
  const n = Number(params[key])
  return Number.isInteger(n) && n > 0 ? n : null
}

export function visitEntryHref(p: { firm?: number; campaign?: number } = {}): string {
  const q = [p.firm ? `firm=${p.firm}` : '', p.campaign ? `campaign=${p.campaign}` : ''].filter(Boolean).join('&')
  return `#/${VISIT_ENTRY_PATH}${q ? `?${q}` : ''}`
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

/** The whole fragment, kept current. */
export function useHash(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => '',
  )
}
