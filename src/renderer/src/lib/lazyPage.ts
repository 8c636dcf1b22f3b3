import { lazy, type ComponentType } from 'react'

/** A page loaded when first shown; `preload()` fetches its code ahead, for the page a URL names. */
export type LazyPage<P extends object = object> = ComponentType<P> & { preload: () => void }

/**
 * A page fetched the first time it is shown, as a chunk of its own, so the shell starts without
 * parsing every page. Pages are named exports; `pick` names the one React.lazy should render.
 */
export function lazyPage<M, P extends object = object>(
  load: () => Promise<M>,
  pick: (m: M) => ComponentType<P>,
): LazyPage<P> {
  let loading: Promise<M> | undefined
  const once = () => (loading ??= load())
  return Object.assign(
    lazy(async () => ({ default: pick(await once()) })),
    { preload: () => void once().catch(() => undefined) },
  )
}
