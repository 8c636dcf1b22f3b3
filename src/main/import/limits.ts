/**
 * What a real ledger never exceeds. A file beyond these is refused before it is parsed, with a
 * message saying which limit and how to split the file; tests pass smaller limits.
 */
export interface ImportLimits {
  /** The file on disk. */
  maxFileBytes: number
  /** All parts of an .xlsx once unzipped. */
  maxUnzippedBytes: number
  /** The shared-strings part, which exceljs keeps in memory while reading. */
  maxSharedStringsBytes: number
  /** Unzipped size over zipped size, for parts big enough to matter: a bomb's signature. */
  maxRatio: number
  /** Data rows, all sheets together. */
  maxRows: number
}

export const DEFAULT_LIMITS: ImportLimits = {
  maxFileBytes: 100 * 1024 * 1024,
  maxUnzippedBytes: 800 * 1024 * 1024,
  maxSharedStringsBytes: 200 * 1024 * 1024,
  maxRatio: 200,
  maxRows: 200_000,
}

export const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`
