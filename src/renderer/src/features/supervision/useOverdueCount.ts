import { useCallback, useEffect, useState } from 'react'
import { localToday } from '../../../../shared/domain'
import { api } from '../../api'
import { useReloadOnChange } from '../../lib/useReloadOnChange'
import { countQuery, REQUEST_CHANNELS } from './queries'

/**
 * How many requests are overdue today, for the sidebar's 督办 entry: the same question 督办's
 * own count asks. Undefined until the first answer (or when it fails: the menu then shows none).
 */
export function useOverdueCount(): number | undefined {
  const [count, setCount] = useState<number>()
  const load = useCallback(() => {
    api.request.query(countQuery('overdue', localToday())).then(
      (r) => setCount(r.total),
      () => setCount(undefined),
    )
  }, [])
  useEffect(load, [load])
  useReloadOnChange(REQUEST_CHANNELS, load)
  return count
}
