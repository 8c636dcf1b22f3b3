/**
 * The problems of an import as a workbook the office can open, fix from and keep: one row per
 * problem with its sheet, row, column, value and reason, in Chinese.
 */
import ExcelJS from 'exceljs'

export interface IssueRow {
  level: 'error' | 'warning'
  sheet: string
  row: number
  column: string
  value: string
  reason: string
}

export async function errorWorkbook(issues: readonly IssueRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('导入问题')
  ws.columns = [
    { header: '类别', key: 'level', width: 8 },
    { header: '工作表', key: 'sheet', width: 16 },
    { header: '行号', key: 'row', width: 8 },
    { header: '列', key: 'column', width: 20 },
    { header: '值', key: 'value', width: 28 },
    { header: '原因', key: 'reason', width: 60 },
  ]
  ws.getRow(1).font = { bold: true }
  ws.views = [{ state: 'frozen', ySplit: 1 }]
  for (const i of issues) {
    // Strings stay text in the file: a code or a formula-like value comes back exactly as read.
    ws.addRow({ ...i, level: i.level === 'error' ? '错误' : '提示' })
  }
  return Buffer.from(await wb.xlsx.writeBuffer())
}
