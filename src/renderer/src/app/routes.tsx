import {
  AlertOutlined,
  ApartmentOutlined,
  BankOutlined,
  BookOutlined,
  DeleteOutlined,
  HistoryOutlined,
  CalendarOutlined,
  CommentOutlined,
  EnvironmentOutlined,
  FormOutlined,
  HomeOutlined,
  ImportOutlined,
  MoneyCollectOutlined,
  PrinterOutlined,
  ScheduleOutlined,
  SettingOutlined,
  ShopOutlined,
  SolutionOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons'
import type { ComponentType, ReactNode } from 'react'
import { BuildingPage } from '../features/building/BuildingPage'
import { DETAIL_PAGES } from '../features/detail/routes'
import { DictionaryPage } from '../features/dictionary/DictionaryPage'
import { EnterprisePage } from '../features/enterprise/EnterprisePage'
import { CampaignPlanPage } from '../features/campaign/CampaignPlanPage'
import { EventPageWithAttendees } from '../features/campaign/EventPageWithAttendees'
import { HomePage } from '../features/home/HomePage'
import { ImportPage } from '../features/import/ImportPage'
import { OrganisationPage } from '../features/organisation/OrganisationPage'
import { PartnerPage } from '../features/partner/PartnerPage'
import { RentReliefPage } from '../features/rent-relief/RentReliefPage'
import { ReportsPage } from '../features/reports/ReportsPage'
import { RequestPage } from '../features/request/RequestPage'
import { ServicePointPage } from '../features/service-point/ServicePointPage'
import { ActivityPage } from '../features/history/ActivityPage'
import { TrashPage } from '../features/history/TrashPage'
import { SettingsPage } from '../features/settings/SettingsPage'
import { StaffPage } from '../features/staff/StaffPage'
import { SupervisionPage } from '../features/supervision/SupervisionPage'
import { VisitEntryPage } from '../features/visit-entry/VisitEntryPage'
import { VisitPage } from '../features/visit/VisitPage'

export interface Route {
  /** The fragment: #/enterprise. */
  path: string
  label: string
  icon: ReactNode
  Page: ComponentType
}

/** Every ledger, in the order of the sidebar. The first is where an unknown URL lands. */
export const ROUTES: readonly Route[] = [
  { path: 'home', label: '首页', icon: <HomeOutlined />, Page: HomePage },
  { path: 'enterprise', label: '企业名录', icon: <ShopOutlined />, Page: EnterprisePage },
  { path: 'building', label: '楼宇', icon: <BankOutlined />, Page: BuildingPage },
  { path: 'campaign-plan', label: '走访计划', icon: <ScheduleOutlined />, Page: CampaignPlanPage },
  { path: 'visit-entry', label: '走访录入', icon: <FormOutlined />, Page: VisitEntryPage },
  { path: 'visit', label: '走访', icon: <SolutionOutlined />, Page: VisitPage },
  { path: 'request', label: '诉求', icon: <CommentOutlined />, Page: RequestPage },
  { path: 'supervision', label: '督办', icon: <AlertOutlined />, Page: SupervisionPage },
  { path: 'rent-relief', label: '房租减免', icon: <MoneyCollectOutlined />, Page: RentReliefPage },
  { path: 'partner', label: '招商伙伴', icon: <ApartmentOutlined />, Page: PartnerPage },
  { path: 'event', label: '活动', icon: <CalendarOutlined />, Page: EventPageWithAttendees },
  { path: 'organisation', label: '联盟商会', icon: <TeamOutlined />, Page: OrganisationPage },
  { path: 'staff', label: '人员', icon: <UserOutlined />, Page: StaffPage },
  { path: 'service-point', label: '服务站点', icon: <EnvironmentOutlined />, Page: ServicePointPage },
  { path: 'reports', label: '报表', icon: <PrinterOutlined />, Page: ReportsPage },
  { path: 'import', label: '导入', icon: <ImportOutlined />, Page: ImportPage },
  { path: 'dictionary', label: '字典', icon: <BookOutlined />, Page: DictionaryPage },
  { path: 'activity', label: '操作记录', icon: <HistoryOutlined />, Page: ActivityPage },
  { path: 'trash', label: '回收站', icon: <DeleteOutlined />, Page: TrashPage },
  { path: 'settings', label: '设置', icon: <SettingOutlined />, Page: SettingsPage },
]

export function findRoute(path: string): Route {
  return ROUTES.find((r) => r.path === path) ?? ROUTES[0]
}

/**
 * A record's own page (#/enterprise/12 is 一企一档), for the ledgers that have one; `key`
 * remounts it when the record or the whole ledger changes.
 */
export function detailPage(path: string, id: number, key: string): ReactNode {
  const Detail = Object.hasOwn(DETAIL_PAGES, path) ? DETAIL_PAGES[path] : null
  return Detail && <Detail key={key} id={id} />
}
