/**
 * The door (issue #20): a firm typed into the form that is likely one already in the ledger,
 * by normalised name (or 曾用名) or phone. A warning the user may accept, never a refusal: two
 * firms may share a phone, and the user knows which they mean. A credit code or 注册号 already
 * held is not asked here: main refuses it on save and names the firm that holds it, on the
 * form item itself.
 */
import type { FirmMatch } from '../../shared/ipc/channels/dedupe'
import type { Db } from '../core/deps'
import { dedupeName, normalisePhone, splitFormerNames } from './normalise'

const registered = new WeakSet<Db>()

/** The normalisations as SQL functions, so one scan of the table answers (no row comes to JS unless it matches). */
function registerFunctions(db: Db): void {
  if (registered.has(db)) return
  db.function('dedupe_name', { deterministic: true }, (s: unknown) => (typeof s === 'string' ? dedupeName(s) : null))
  db.function('dedupe_former', { deterministic: true }, (s: unknown, key: unknown) =>
    typeof s === 'string' && splitFormerNames(s).some((f) => dedupeName(f) === key) ? 1 : 0,
  )
  db.function('dedupe_phone', { deterministic: true }, (s: unknown) =>
    typeof s === 'string' ? normalisePhone(s) : null,
  )
  registered.add(db)
}

export function checkFirm(
  deps: { db: Db },
  input: { name: string; phone?: string | null; excludeId?: number },
): FirmMatch[] {
  const db = deps.db
  registerFunctions(db)
  const key = dedupeName(input.name)
  const phone = normalisePhone(input.phone)
  const rows = db
    .prepare(
      `SELECT id, name,
              dedupe_name(name) = @key AS byName,
              (former_names IS NOT NULL AND dedupe_former(former_names, @key)) AS byFormer,
              (@phone IS NOT NULL AND phone IS NOT NULL AND dedupe_phone(phone) = @phone) AS byPhone
       FROM enterprise
       WHERE id IS NOT @exclude AND (
         (@key <> '' AND (dedupe_name(name) = @key OR (former_names IS NOT NULL AND dedupe_former(former_names, @key))))
         OR (@phone IS NOT NULL AND phone IS NOT NULL AND dedupe_phone(phone) = @phone))
       ORDER BY id LIMIT 10`,
    )
    .all({ key, phone, exclude: input.excludeId ?? null }) as {
    id: number
    name: string
    byName: number
    byFormer: number
    byPhone: number
  }[]
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    reason: r.byName ? '名称规范化后相同' : r.byFormer ? '与其曾用名相同' : '联系电话相同',
  }))
}
