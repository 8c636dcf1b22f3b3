/**
 * Text that a spreadsheet program would run as a formula (CSV injection): a cell starting with
 * =, +, -, @, a tab or a carriage return. An .xlsx export writes such text as a string cell,
 * never as a formula; a CSV has no cell types, so the export puts an apostrophe before it,
 * which Excel, WPS and LibreOffice show as text, and the import takes the apostrophe off again.
 */
const FORMULA_START = /^[=+\-@\t\r]/

export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text)
}

/** A text cell as the CSV export writes it. */
export function guardCsvText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

/** A CSV cell as the import reads it: the export's guard apostrophe is not part of the text. */
export function unguardCsvText(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text
}
