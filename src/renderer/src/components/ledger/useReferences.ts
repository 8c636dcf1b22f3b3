import { useCallback, useEffect, useState } from 'react'
import { onDataChanged } from '../../api'
import { errorMessage } from '../../lib/errors'
import { namespaceOf, References, type RefSource } from './references'

export interface ReferencesState {
  /** One instance for the page's life: columns and editors read it when they run. */
  refs: References
  ready: boolean
  error: string | null
  /** Bumped on every (re)load, for what must re-render with new choices. */
  version: number
  retry: () => void
}

/** Loads the choices a ledger needs, and again whenever one of their ledgers is written to. */
export function useReferences(sources: readonly RefSource[]): ReferencesState {
  const [refs] = useState(() => new References())
  const [state, setState] = useState({ ready: false, error: null as string | null, version: 0 })
  const [attempt, setAttempt] = useState(0)
  const key = [...new Set(sources)].sort().join(',')

  useEffect(() => {
    const wanted = key ? (key.split(',') as RefSource[]) : []
    let live = true
    const load = () =>
      refs.load(wanted).then(
        () => live && setState((s) => ({ ready: true, error: null, version: s.version + 1 })),
        (e: unknown) => live && setState((s) => ({ ...s, error: errorMessage(e) })),
      )
    void load()
    const namespaces = new Set(wanted.map(namespaceOf))
    let timer: ReturnType<typeof setTimeout> | undefined
    const off = onDataChanged((channel) => {
      if (!namespaces.has(channel.split(':')[0])) return
      clearTimeout(timer)
      timer = setTimeout(() => void load(), 150)
    })
    return () => {
      live = false
      clearTimeout(timer)
      off()
    }
  }, [refs, key, attempt])

  const retry = useCallback(() => setAttempt((a) => a + 1), [])
  return { refs, ...state, retry }
}
