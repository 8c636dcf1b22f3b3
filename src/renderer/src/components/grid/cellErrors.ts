/**
 * Messages for cells whose last edit the backend refused, keyed by row id and column id.
 * The grid reads it through its context (cellClassRules, tooltip), so marking a cell is
 * set(...) then refreshCells(...) with no React state and no re-render of 3,000 rows.
 */
export class CellErrors {
  private readonly messages = new Map<string, string>()

  private static key(rowId: string | number, colId: string): string {
    return `${rowId}\u0000${colId}`
  }

  get(rowId: string | number, colId: string): string | undefined {
    return this.messages.get(CellErrors.key(rowId, colId))
  }

  has(rowId: string | number, colId: string): boolean {
    return this.messages.has(CellErrors.key(rowId, colId))
  }

  set(rowId: string | number, colId: string, message: string): void {
    this.messages.set(CellErrors.key(rowId, colId), message)
  }

  /** True if there was a mark to clear. */
  clear(rowId: string | number, colId: string): boolean {
    return this.messages.delete(CellErrors.key(rowId, colId))
  }

  /** A deleted row takes its marks with it. */
  clearRow(rowId: string | number): void {
    const prefix = `${rowId}\u0000`
    for (const k of [...this.messages.keys()]) if (k.startsWith(prefix)) this.messages.delete(k)
  }

  get size(): number {
    return this.messages.size
  }
}

/** What the grid's `context` carries for the cell-error column hooks. */
export interface CellErrorContext {
  cellErrors: CellErrors
}
