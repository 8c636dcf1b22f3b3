/** The detail views (一企一档, building, partner, staff): one call each, everything the page shows. */
import type { Building } from './building'
import type { Enterprise } from './enterprise'
import type { Event } from './event'
import type { Organisation } from './organisation'
import type { Partner } from './partner'
import type { RentRelief } from './rent-relief'
import type { Request } from './request'
import type { Staff } from './staff'
import type { Visit } from './visit'

export interface AuditChange {
  field: string
  /** Chinese field name. */
  label: string
  from: unknown
  to: unknown
}

export interface AuditEntry {
  id: number
  at: string
  actor: string
  action: 'create' | 'update' | 'delete'
  /** Only what differs between before and after. */
  changes: AuditChange[]
  batch: string | null
}

export interface RequestWithAge extends Request {
  /** Open and past its due date. */
  overdue: boolean
}

export interface EnterpriseProfile {
  enterprise: Enterprise
  building: Building | null
  specialist: Staff | null
  partner: Partner | null
  visits: Visit[]
  requests: RequestWithAge[]
  rentReliefs: RentRelief[]
  events: Pick<Event, 'id' | 'heldOn' | 'theme' | 'kind' | 'organiser'>[]
  organisations: Pick<Organisation, 'id' | 'name' | 'kind'>[]
  history: AuditEntry[]
}

export interface CoverageRow {
  campaignId: number
  campaignName: string
  startOn: string
  /** Firms of the building (or in scope) visited in the campaign. */
  visited: number
  inScope: number
}

export interface BuildingProfile {
  building: Building
  manager: Staff | null
  /** Firms in the building, 在营 first. */
  enterprises: Pick<Enterprise, 'id' | 'name' | 'creditCode' | 'room' | 'industryName' | 'status' | 'isKey'>[]
  rentRelief: { count: number; amount: number }
  coverage: CoverageRow[]
  requests: { total: number; open: number; overdue: number }
  history: AuditEntry[]
}

export interface PartnerProfile {
  partner: Partner
  enterprises: Pick<Enterprise, 'id' | 'name' | 'creditCode' | 'industryName' | 'settledOn' | 'status'>[]
  /** Firms brought in per year of 落户日期 (blank year: '未知'). */
  byYear: { year: string; count: number }[]
  history: AuditEntry[]
}

export interface StaffProfile {
  staff: Staff
  /** Buildings this person is 楼掌柜 of. */
  buildings: Pick<Building, 'id' | 'name' | 'enterpriseCount'>[]
  /** Firms this person is 服务专员 of. */
  enterprises: Pick<Enterprise, 'id' | 'name' | 'creditCode' | 'buildingName' | 'isKey'>[]
  visitCount: number
  /** The most recent visits made, newest first. */
  recentVisits: Visit[]
  history: AuditEntry[]
}

export type SearchKind = 'enterprise' | 'building' | 'partner' | 'staff'

export interface SearchHit {
  kind: SearchKind
  id: number
  title: string
  subtitle: string | null
}
