import { App as AntApp, ConfigProvider } from 'antd'
import zhCN from 'antd/locale/zh_CN'
import { AppShell } from './app/AppShell'
import { AppStateProvider } from './app/AppState'
import { antdTheme } from './app/theme'
import { PrintPage } from './features/reports/PrintPage'
import { isPrintRoute } from '../../shared/reports/params'

/** Providers only: Chinese locale and theme for antd, app state, then the shell. */
export function App() {
  return (
    <ConfigProvider locale={zhCN} theme={antdTheme}>
      {/* AntApp gives message/modal hooks that inherit this locale and theme. */}
      <AntApp className="ant-app-root">
        {/* A report's print page (#/print/...) is the report alone: no shell, no first-run dialog. */}
        {isPrintRoute(window.location.hash) ? (
          <PrintPage />
        ) : (
          <AppStateProvider>
            <AppShell />
          </AppStateProvider>
        )}
      </AntApp>
    </ConfigProvider>
  )
}
