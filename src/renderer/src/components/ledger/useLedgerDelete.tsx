import { confirmDanger } from '../DangerConfirm'
import { App } from 'antd'
import { useCallback } from 'react'
import { describeDependents, describeUses } from '../../lib/dependents'
import { errorMessage } from '../../lib/errors'
import { ledgerApi } from './ledgerApi'
import type { LedgerConfig, Row } from './types'

/**
 * Asks before deleting, naming everything that goes with the record or loses its link to it,
 * as main counts them at the moment of asking; then deletes with cascade. A record that is
 * still in use where that forbids deleting (a dictionary entry) is not offered for deletion.
 */
export function useLedgerDelete(config: LedgerConfig, onDeleted: (id: number) => void) {
  const { modal, message } = App.useApp()
  return useCallback(
    async (row: Row) => {
      const api = ledgerApi(config.name)
      const title = config.titleOf(row)
      let deps
      try {
        deps = await api.dependents({ id: row.id })
      } catch (e) {
        void message.error(errorMessage(e))
        return
      }
      if (config.deleteRestricted) {
        const uses = describeUses(deps)
        if (uses) {
          modal.info({
            title: `不能删除${config.noun}“${title}”`,
            content: <div data-testid="delete-confirm">{`该${config.noun}${uses},请先修改这些记录。`}</div>,
            okText: '知道了',
          })
          return
        }
      }
      const consequences = config.deleteRestricted ? null : describeDependents(deps)
      confirmDanger(
        { modal, message },
        {
          title: `删除${config.noun}“${title}”?`,
          content: (
            <div data-testid="delete-confirm">
              {consequences ? <p>{consequences}。</p> : <p>没有其他记录与它关联。</p>}
              <p>删除后无法恢复。</p>
            </div>
          ),
          okText: '删除',
        },
        async () => {
          await api.delete({ id: row.id, cascade: true })
          onDeleted(row.id)
          void message.success(`已删除“${title}”`)
        },
      )
    },
    [config, modal, message, onDeleted],
  )
}
