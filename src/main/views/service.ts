import type { SavedView, ViewState } from '../../shared/ipc/channels/views'
import type { Db } from '../db/connection'
import { AppError } from '../errors'

interface ViewRow {
  id: number
  ledger: string
  name: string
  state: string
}

const toView = (r: ViewRow): SavedView => ({
  id: r.id,
  ledger: r.ledger,
  name: r.name,
  state: JSON.parse(r.state) as ViewState,
})

/** The user's named grid views, kept in the ledger file so they survive restarts and travel with it. */
export class SavedViews {
  constructor(private readonly db: Db) {}

  list(ledger: string): SavedView[] {
    return (
      this.db.prepare('SELECT * FROM saved_view WHERE ledger = ? ORDER BY sort_order, id').all(ledger) as ViewRow[]
    ).map(toView)
  }

  save(input: { id?: number; ledger: string; name: string; state: ViewState }): SavedView {
    const clash = this.db
      .prepare('SELECT id FROM saved_view WHERE ledger = ? AND name = ? AND id IS NOT ?')
      .pluck()
      .get(input.ledger, input.name, input.id ?? null)
    if (clash)
      throw new AppError('CONFLICT', `已有名为“${input.name}”的视图,请换一个名称。`, { fields: { name: '名称已存在' } })
    const state = JSON.stringify(input.state)
    if (input.id === undefined) {
      const id = this.db
        .prepare('INSERT INTO saved_view (ledger, name, state) VALUES (?, ?, ?)')
        .run(input.ledger, input.name, state).lastInsertRowid
      return this.get(Number(id))
    }
    const changed = this.db
      .prepare(
        `UPDATE saved_view SET name = ?, state = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
         WHERE id = ? AND ledger = ?`,
      )
      .run(input.name, state, input.id, input.ledger).changes
    if (changed === 0) throw new AppError('NOT_FOUND', '该视图不存在,可能已被删除。')
    return this.get(input.id)
  }

  delete(id: number): { deleted: number } {
    return { deleted: this.db.prepare('DELETE FROM saved_view WHERE id = ?').run(id).changes }
  }

  private get(id: number): SavedView {
    return toView(this.db.prepare('SELECT * FROM saved_view WHERE id = ?').get(id) as ViewRow)
  }
}
