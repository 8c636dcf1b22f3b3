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
