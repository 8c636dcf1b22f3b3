import { LogoutOutlined } from '@ant-design/icons'
import { Alert, Button, Layout, Spin, Tag, Tooltip } from 'antd'
import { Suspense, useEffect } from 'react'
import { StatusBar } from '../components/StatusBar'
import { useWindowFileDrop } from '../features/import/drop'
import { useSubdistrict } from '../lib/useSubdistrict'
import { SearchLauncher } from '../features/search/SearchLauncher'
import { useVisitEntryShortcut } from '../features/visit-entry/shortcut'
import { useUndoShortcut } from '../features/history/useUndoShortcut'
import { DbErrorScreen } from './DbErrorScreen'
import { useAccess } from './Access'
import { useAppState } from './AppState'
import { detailPage, findRoute, preloadPage } from './routes'
import { SetupModal } from './SetupModal'
import { SideNav } from './SideNav'
import { useDetailRoute, useHashRoute } from './useHashRoute'

export function AppShell() {
  const { info, stats, error, errorCode, epoch, retry, setupDone } = useAppState()
  const route = findRoute(useHashRoute())
  const { Page } = route
  // #/enterprise/12: the record's page, with its ledger still selected in the sidebar.
  const detail = useDetailRoute()
  const record = detail && detailPage(detail.path, detail.id, `${detail.path}/${detail.id}:${epoch}`)
  const isDetail = detail !== null
  useEffect(() => preloadPage(route.path, isDetail), [route.path, isDetail])
  useVisitEntryShortcut()
  useUndoShortcut()
  useWindowFileDrop()
  const subdistrict = useSubdistrict()

  if (error && !info) return <DbErrorScreen error={error} errorCode={errorCode} retry={retry} />

  return (
    <Layout className="app-shell">
      <Layout hasSider className="app-main">
        <Layout.Sider theme="light" width={168} className="app-sider">
          <div className="app-brand">
            <div className="app-brand-title">营商台账</div>
            <div className="app-brand-sub" data-testid="brand-office" title={`${subdistrict}营商办`}>
              {subdistrict}营商办
            </div>
          </div>
          <SignedInUser />
          <SearchLauncher />
          <SideNav current={route.path} />
        </Layout.Sider>
        <Layout.Content className="app-content">
          {/* A ledger on a network drive is opened read-only (main/db/network-drive.ts): say why. */}
          {info?.readOnly && (
            <Alert type="warning" showIcon banner title="只读打开" description={info.readOnly} data-testid="readonly" />
          )}
          {/* Pages wait for the first answer so none loads from a database still being set up;
              the epoch remounts them after first-run setup replaced the whole ledger. */}
          {info && !info.needsSetup && (
            // A page's code is fetched the first time it opens; meanwhile the shell stays usable.
            <Suspense fallback={<PageLoading />}>{record || <Page key={`${route.path}:${epoch}`} />}</Suspense>
          )}
        </Layout.Content>
      </Layout>
      <StatusBar dbPath={info?.dbPath} stats={stats} />
      <SetupModal open={info?.needsSetup === true} onDone={setupDone} />
    </Layout>
  )
}

/** A shared ledger's signed-in user and role, with 退出登录; nothing on this machine's own ledger. */
function SignedInUser() {
  const { user, logout } = useAccess()
  if (!user) return null
  return (
    <div className="app-user" data-testid="signed-in-user">
      <span className="app-user-who" title={`${user.name}(${user.roleLabel})`}>
        <span className="app-user-name">{user.name}</span>
        <Tag color={user.role === 'viewer' ? 'default' : 'blue'} className="app-user-role">
          {user.roleLabel}
        </Tag>
      </span>
      <Tooltip title="退出登录">
        <Button size="small" type="text" icon={<LogoutOutlined />} onClick={logout} aria-label="退出登录" />
      </Tooltip>
    </div>
  )
}

function PageLoading() {
  return (
    <div className="page-loading" data-testid="page-loading">
      <Spin />
      <span>正在打开页面…</span>
    </div>
  )
}
