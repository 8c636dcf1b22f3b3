import { Popconfirm, type App } from 'antd'
import type { ReactNode } from 'react'
import { errorMessage } from '../lib/errors'

type AppApi = ReturnType<typeof App.useApp>

export interface DangerQuestion {
  title: ReactNode
  /** What will happen, in the office's words. */
  content: ReactNode
  /** The red button: 删除, 恢复, 撤销. */
  okText: string
}

/**
 * Asks before a step that changes many records or cannot simply be taken back (a delete, a
 * restore from backup): a red OK beside 取消. `run` does it; its failure is said in a message
 * shown for `errorSeconds` (antd's default when not given).
 */
export function confirmDanger(
  { modal, message }: Pick<AppApi, 'modal' | 'message'>,
  question: DangerQuestion,
  run: () => Promise<void>,
  errorSeconds?: number,
): void {
  modal.confirm({
    ...question,
    okButtonProps: { danger: true },
    cancelText: '取消',
    onOk: async () => {
      try {
        await run()
      } catch (e) {
        void message.error(errorMessage(e), errorSeconds)
      }
    },
  })
}

/** The same question as a small bubble on the button that asks it (a row's 彻底删除, 撤销本次导入). */
export function DangerConfirm({
  title,
  content,
  okText,
  onConfirm,
  children,
}: DangerQuestion & { onConfirm: () => unknown; children: ReactNode }) {
  return (
    <Popconfirm
      title={title}
      description={content}
      okText={okText}
      okButtonProps={{ danger: true }}
      onConfirm={onConfirm}
    >
      {children}
    </Popconfirm>
  )
}
