import { IMPORT_KINDS, IMPORT_KIND_LABELS, LEDGER_OF_KIND, type ImportKind } from '../../../../shared/domain/fields'

/** The page of the ledger an import fills, to open after the import: the ledger's name in kebab case (rent-relief). */
export const kindRoute = (kind: ImportKind): string =>
  LEDGER_OF_KIND[kind].replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`)

export const KIND_OPTIONS = IMPORT_KINDS.map((k) => ({ value: k, label: IMPORT_KIND_LABELS[k] }))

/** Accepted by the file picker; .xls/.et are accepted too so the user gets the message on how to convert. */
export const ACCEPT = '.xlsx,.csv,.txt,.xls,.et'
