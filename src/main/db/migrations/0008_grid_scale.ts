/**
 * Grids and search at 100,000 firms and a million visits (issue #18).
 *
 * 1. A change counter per table, kept by triggers: a grid's total is counted once and kept
 *    while the counters of the tables its question reads stay the same. Triggers see every
 *    write whoever makes it (services, import, undo/redo, the demo's bare inserts, the CLI);
 *    a restore or another process's commit is seen through PRAGMA data_version instead.
 * 2. An index of character pairs for search terms of one or two characters, which the trigram
 *    index cannot answer (trigram MATCH finds nothing below three characters): each pair of
 *    neighbouring characters is one token, written as the hex of its UTF-8 bytes so that every
 *    character (punctuation included) is a token character. A two-character term is one token;
 *    a one-character term is a prefix of a token, answered by the prefix index (2 hex digits:
 *    ASCII; 6: CJK). Rows have the same rowid as in search_index (id × 4 + the table's slot).
 *    Pairs are taken from the first 512 characters of a text.
 * 3. Visits of one campaign, newest first (the dashboard's drill-down into the 走访 grid), read
 *    from one index instead of sorting the campaign's visits.
 */
const COUNTED = [
  'dictionary',
  'staff',
  'building',
  'partner',
  'enterprise',
  'campaign',
  'visit',
  'visit_visitor',
  'request',
  'rent_relief',
  'event',
  'event_attendee',
  'organisation',
  'organisation_member',
  'service_point',
  'campaign_assignment',
]

const counter = (table: string) =>
  ['INSERT', 'UPDATE', 'DELETE']
    .map(
      (op) => `
CREATE TRIGGER ${table}_count_${op.toLowerCase()} AFTER ${op} ON ${table} BEGIN
  UPDATE change_count SET n = n + 1 WHERE tbl = '${table}';
END;`,
    )
    .join('')

/** The same texts search_index holds, per table; `R.` is the row (NEW in triggers, t when filling). */
const SEARCHABLE: { table: string; slot: number; name: string; rest: string; contacts?: string; columns: string }[] = [
  {
    table: 'enterprise',
    slot: 0,
    name: 'R.name',
    rest: "coalesce(R.short_name, '') || ' ' || coalesce(R.former_names, '') || ' ' || coalesce(R.credit_code, '') || ' ' || coalesce(R.name_pinyin, '') || ' ' || coalesce(R.name_initials, '')",
    // The firm grid's quick search also looks at these; Ctrl+K does not.
    contacts: "coalesce(R.contact, '') || ' ' || coalesce(R.phone, '')",
    columns: 'name, short_name, former_names, credit_code, name_pinyin, name_initials, contact, phone',
  },
  {
    table: 'building',
    slot: 1,
    name: 'R.name',
    rest: "coalesce(R.address, '') || ' ' || coalesce(R.name_pinyin, '') || ' ' || coalesce(R.name_initials, '')",
    columns: 'name, address, name_pinyin, name_initials',
  },
  {
    table: 'partner',
    slot: 2,
    name: 'R.name',
    rest: "coalesce(R.name_pinyin, '') || ' ' || coalesce(R.name_initials, '')",
    columns: 'name, name_pinyin, name_initials',
  },
  {
    table: 'staff',
    slot: 3,
    name: 'R.name',
    rest: "coalesce(R.name_pinyin, '') || ' ' || coalesce(R.name_initials, '')",
    columns: 'name, name_pinyin, name_initials',
  },
]

/** The hex tokens of every pair of neighbouring characters of `text` (the last character alone). */
export const pairs = (text: string) =>
  `(SELECT group_concat(hex(lower(substr(x.s, p.n, 2))), ' ') FROM (SELECT ${text} AS s) x
     JOIN search_position p ON p.n <= length(x.s))`

const pairRow = (s: (typeof SEARCHABLE)[number], row: string) => {
  const of = (text: string) => pairs(text.replace(/R\./g, `${row}.`))
  return `${row}.id * 4 + ${s.slot}, ${of(s.name)}, ${of(s.rest)}, ${s.contacts ? of(s.contacts) : 'NULL'}`
}

const pairTriggers = (s: (typeof SEARCHABLE)[number]) => `
CREATE TRIGGER ${s.table}_pair_insert AFTER INSERT ON ${s.table} BEGIN
  INSERT INTO search_pair (rowid, name, rest, contacts) VALUES (${pairRow(s, 'NEW')});
END;
CREATE TRIGGER ${s.table}_pair_update AFTER UPDATE OF ${s.columns} ON ${s.table} BEGIN
  DELETE FROM search_pair WHERE rowid = OLD.id * 4 + ${s.slot};
  INSERT INTO search_pair (rowid, name, rest, contacts) VALUES (${pairRow(s, 'NEW')});
END;
CREATE TRIGGER ${s.table}_pair_delete AFTER DELETE ON ${s.table} BEGIN
  DELETE FROM search_pair WHERE rowid = OLD.id * 4 + ${s.slot};
END;`

export default `
CREATE TABLE change_count (
  tbl TEXT PRIMARY KEY,
  n INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
INSERT INTO change_count (tbl, n) VALUES ${COUNTED.map((t) => `('${t}', 0)`).join(', ')};
${COUNTED.map(counter).join('\n')}

CREATE TABLE search_position (n INTEGER PRIMARY KEY) STRICT;
INSERT INTO search_position (n)
WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < 512) SELECT n FROM k;

-- Contentless: only rowids come back; names are read from their tables after the limit.
CREATE VIRTUAL TABLE search_pair USING fts5(
  name, rest, contacts, tokenize = 'unicode61', prefix = '2 6', content = '', contentless_delete = 1
);
${SEARCHABLE.map((s) => `INSERT INTO search_pair (rowid, name, rest, contacts) SELECT ${pairRow(s, 't')} FROM ${s.table} t;`).join('\n')}
${SEARCHABLE.map(pairTriggers).join('\n')}

CREATE INDEX visit_campaign_date ON visit (campaign_id, visited_on);
-- Ctrl+K's "initials start with" (zjgc) reads this instead of 100,000 firms.
CREATE INDEX enterprise_name_initials ON enterprise (name_initials);
`
