/**
 * Global search and saved grid views.
 * Pinyin is computed in JS (pinyin-pro) when a record is written and kept in indexed columns,
 * never per query. One FTS5 trigram index covers the names, former names, credit codes and
 * pinyin of firms, buildings, partners and staff; triggers keep it in step with every write,
 * whichever path made it (form, bulk edit, import).
 */
// Each indexed row's rowid is id × 4 + the table's slot, so a trigger finds its row by rowid
// (kind and ref are UNINDEXED: looking them up would scan the whole index on every write).
export const SEARCHABLE: { table: string; slot: number; text: string }[] = [
  {
    table: 'enterprise',
    slot: 0,
    text: "coalesce(NEW.name, '') || ' ' || coalesce(NEW.short_name, '') || ' ' || coalesce(NEW.former_names, '') || ' ' || coalesce(NEW.credit_code, '')",
  },
  { table: 'building', slot: 1, text: "coalesce(NEW.name, '') || ' ' || coalesce(NEW.address, '')" },
  { table: 'partner', slot: 2, text: "coalesce(NEW.name, '')" },
  { table: 'staff', slot: 3, text: "coalesce(NEW.name, '')" },
]

const pinyinColumns = (table: string) => `
ALTER TABLE ${table} ADD COLUMN name_pinyin TEXT;
ALTER TABLE ${table} ADD COLUMN name_initials TEXT;
CREATE INDEX ${table}_name_pinyin ON ${table} (name_pinyin);`

/** The values of a row of search_index, read from NEW. */
export const searchRow = ({ table, slot, text }: { table: string; slot: number; text: string }) =>
  `NEW.id * 4 + ${slot}, '${table}', NEW.id, ${text}, coalesce(NEW.name_pinyin, '') || ' ' || coalesce(NEW.name_initials, '')`

const triggers = ({ table, slot, text }: { table: string; slot: number; text: string }) => {
  const row = searchRow({ table, slot, text })
  return `
CREATE TRIGGER ${table}_search_insert AFTER INSERT ON ${table} BEGIN
  INSERT INTO search_index (rowid, kind, ref, text, pinyin) VALUES (${row});
END;
CREATE TRIGGER ${table}_search_update AFTER UPDATE ON ${table} BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 4 + ${slot};
  INSERT INTO search_index (rowid, kind, ref, text, pinyin) VALUES (${row});
END;
CREATE TRIGGER ${table}_search_delete AFTER DELETE ON ${table} BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 4 + ${slot};
END;`
}

export default `
${SEARCHABLE.map((s) => pinyinColumns(s.table)).join('\n')}

-- kind and ref are stored, not indexed: MATCH works on text and pinyin only.
CREATE VIRTUAL TABLE search_index USING fts5(kind UNINDEXED, ref UNINDEXED, text, pinyin, tokenize = 'trigram');
${SEARCHABLE.map(triggers).join('\n')}

CREATE TABLE saved_view (
  id INTEGER PRIMARY KEY,
  ledger TEXT NOT NULL,
  name TEXT NOT NULL,
  -- The grid's filters, sort, columns (visible, order, widths) and scope, as JSON.
  state TEXT NOT NULL CHECK (json_valid(state)),
  sort_order INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (ledger, name)
) STRICT;
`
