/**
 * The door of the firm form (issue #20): before a new firm is added, the firms it is likely to
 * be already (same normalised name or 曾用名, or phone) are shown; the user may add it
 * all the same (仍然新增) or go back and open the one that exists.
 */
import type { ModalApi } from '../../components/ledger/types'
import { api } from '../../api'
import { detailHref } from '../../app/useHashRoute'

export async function confirmNewFirm(input: Record<string, unknown>, modal: ModalApi): Promise<boolean> {
  const matches = await api.dedupe.check({
    name: String(input.name ?? ''),
    phone: (input.phone as string | null | undefined) ?? null,
  })
  if (matches.length === 0) return true
  return new Promise((resolve) => {
    modal.confirm({
      title: '企业名录中可能已有这家企业',
      content: (
        <div data-testid="door-matches">
          <ul>
            {matches.map((m) => (
              <li key={m.id}>
                <a href={detailHref('enterprise', m.id)} target="_self">
                  {m.name}
                </a>
                (编号 {m.id}):{m.reason}
              </li>
            ))}
          </ul>
          <p>确认是另一家企业时再新增;是同一家时请修改已有的记录。</p>
        </div>
      ),
      okText: '仍然新增',
      cancelText: '返回修改',
      width: 560,
      onOk: () => resolve(true),
      onCancel: () => resolve(false),
    })
  })
}
