/** Handlers of the channels in src/shared/ipc/channels/reports.ts. */
import type { ReportSettings } from '../../shared/ipc/channels/reports'
import type { Backend } from '../app/backend'

export function reportHandlers(backend: Backend): Record<string, (input: never) => unknown> {
  const settings = (): ReportSettings => ({ subdistrict: backend.settings.subdistrict() })
  return {
    'report:settings': settings,
    'report:saveSettings': (i: ReportSettings) => {
      backend.settings.set('subdistrict', i.subdistrict)
      return settings()
    },
  }
}
