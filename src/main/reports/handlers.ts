/** Handlers of the channels in src/shared/ipc/channels/reports.ts. */
import type { ReportSettings } from '../../shared/ipc/channels/reports'
import type { Deps } from '../core/deps'

/** What this module uses of the ledger's services (src/main/core/deps.ts). */
type ReportDeps = Pick<Deps, 'settings'>

export function reportHandlers(backend: ReportDeps): Record<string, (input: never) => unknown> {
  const settings = (): ReportSettings => ({ subdistrict: backend.settings.subdistrict() })
  return {
    'report:settings': settings,
    'report:saveSettings': (i: ReportSettings) => {
      backend.settings.set('subdistrict', i.subdistrict)
      return settings()
    },
  }
}
