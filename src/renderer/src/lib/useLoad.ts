import { useCallback, useEffect, useState, type Dispatch, type SetStateAction } from 'react'
import { isSweepingChange, onDataChanged } from '../api/changes'
import { errorMessage } from './errors'

export interface Loaded<T> {
  /** Undefined until the first answer arrives. */
  data: T | undefined
  error: string | null
  /** Local edits (an updated row) without asking the backend for everything again. */
  setData: Dispatch<SetStateAction<T | undefined>>
  reload: () => void
}

/**
 * Loads once on mount and again on reload(). `load` must be stable (module-level or memoised):
 * a new function each render would fetch in a loop.
 */
export function useLoad<T>(load: () => Promise<T>): Loaded<T> {
  const [data, setData] = useState<T | undefined>(undefined)
  const [error, setError] = useState<string | null>(null)
  const [version, setVersion] = useState(0)

  useEffect(() => {
    let live = true
    load().then(
      (d) => {
        if (!live) return
        setData(d)
        setError(null)
      },
      (e: unknown) => {
        if (live) setError(errorMessage(e))
      },
    )
    return () => {
      live = false
    }
  }, [load, version])

  const reload = useCallback(() => setVersion((v) => v + 1), [])
  // After an undo or a restore whatever this page shows may have changed.
  useEffect(() => onDataChanged((channel) => isSweepingChange(channel) && reload()), [reload])
  return { data, error, setData, reload }
}
