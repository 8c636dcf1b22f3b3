import { navigate } from './useHashRoute'

/**
 * 返回 goes back to where the user came from (a grid, another record's page, a search) when
 * that was inside the app, and to the record's ledger when the page was opened directly (a
 * reload, a fresh window): history.back() there would leave the app or do nothing.
 *
 * The pages visited are tracked from hashchange alone, because records are reached by plain
 * links and by other engineers' grids as well as through navigate().
 */
const trail: string[] = []

function routeOf(hash: string): string {
  // Only the route: the bridge's token may still ride beside it on the first load.
  return /^#\/[\w\-/]+/.exec(hash)?.[0] ?? '#/'
}

function hashOf(url: string): string {
  const i = url.indexOf('#')
  return i < 0 ? '' : url.slice(i)
}

if (typeof window !== 'undefined') {
  trail.push(routeOf(window.location.hash))
  window.addEventListener('hashchange', (e) => {
    const to = routeOf(hashOf(e.newURL))
    if (trail.length >= 2 && trail[trail.length - 2] === to) trail.pop()
    else trail.push(to)
  })
}

/** Back to the previous page in the app, or to `fallback` (a ledger path) if there is none. */
export function goBack(fallback: string): void {
  if (trail.length >= 2) history.back()
  else navigate(fallback)
}
