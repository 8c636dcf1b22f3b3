import {
  ApartmentOutlined,
  BankOutlined,
  CalendarOutlined,
  CommentOutlined,
  HomeOutlined,
  MoneyCollectOutlined,
  SettingOutlined,
  ShopOutlined,
  SolutionOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons'
import type { ComponentType, ReactNode } from 'react'
import { BuildingPage } from '../features/building/BuildingPage'
import { EnterprisePage } from '../features/enterprise/EnterprisePage'
import { EventPage } from '../features/event/EventPage'
import { HomePage } from '../features/home/HomePage'
import { OrganisationPage } from '../features/organisation/OrganisationPage'
import { PartnerPage } from '../features/partner/PartnerPage'
import { RentReliefPage } from '../features/rent-relief/RentReliefPage'
import { RequestPage } from '../features/request/RequestPage'
import { SettingsPage } from '../features/settings/SettingsPage'
import { StaffPage } from '../features/staff/StaffPage'
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
  { path: 'visit', label: '走访', icon: <SolutionOutlined />, Page: VisitPage },
  { path: 'request', label: '诉求', icon: <CommentOutlined />, Page: RequestPage },
  { path: 'rent-relief', label: '房租减免', icon: <MoneyCollectOutlined />, Page: RentReliefPage },
  { path: 'partner', label: '招商伙伴', icon: <ApartmentOutlined />, Page: PartnerPage },
  { path: 'event', label: '活动', icon: <CalendarOutlined />, Page: EventPage },
  { path: 'organisation', label: '联盟商会', icon: <TeamOutlined />, Page: OrganisationPage },
  { path: 'staff', label: '人员', icon: <UserOutlined />, Page: StaffPage },
  { path: 'settings', label: '设置', icon: <SettingOutlined />, Page: SettingsPage },
]

export function findRoute(path: string): Route {
  return ROUTES.find((r) => r.path === path) ?? ROUTES[0]
}
