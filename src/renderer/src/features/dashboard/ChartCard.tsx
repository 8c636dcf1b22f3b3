import { DownloadOutlined } from '@ant-design/icons'
import { App, Button, Card, Empty } from 'antd'
import { useRef, type ReactNode } from 'react'
import { errorMessage } from '../../lib/errors'
import { saveChartPng } from './png'

export interface ChartCardProps {
  /** Stable id for tests and the PNG's file name: 楼宇覆盖率. */
  id: string
  title: string
  /** The unit of the numbers, under the title: 单位:家、% */
  unit: string
  /** Why there is nothing to draw, in words: shown instead of an empty chart. */
  empty: string | null
  /** A sentence under the chart: 点击柱条查看未走访企业. */
  hint?: string
  children: ReactNode
}

/** One chart of the dashboard: title, unit, PNG export, and a reason when it is empty. */
export function ChartCard({ id, title, unit, empty, hint, children }: ChartCardProps) {
  const { message } = App.useApp()
  const box = useRef<HTMLDivElement>(null)
  const exportPng = async () => {
    try {
      await saveChartPng(box.current!, title)
    } catch (e) {
      void message.error(errorMessage(e))
    }
  }
  return (
    <Card
      size="small"
      className="dash-chart"
      data-testid={`chart-${id}`}
      title={
        <span>
          {title}
          <span className="dash-unit">{unit}</span>
        </span>
      }
      extra={
        !empty && (
          <Button size="small" type="text" icon={<DownloadOutlined />} onClick={exportPng} className="no-print">
            导出图片
          </Button>
        )
      }
    >
      {empty ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />
      ) : (
        <>
          <div ref={box}>{children}</div>
          {hint && <div className="dash-hint no-print">{hint}</div>}
        </>
      )}
    </Card>
  )
}
