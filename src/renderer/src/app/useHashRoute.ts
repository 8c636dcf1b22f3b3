import { useSyncExternalStore } from 'react'

/**
 * The page lives in the URL fragment (#/enterprise), so a reload, the Electron window's
 * file:// URL and the bridge's http:// URL all come back to the same page.
 */
function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

function currentPath(): string {
  const m = /^#\/([\w-]+)/.exec(window.location.hash)
  return m ? m[1] : ''
}

export function useHashRoute(): string {
  return useSyncExternalStore(subscribe, currentPath, () => '')
}

export function navigate(path: string): void {
  window.location.hash = `#/${path}`
}

/** A record's own page: #/enterprise/12 is 一企一档 of firm 12. */
export interface DetailRoute {
  /** The ledger the record belongs to, which is also the sidebar entry that stays selected. */
  path: string
  id: number
}

function currentDetail(): string {
  const m = /^#\/([\w-]+)\/(\d+)(?:$|[&?/])/.exec(window.location.hash)
  return m ? `${m[1]}/${m[2]}` : ''
}

/** The record the URL names, or null on a ledger page. */
export function useDetailRoute(): DetailRoute | null {
  const s = useSyncExternalStore(subscribe, currentDetail, () => '')
  if (!s) return null
  const [path, id] = s.split('/')
  return { path, id: Number(id) }
}

/** The href of a record's page, for links: `#/building/3`. */
export function detailHref(path: string, id: number): string {
  return `#/${path}/${id}`
}
