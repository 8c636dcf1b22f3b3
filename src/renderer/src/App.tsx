import { App as AntApp, ConfigProvider } from 'antd'
import zhCN from 'antd/locale/zh_CN'
import { Suspense } from 'react'
import { AppShell } from './app/AppShell'
import { AppStateProvider } from './app/AppState'
import { SessionGate } from './app/SessionGate'
import { antdTheme } from './app/theme'
import { lazyPage } from './lib/lazyPage'
import { isPrintRoute } from '../../shared/reports/params'

// Only a print window needs the report's code (charts, fonts): loaded there alone.
const PrintPage = lazyPage(() => import('./features/reports/PrintPage').then((m) => m.PrintPage))

/** Providers only: Chinese locale and theme for antd, app state, then the shell. */
export function App() {
  return (
    <ConfigProvider locale={zhCN} theme={antdTheme}>
      {/* AntApp gives message/modal hooks that inherit this locale and theme. */}
      <AntApp className="ant-app-root">
        {/* A shared ledger's page signs in first; elsewhere the gate lets everything through. */}
        <SessionGate>
          {/* A report's print page (#/print/...) is the report alone: no shell, no first-run dialog. */}
          {isPrintRoute(window.location.hash) ? (
            <Suspense fallback={null}>
              <PrintPage />
            </Suspense>
          ) : (
            <AppStateProvider>
              <AppShell />
            </AppStateProvider>
          )}
        </SessionGate>
      </AntApp>
    </ConfigProvider>
  )
}
