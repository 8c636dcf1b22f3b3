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
  MergeCellsOutlined,
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

/** Each page's code, fetched the first time it is opened: a chunk of its own. */
const PAGES = {
  home: lazyPage(() => import('../features/home/HomePage').then((m) => m.HomePage)),
  enterprise: lazyPage(() => import('../features/enterprise/EnterprisePage').then((m) => m.EnterprisePage)),
  dedupe: lazyPage(() => import('../features/dedupe/DedupePage').then((m) => m.DedupePage)),
  building: lazyPage(() => import('../features/building/BuildingPage').then((m) => m.BuildingPage)),
  'rent-relief': lazyPage(() => import('../features/rent-relief/RentReliefPage').then((m) => m.RentReliefPage)),
  partner: lazyPage(() => import('../features/partner/PartnerPage').then((m) => m.PartnerPage)),
  event: lazyPage(() => import('../features/campaign/EventPageWithAttendees').then((m) => m.EventPageWithAttendees)),
  organisation: lazyPage(() => import('../features/organisation/OrganisationPage').then((m) => m.OrganisationPage)),
  staff: lazyPage(() => import('../features/staff/StaffPage').then((m) => m.StaffPage)),
  'service-point': lazyPage(() => import('../features/service-point/ServicePointPage').then((m) => m.ServicePointPage)),
  'campaign-plan': lazyPage(() => import('../features/campaign/CampaignPlanPage').then((m) => m.CampaignPlanPage)),
  'visit-entry': lazyPage(() => import('../features/visit-entry/VisitEntryPage').then((m) => m.VisitEntryPage)),
  visit: lazyPage(() => import('../features/visit/VisitPage').then((m) => m.VisitPage)),
  request: lazyPage(() => import('../features/request/RequestPage').then((m) => m.RequestPage)),
  supervision: lazyPage(() => import('../features/supervision/SupervisionPage').then((m) => m.SupervisionPage)),
  import: lazyPage(() => import('../features/import/ImportPage').then((m) => m.ImportPage)),
  reports: lazyPage(() => import('../features/reports/ReportsPage').then((m) => m.ReportsPage)),
  dictionary: lazyPage(() => import('../features/dictionary/DictionaryPage').then((m) => m.DictionaryPage)),
  activity: lazyPage(() => import('../features/history/ActivityPage').then((m) => m.ActivityPage)),
  trash: lazyPage(() => import('../features/history/TrashPage').then((m) => m.TrashPage)),
  settings: lazyPage(() => import('../features/settings/SettingsPage').then((m) => m.SettingsPage)),
} satisfies Record<string, LazyPage>

type PagePath = keyof typeof PAGES

/** Each page's name and icon in the sidebar. */
const NAMES: Record<PagePath, [label: string, icon: ReactNode]> = {
  home: ['首页', <HomeOutlined />],
  enterprise: ['企业名录', <ShopOutlined />],
  dedupe: ['疑似重复', <MergeCellsOutlined />],
  building: ['楼宇', <BankOutlined />],
  'rent-relief': ['房租减免', <MoneyCollectOutlined />],
  partner: ['招商伙伴', <ApartmentOutlined />],
  event: ['活动', <CalendarOutlined />],
  organisation: ['联盟商会', <TeamOutlined />],
  staff: ['人员', <UserOutlined />],
  'service-point': ['服务站点', <EnvironmentOutlined />],
  'campaign-plan': ['走访计划', <ScheduleOutlined />],
  'visit-entry': ['走访录入', <FormOutlined />],
  visit: ['走访', <SolutionOutlined />],
  request: ['诉求', <CommentOutlined />],
  supervision: ['督办', <AlertOutlined />],
  import: ['导入', <ImportOutlined />],
  reports: ['报表', <PrinterOutlined />],
  dictionary: ['字典', <BookOutlined />],
  activity: ['操作记录', <HistoryOutlined />],
  trash: ['回收站', <DeleteOutlined />],
  settings: ['设置', <SettingOutlined />],
}

function route(path: PagePath): Route {
  const [label, icon] = NAMES[path]
  return { path, label, icon, Page: PAGES[path] }
}

function group(key: string, label: string, icon: ReactNode, paths: PagePath[]): RouteGroup {
  return { key, label, icon, routes: paths.map(route) }
}

/** The sidebar: 首页, then the groups in the office's order. */
export const ROUTE_GROUPS: readonly RouteGroup[] = [
  group('ledgers', '台账', <DatabaseOutlined />, [
    'enterprise',
    'building',
    'rent-relief',
    'partner',
    'event',
    'organisation',
    'staff',
    'service-point',
  ]),
  group('visits', '走访与诉求', <CarOutlined />, ['campaign-plan', 'visit-entry', 'visit', 'request', 'supervision']),
  group('data', '数据', <ProfileOutlined />, ['import', 'reports', 'dictionary']),
  group('system', '系统', <ToolOutlined />, ['activity', 'trash', 'settings']),
]

/**
 * Pages opened from another page rather than the sidebar (疑似重复 from 企业名录): the sidebar
 * must fit a 1366×768 screen with any group open, and shows the page they belong to as current.
 */
const SUBPAGES: Partial<Record<PagePath, PagePath>> = { dedupe: 'enterprise' }

/** Every page, 首页 first: it is where an unknown URL lands. */
export const ROUTES: readonly Route[] = [
  route('home'),
  ...ROUTE_GROUPS.flatMap((g) => g.routes),
  ...(Object.keys(SUBPAGES) as PagePath[]).map(route),
]

/** The sidebar entry that stands for a page: itself, or the page it is opened from. */
export function menuPathOf(path: string): string {
  return (Object.hasOwn(SUBPAGES, path) && SUBPAGES[path as PagePath]) || path
}

export function findRoute(path: string): Route {
  return ROUTES.find((r) => r.path === path) ?? ROUTES[0]
}

/** The group a page sits in, or undefined for 首页. */
export function groupOf(path: string): RouteGroup | undefined {
  const shown = menuPathOf(path)
  return ROUTE_GROUPS.find((g) => g.routes.some((r) => r.path === shown))
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
