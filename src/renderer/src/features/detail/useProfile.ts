import { useCallback } from 'react'
import { useLoad, type Loaded } from '../../lib/useLoad'

/** One call per page: the profile of record `id`, loaded again when the id changes. */
export function useProfile<T>(load: (input: { id: number }) => Promise<T>, id: number): Loaded<T> {
  const fetch = useCallback(() => load({ id }), [load, id])
  return useLoad(fetch)
}
