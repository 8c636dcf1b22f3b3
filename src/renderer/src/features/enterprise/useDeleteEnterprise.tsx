import { App } from 'antd'
import { useCallback } from 'react'
import type { Enterprise } from '../../../../shared/domain'
import { api } from '../../api'
import { errorMessage } from '../../lib/errors'
import { describeDependents } from './dependents'

/**
 * Asks before deleting, naming everything that goes with the firm (its requests, visits ...),
 * counted by the backend at the moment of asking; then deletes with cascade.
 */
export function useDeleteEnterprise(onDeleted: (id: number) => void) {
  const { modal, message } = App.useApp()
  return useCallback(
    async (row: Enterprise) => {
      let deps
      try {
        deps = await api.enterprise.dependents({ id: row.id })
      } catch (e) {
        void message.error(errorMessage(e))
        return
      }
      const consequences = describeDependents(deps)
      modal.confirm({
        title: `删除企业“${row.name}”?`,
        content: (
          <div data-testid="delete-confirm">
            {consequences ? <p>{consequences}。</p> : <p>该企业没有走访、诉求等关联记录。</p>}
            <p>删除后无法恢复。</p>
          </div>
        ),
        okText: '删除',
        okButtonProps: { danger: true },
        cancelText: '取消',
        onOk: async () => {
          try {
            await api.enterprise.delete({ id: row.id, cascade: true })
            onDeleted(row.id)
            void message.success(`已删除“${row.name}”`)
          } catch (e) {
            void message.error(errorMessage(e))
          }
        },
      })
    },
    [modal, message, onDeleted],
  )
}
