import { InboxOutlined } from '@ant-design/icons'
import { Select, Space, Spin, Typography, Upload } from 'antd'
import type { ImportKind } from '../../../../shared/domain/fields'
import { ACCEPT, KIND_OPTIONS } from './kinds'

interface Props {
  kind: ImportKind | undefined
  onKind: (k: ImportKind | undefined) => void
  /** One file, or several chosen or dropped together (each imported as its own batch). */
  onFiles: (files: File[]) => void
  /** The desktop app: a click opens the system open dialog instead of the browser's chooser. */
  onPick?: () => void
  busy: boolean
}

/** Step 1: which ledger (or let the headers tell) and which file. */
export function ChooseStep({ kind, onKind, onFiles, onPick, busy }: Props) {
  return (
    <div className="import-choose">
      <Space align="center">
        <span>导入到</span>
        <Select
          aria-label="导入到"
          style={{ width: 200 }}
          value={kind ?? 'auto'}
          options={[{ value: 'auto', label: '按表头自动识别' }, ...KIND_OPTIONS]}
          onChange={(v: string) => onKind(v === 'auto' ? undefined : (v as ImportKind))}
        />
      </Space>
      <Spin spinning={busy} description="正在读取文件…">
        {/* Dropping a file still works in the desktop app; a click asks main for the system dialog. */}
        <div onClick={busy ? undefined : onPick}>
          <Upload.Dragger
            accept={ACCEPT}
            multiple
            showUploadList={false}
            disabled={busy}
            openFileDialogOnClick={!onPick}
            // The bytes go to main through our own upload; antd's request is not used.
            // Called once per file with the whole selection: taken once, at its first file.
            beforeUpload={(f, list) => {
              if (f === list[0]) onFiles(list)
              return Upload.LIST_IGNORE
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">点击选择文件,或把文件拖到窗口中(可一次选择多个文件,每个文件单独导入)</p>
            <p className="ant-upload-hint">
              支持 .xlsx(Excel、WPS、LibreOffice 保存的均可)和 .csv(UTF-8 或 GBK 编码均可自动识别)。.xls / .et
              文件请先另存为 .xlsx。
            </p>
          </Upload.Dragger>
        </div>
      </Spin>
      <Typography.Paragraph type="secondary" className="import-tips">
        标题行、填报单位、制表日期、两行合并表头、合并单元格、小计/合计行都会自动识别;导入前可以核对每一列对应的字段,并预览前几行及其中的问题。整次导入要么全部写入,要么全部不写入,导入后也可以整批撤销。
      </Typography.Paragraph>
    </div>
  )
}
