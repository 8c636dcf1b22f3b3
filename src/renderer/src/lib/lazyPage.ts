import { lazy, type ComponentType } from 'react'

/** A page loaded when first shown; `preload()` fetches its code ahead, for the page a URL names. */
export type LazyPage<P extends object = object> = ComponentType<P> & { preload: () => void }

/**
 * A page fetched the first time it is shown, as a chunk of its own, so the shell starts without
 * parsing every page: `lazyPage(() => import('./X').then((m) => m.X))` (pages are named exports).
 */
export function lazyPage<P extends object = object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let loading: Promise<ComponentType<P>> | undefined
  const once = () => (loading ??= load())
  return Object.assign(
    lazy(async () => ({ default: await once() })),
    { preload: () => void once().catch(() => undefined) },
  )
}
