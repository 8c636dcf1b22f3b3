/**
 * The hidden marker sheet of a field workbook (fieldbooks/book.ts): which kind it is, which
 * sending it answers and, for a task sheet, which campaign. Read on its own before the rows,
 * so the import knows where the workbook came from even when its rows were re-sorted.
 */
import { MARKER_LABELS, MARKER_SHEETS, markerKind, type FieldBookKind } from '../../shared/domain/field-workbooks'
import { normaliseText } from '../../shared/domain/values'
import type { Source } from './source'

export interface Marker {
  kind: FieldBookKind
  /** The sending (field_workbook.id). */
  id: string
  campaignId: number | null
}

export async function readMarker(source: Source): Promise<Marker | null> {
  const kind = markerKind(source.sheets.map((s) => s.name))
  if (!kind) return null
  const index = source.sheets.findIndex((s) => s.name === MARKER_SHEETS[kind])
  const values = new Map<string, string>()
  for await (const r of source.rows(new Set([index]))) {
    if (r.sheet !== index) continue
    values.set(normaliseText(r.cells[0] ?? null), normaliseText(r.cells[1] ?? null))
  }
  const id = values.get(MARKER_LABELS.id)
  if (!id || values.get(MARKER_LABELS.kind) !== kind) return null
  const campaign = Number(values.get(MARKER_LABELS.campaignId))
  return { kind, id, campaignId: Number.isInteger(campaign) && campaign > 0 ? campaign : null }
}
