import type { Db } from '../db/connection'
import { DEFAULT_SUBDISTRICT } from '../../shared/ipc/channels/reports'

/** Key-value settings kept in the ledger itself, so they travel with the database file. */
export class Settings {
  private readonly read
  private readonly write
  constructor(db: Db) {
    this.read = db.prepare('SELECT value FROM setting WHERE key = ?').pluck()
    this.write = db.prepare(
      'INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    )
  }
  get(key: string): string | null {
    return (this.read.get(key) as string | undefined) ?? null
  }
  set(key: string, value: string): void {
    this.write.run(key, value)
  }
  /** 街道名称, printed at the top of every report sheet. */
  subdistrict(): string {
    return this.get('subdistrict') ?? DEFAULT_SUBDISTRICT
  }
}
