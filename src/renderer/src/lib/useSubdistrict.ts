import { useEffect, useState } from 'react'
import { DEFAULT_SUBDISTRICT } from '../../../shared/ipc/channels/reports'
import { api } from '../api'
import { onDataChanged } from '../api/changes'

/**
 * 设置 → 街道名称: the office's own subdistrict, which the sidebar, export titles and reports
 * show. The default until main answers (or if it cannot); read again when 设置 saves a new one.
 */
export function useSubdistrict(): string {
  const [name, setName] = useState(DEFAULT_SUBDISTRICT)
  useEffect(() => {
    let live = true
    const read = () =>
      void api.report.settings().then(
        (s) => live && setName(s.subdistrict),
        () => undefined,
      )
    read()
    const off = onDataChanged((channel) => channel === 'report:saveSettings' && read())
    return () => {
      live = false
      off()
    }
  }, [])
  return name
}
