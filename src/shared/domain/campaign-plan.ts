/** A campaign's plan page: who is in scope, who has been visited, by building and by 楼掌柜. */
import type { Campaign } from './campaign'

export interface PlanGroup {
  /** Building or 楼掌柜 id; null for firms without one. */
  key: number | null
  name: string
  inScope: number
  visited: number
}

export interface PlanFirm {
  id: number
  name: string
  buildingName: string | null
  managerName: string | null
  isKey: boolean
  assigneeId: number | null
  assigneeName: string | null
}

export interface CampaignPlan {
  campaign: Campaign
  inScope: number
  visited: number
  byBuilding: PlanGroup[]
  byManager: PlanGroup[]
  /** In scope and not yet visited in this campaign: the work left. */
  pending: PlanFirm[]
}

export interface StatusChange {
  id: number
  at: string
  actor: string
  fromStatus: string | null
  toStatus: string
  note: string | null
}
