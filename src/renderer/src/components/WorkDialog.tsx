import { Modal } from 'antd'
import type { ReactNode } from 'react'

export interface WorkDialogProps {
  title: ReactNode
  width: number
  testId: string
  onClose: () => void
  /** A form's dialog: 取消 and this button in the footer. Without it, the dialog has no footer. */
  onSave?: () => void
  /** The save button's words: 保存 unless said. */
  saveText?: string
  saving?: boolean
  children: ReactNode
}

/**
 * A dialog holding work in progress (a record's form, a list being edited, a request's moves):
 * opened and closed by its caller, never by a stray click beside it, 40 px from the top so a
 * tall form has room.
 */
export function WorkDialog({
  title,
  width,
  testId,
  onClose,
  onSave,
  saveText = '保存',
  saving,
  children,
}: WorkDialogProps) {
  const footer = onSave
    ? { okText: saveText, cancelText: '取消', confirmLoading: saving, onOk: onSave }
    : { footer: null }
  return (
    <Modal
      open
      title={title}
      width={width}
      style={{ top: 40 }}
      onCancel={onClose}
      mask={{ closable: false }}
      data-testid={testId}
      {...footer}
    >
      {children}
    </Modal>
  )
}
