import {
  AlertOutlined,
  ApartmentOutlined,
  BankOutlined,
  BookOutlined,
  CalendarOutlined,
  CommentOutlined,
  DatabaseOutlined,
  DeleteOutlined,
  EnvironmentOutlined,
  FormOutlined,
  HistoryOutlined,
  HomeOutlined,
  ImportOutlined,
  MoneyCollectOutlined,
  PrinterOutlined,
  ProfileOutlined,
  ScheduleOutlined,
  SettingOutlined,
  ShopOutlined,
  SolutionOutlined,
  TeamOutlined,
  ToolOutlined,
  UserOutlined,
  CarOutlined,
} from '@ant-design/icons'
import type { ReactNode } from 'react'
import { DETAIL_PAGES } from '../features/detail/routes'
import { lazyPage, type LazyPage } from '../lib/lazyPage'

export interface Route {
  /** The fragment: #/enterprise. */
  path: string
  label: string
  icon: ReactNode
  /** Loaded when first opened: each page is a chunk of its own. */
  Page: LazyPage
}

/** A fold of the sidebar. */
export interface RouteGroup {
  key: string
  label: string
  icon: ReactNode
  routes: readonly Route[]
}

const HOME: Route = {
  path: 'home',
  label: '首页',
  icon: <HomeOutlined />,
  Page: lazyPage(
    () => import('../features/home/HomePage'),
    (m) => m.HomePage,
  ),
}

/** The sidebar: 首页, then the groups in the office's order. */
export const ROUTE_GROUPS: readonly RouteGroup[] = [
  {
    key: 'ledgers',
    label: '台账',
    icon: <DatabaseOutlined />,
    routes: [
      {
        path: 'enterprise',
        label: '企业名录',
        icon: <ShopOutlined />,
        Page: lazyPage(
          () => import('../features/enterprise/EnterprisePage'),
          (m) => m.EnterprisePage,
        ),
      },
      {
        path: 'building',
        label: '楼宇',
        icon: <BankOutlined />,
        Page: lazyPage(
          () => import('../features/building/BuildingPage'),
          (m) => m.BuildingPage,
        ),
      },
      {
        path: 'rent-relief',
        label: '房租减免',
        icon: <MoneyCollectOutlined />,
        Page: lazyPage(
          () => import('../features/rent-relief/RentReliefPage'),
          (m) => m.RentReliefPage,
        ),
      },
      {
        path: 'partner',
        label: '招商伙伴',
        icon: <ApartmentOutlined />,
        Page: lazyPage(
          () => import('../features/partner/PartnerPage'),
          (m) => m.PartnerPage,
        ),
      },
      {
        path: 'event',
        label: '活动',
        icon: <CalendarOutlined />,
        Page: lazyPage(
          () => import('../features/campaign/EventPageWithAttendees'),
          (m) => m.EventPageWithAttendees,
        ),
      },
      {
        path: 'organisation',
        label: '联盟商会',
        icon: <TeamOutlined />,
        Page: lazyPage(
          () => import('../features/organisation/OrganisationPage'),
          (m) => m.OrganisationPage,
        ),
      },
      {
        path: 'staff',
        label: '人员',
        icon: <UserOutlined />,
        Page: lazyPage(
          () => import('../features/staff/StaffPage'),
          (m) => m.StaffPage,
        ),
      },
      {
        path: 'service-point',
        label: '服务站点',
        icon: <EnvironmentOutlined />,
        Page: lazyPage(
          () => import('../features/service-point/ServicePointPage'),
          (m) => m.ServicePointPage,
        ),
      },
    ],
  },
  {
    key: 'visits',
    label: '走访与诉求',
    icon: <CarOutlined />,
    routes: [
      {
        path: 'campaign-plan',
        label: '走访计划',
        icon: <ScheduleOutlined />,
        Page: lazyPage(
          () => import('../features/campaign/CampaignPlanPage'),
          (m) => m.CampaignPlanPage,
        ),
      },
      {
        path: 'visit-entry',
        label: '走访录入',
        icon: <FormOutlined />,
        Page: lazyPage(
          () => import('../features/visit-entry/VisitEntryPage'),
          (m) => m.VisitEntryPage,
        ),
      },
      {
        path: 'visit',
        label: '走访',
        icon: <SolutionOutlined />,
        Page: lazyPage(
          () => import('../features/visit/VisitPage'),
          (m) => m.VisitPage,
        ),
      },
      {
        path: 'request',
        label: '诉求',
        icon: <CommentOutlined />,
        Page: lazyPage(
          () => import('../features/request/RequestPage'),
          (m) => m.RequestPage,
        ),
      },
      {
        path: 'supervision',
        label: '督办',
        icon: <AlertOutlined />,
        Page: lazyPage(
          () => import('../features/supervision/SupervisionPage'),
          (m) => m.SupervisionPage,
        ),
      },
    ],
  },
  {
    key: 'data',
    label: '数据',
    icon: <ProfileOutlined />,
    routes: [
      {
        path: 'import',
        label: '导入',
        icon: <ImportOutlined />,
        Page: lazyPage(
          () => import('../features/import/ImportPage'),
          (m) => m.ImportPage,
        ),
      },
      {
        path: 'reports',
        label: '报表',
        icon: <PrinterOutlined />,
        Page: lazyPage(
          () => import('../features/reports/ReportsPage'),
          (m) => m.ReportsPage,
        ),
      },
      {
        path: 'dictionary',
        label: '字典',
        icon: <BookOutlined />,
        Page: lazyPage(
          () => import('../features/dictionary/DictionaryPage'),
          (m) => m.DictionaryPage,
        ),
      },
    ],
  },
  {
    key: 'system',
    label: '系统',
    icon: <ToolOutlined />,
    routes: [
      {
        path: 'activity',
        label: '操作记录',
        icon: <HistoryOutlined />,
        Page: lazyPage(
          () => import('../features/history/ActivityPage'),
          (m) => m.ActivityPage,
        ),
      },
      {
        path: 'trash',
        label: '回收站',
        icon: <DeleteOutlined />,
        Page: lazyPage(
          () => import('../features/history/TrashPage'),
          (m) => m.TrashPage,
        ),
      },
      {
        path: 'settings',
        label: '设置',
        icon: <SettingOutlined />,
        Page: lazyPage(
          () => import('../features/settings/SettingsPage'),
          (m) => m.SettingsPage,
        ),
      },
    ],
  },
]

/** Every page, 首页 first: it is where an unknown URL lands. */
export const ROUTES: readonly Route[] = [HOME, ...ROUTE_GROUPS.flatMap((g) => g.routes)]

export function findRoute(path: string): Route {
  return ROUTES.find((r) => r.path === path) ?? ROUTES[0]
}

/** The group a page sits in, or undefined for 首页. */
export function groupOf(path: string): RouteGroup | undefined {
  return ROUTE_GROUPS.find((g) => g.routes.some((r) => r.path === path))
}

/**
 * A record's own page (#/enterprise/12 is 一企一档), for the ledgers that have one; `key`
 * remounts it when the record or the whole ledger changes.
 */
export function detailPage(path: string, id: number, key: string): ReactNode {
  const Detail = detailOf(path)
  return Detail && <Detail key={key} id={id} />
}

const detailOf = (path: string) => (Object.hasOwn(DETAIL_PAGES, path) ? DETAIL_PAGES[path] : null)

/**
 * Starts fetching the code of the page the URL names while the shell waits for the database's
 * first answer, rather than after it.
 */
export function preloadPage(path: string, detail: boolean): void {
  const Detail = detail ? detailOf(path) : null
  ;(Detail ?? findRoute(path).Page).preload()
}
