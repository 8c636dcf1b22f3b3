/** The new-campaign form's values as `campaign:create` takes them, checked with the shared schema. */
import { campaignSchema, type CampaignInput, type CampaignScope } from '../../../../shared/domain'

export interface CampaignFormValues {
  name?: string
  kind?: string
  startOn?: string | null
  endOn?: string | null
  scopeKind: CampaignScope['kind']
  /** Buildings or industries, for those scopes. */
  scopeIds?: number[]
  targetCoverage?: number | null
  notes?: string
}

export function toCampaignInput(v: CampaignFormValues): CampaignInput {
  const scope: CampaignScope =
    v.scopeKind === 'buildings' || v.scopeKind === 'industries'
      ? { kind: v.scopeKind, ids: v.scopeIds ?? [] }
      : { kind: v.scopeKind }
  return {
    name: v.name ?? '',
    kind: v.kind as CampaignInput['kind'],
    startOn: v.startOn ?? '',
    endOn: v.endOn ?? '',
    scope,
    targetCoverage: v.targetCoverage ?? null,
    notes: v.notes ?? null,
  }
}

/** Form field -> message, in Chinese, for what the schema refuses (scope ids land on scopeIds). */
export function campaignProblems(input: CampaignInput): Record<string, string> {
  const r = campaignSchema.safeParse(input)
  if (r.success) return {}
  const out: Record<string, string> = {}
  for (const issue of r.error.issues) {
    const [head] = issue.path
    const key = head === 'scope' ? 'scopeIds' : typeof head === 'string' ? head : ''
    out[key] ??= issue.message
  }
  return out
}

/** 2026年冬令大走访: the name the office would give a campaign of this kind starting then. */
export function suggestedName(kind: string | undefined, startOn: string | null | undefined): string {
  if (!kind || !startOn) return ''
  const [y, m] = startOn.split('-').map(Number)
  if (kind === '主题月') return `${y}年${m}月营商服务主题月`
  return `${y}年${kind}`
}
