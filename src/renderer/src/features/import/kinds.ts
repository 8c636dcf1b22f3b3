import { IMPORT_KINDS, IMPORT_KIND_LABELS, type ImportKind } from '../../../../shared/domain/fields'

/** The page of each ledger an import can fill, to open after the import. */
export const KIND_ROUTE: Record<ImportKind, string> = {
  enterprises: 'enterprise',
  buildings: 'building',
  staff: 'staff',
  partners: 'partner',
  visits: 'visit',
  requests: 'request',
  'rent-reliefs': 'rent-relief',
  events: 'event',
  'visit-tasks': 'visit',
  dispatch: 'request',
}

export const KIND_OPTIONS = IMPORT_KINDS.map((k) => ({ value: k, label: IMPORT_KIND_LABELS[k] }))

/** Accepted by the file picker; .xls/.et are accepted too so the user gets the message on how to convert. */
export const ACCEPT = '.xlsx,.csv,.txt,.xls,.et'
