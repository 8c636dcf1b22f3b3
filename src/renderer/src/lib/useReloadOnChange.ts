import { useEffect } from 'react'
import { onDataChanged } from '../api/changes'

/**
 * Calls `reload` shortly after a write on a channel `channels` matches (request:update …), once
 * for a burst of writes: views that summarise records written elsewhere stay current.
 */
export function useReloadOnChange(channels: RegExp, reload: () => void, delayMs = 150): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const off = onDataChanged((channel) => {
      if (!channels.test(channel)) return
      clearTimeout(timer)
      timer = setTimeout(reload, delayMs)
    })
    return () => {
      clearTimeout(timer)
      off()
    }
  }, [channels, reload, delayMs])
}
