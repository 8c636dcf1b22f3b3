/**
 * The sidebar menu: 首页, then four groups that fold. The groups left open are remembered on
 * this computer, and the group of the page shown is always open so its entry can be seen.
 * antd's inline Menu gives the keyboard: Tab into it, arrows between entries, Enter to open.
 */
import { Badge, Menu, type MenuProps } from 'antd'
import { useEffect, useMemo, useState } from 'react'
import { useOverdueCount } from '../features/supervision/useOverdueCount'
import { useCanWrite } from './Access'
import { groupOf, menuPathOf, ROUTE_GROUPS, ROUTES, type Route } from './routes'
import { navigate } from './useHashRoute'

const STORAGE_KEY = 'bizledger.nav.open'
/** The first time, only 台账 is open: the pages most used, and what fits any screen. */
const FIRST_OPEN = ['ledgers']
const GROUP_KEYS = new Set(ROUTE_GROUPS.map((g) => g.key))

function savedOpen(): string[] {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null')
    return Array.isArray(v) ? v.filter((k): k is string => typeof k === 'string' && GROUP_KEYS.has(k)) : FIRST_OPEN
  } catch {
    return FIRST_OPEN
  }
}

function saveOpen(keys: string[]): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(keys))
  } catch {
    // Storage full or refused: the menu still works, it just forgets.
  }
}

/** Pages with nothing to do but write. */
const WRITE_ONLY_PAGES = new Set(['import'])

const withGroup = (keys: string[], group: string | undefined) =>
  !group || keys.includes(group) ? keys : [...keys, group]

/** Counts beside the entries where they say what needs doing now. */
function label(route: Route, overdue: number | undefined) {
  if (route.path !== 'supervision' || !overdue) return route.label
  return (
    <span className="nav-label">
      {route.label}
      <Badge
        count={overdue}
        overflowCount={999}
        size="small"
        title={`逾期诉求 ${overdue} 件`}
        data-testid="nav-overdue"
      />
    </span>
  )
}

export function SideNav({ current }: { current: string }) {
  const currentGroup = groupOf(current)?.key
  const [openKeys, setOpenKeys] = useState(() => withGroup(savedOpen(), currentGroup))
  const [shownGroup, setShownGroup] = useState(currentGroup)
  // Opening a page from elsewhere (a link, the search) unfolds its group: adjusted while
  // rendering, as React advises for state that follows a prop, so the menu never shows it folded.
  if (shownGroup !== currentGroup) {
    setShownGroup(currentGroup)
    setOpenKeys(withGroup(openKeys, currentGroup))
  }
  useEffect(() => saveOpen(openKeys), [openKeys])
  const overdue = useOverdueCount()
  // 只读 in a shared ledger cannot import: the entry is left out (the host refuses it anyway).
  const canWrite = useCanWrite()

  const items = useMemo<MenuProps['items']>(
    () => [
      { key: ROUTES[0].path, icon: ROUTES[0].icon, label: ROUTES[0].label },
      ...ROUTE_GROUPS.map((g) => ({
        key: g.key,
        icon: g.icon,
        label: g.label,
        children: g.routes
          .filter((r) => canWrite || !WRITE_ONLY_PAGES.has(r.path))
          .map((r) => ({ key: r.path, icon: r.icon, label: label(r, overdue) })),
      })),
    ],
    [overdue, canWrite],
  )

  return (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={[menuPathOf(current)]}
      openKeys={openKeys}
      onOpenChange={setOpenKeys}
      onClick={(e) => navigate(e.key)}
      // Entries of folded groups stay in the page, so a search by name finds them.
      forceSubMenuRender
      data-testid="nav"
    />
  )
}
