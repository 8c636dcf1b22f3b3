import { useCallback, useEffect, useRef, useState } from 'react'
import type { SearchHit } from '../../../../shared/domain'
import { api } from '../../api'
import { errorMessage } from '../../lib/errors'

/** Long enough that a typed word is one query, short enough to feel immediate. */
export const SEARCH_DEBOUNCE_MS = 120
export const SEARCH_LIMIT = 20

interface Answer {
  /** The term these hits answer; differs from what is typed while a query is on its way. */
  term: string
  hits: SearchHit[]
  error: string | null
}

const NONE: Answer = { term: '', hits: [], error: null }

export interface GlobalSearch extends Answer {
  /** The hits are for an older term (or none yet). */
  pending: boolean
  /** Ask now instead of after the pause (Enter typed straight after the last letter). */
  flush: () => void
}

/**
 * The palette's query: debounced, and only the answer to the latest question is kept, so a
 * slow reply to "tong" can never overwrite the one to "tongji". Typing itself touches nothing
 * but the input's own state.
 */
export function useGlobalSearch(typed: string): GlobalSearch {
  const term = typed.trim()
  const [answer, setAnswer] = useState<Answer>(NONE)
  const seq = useRef(0)

  const run = useCallback((t: string) => {
    const n = ++seq.current
    if (!t) {
      setAnswer(NONE)
      return
    }
    api.search.global({ term: t, limit: SEARCH_LIMIT }).then(
      (hits) => {
        if (n === seq.current) setAnswer({ term: t, hits, error: null })
      },
      (e: unknown) => {
        if (n === seq.current) setAnswer({ term: t, hits: [], error: errorMessage(e) })
      },
    )
  }, [])

  useEffect(() => {
    const timer = setTimeout(() => run(term), term ? SEARCH_DEBOUNCE_MS : 0)
    return () => clearTimeout(timer)
  }, [term, run])

  const flush = useCallback(() => run(term), [run, term])
  return { ...answer, pending: answer.term !== term, flush }
}
