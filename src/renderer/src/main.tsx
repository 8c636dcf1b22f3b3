import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { registerGridModules } from './components/grid/setup'
import './styles.css'

// Before anything renders: DatePicker month names and grid modules are read at mount.
dayjs.locale('zh-cn')
registerGridModules()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
