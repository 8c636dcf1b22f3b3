/**
 * Visit campaigns: the 冬令/夏令大走访 of 2024 and 2025 (summer from mid-June to the end of
 * August, winter from early December into the new year before 春节), and in 2026 the monthly
 * 环同济营商服务主题月, one theme a month, as the article describes.
 */
import type { Deps } from '../core/deps'
import { create } from './store'

/** What this module uses of the ledger's services (src/main/core/deps.ts). */
type DemoDeps = Pick<Deps, 'ledgers'>

export interface CampaignSpec {
  name: string
  kind: '冬令大走访' | '夏令大走访' | '主题月'
  startOn: string
  endOn: string
  /** Visits planned; the big campaigns cover most of the year's visits. */
  size: number
  notes: string
}

const SWEEP_NOTE = '处级干部(楼掌柜)带队,各科室协同,营商服务专员对接重点企业'

function sweep(year: number, kind: '冬令大走访' | '夏令大走访', startOn: string, endOn: string, size: number) {
  return { name: `${year}年${kind}`, kind, startOn, endOn, size, notes: SWEEP_NOTE }
}

export const CAMPAIGNS: readonly CampaignSpec[] = [
  sweep(2024, '夏令大走访', '2024-06-17', '2024-08-30', 500),
  sweep(2024, '冬令大走访', '2024-12-02', '2025-01-24', 490),
  sweep(2025, '夏令大走访', '2025-06-16', '2025-08-29', 520),
  sweep(2025, '冬令大走访', '2025-12-01', '2026-01-23', 510),
  ...(
    [
      ['03', '31', '金融支持', '联合区金融办、驻区银行集中设点,对接融资需求'],
      ['04', '30', '人才保障', '人才政策宣讲、同济毕业生招聘对接'],
      ['05', '31', '法律服务', '金法槌律师驻点,合同与劳动用工法律体检'],
      ['06', '30', '政策直通', '营商环境6.0版政策解读,一网通办帮办'],
      ['09', '30', '科技创新', '高新技术企业、专精特新认定辅导'],
      ['10', '31', '设计产业', '现代设计产业集群交流,实地参观考察'],
      ['11', '30', '绿色低碳', '绿色建筑与节能改造政策对接'],
    ] as const
  ).map(([month, last, theme, notes]) => ({
    name: `2026年${Number(month)}月营商服务主题月(${theme})`,
    kind: '主题月' as const,
    startOn: `2026-${month}-01`,
    endOn: `2026-${month}-${last}`,
    size: 26,
    notes,
  })),
]

export interface CampaignRef extends CampaignSpec {
  id: number
}

export function loadCampaigns(backend: DemoDeps): CampaignRef[] {
  return CAMPAIGNS.map((c) => ({
    ...c,
    id: create(backend, 'campaign', { name: c.name, kind: c.kind, startOn: c.startOn, endOn: c.endOn, notes: c.notes }),
  }))
}
