/**
 * Grids at scale, second step (issue #18): cheaper firm writes and the dashboard over a year.
 *
 * 1. The pair index (search_pair, 0008) no longer holds full pinyin and initials: they were
 *    more than half of a firm's tokens (a 45-letter pinyin is 45 pairs), and every firm write
 *    paid for them. Pinyin and initials are [a-z0-9] only (search/pinyin.ts), so only a term of
 *    letters and digits can be found in them; search/global.ts reads those through their own
 *    B-tree indexes for such a term. The triggers keep the one-statement form the import's
 *    deferral (import/search-defer.ts) and a set-based writer rely on.
 * 2. The trigram index's update triggers fire only when an indexed column changes: a firm's
 *    status, building or notes re-tokenised its names on every edit and every bulk edit.
 * 3. Coverage over a calendar year is kept like a campaign's (0005), as campaign −year
 *    (−2025): the firms of each cell visited in that year and their visits. The dashboard's
 *    most asked range (a whole year) then sums a few hundred rows instead of probing the
 *    visits of every firm in scope (130 ms at 100,000 firms). Visits count in the year their
 *    visited_on falls in, between Y-01-01 and Y-12-31, the dashboard's own range test.
 */
import { SEARCHABLE as INDEXED, searchRow } from './0002_search_views'
import { pairs } from './0008_grid_scale'

/** What each table puts in the pair index; `R.` is the row. The slot is its place, as in 0002. */
const PAIRED: { table: string; slot: number; name: string; rest: string; contacts?: string; columns: string }[] = [
  {
    table: 'enterprise',
    slot: 0,
    name: 'R.name',
    rest: "coalesce(R.short_name, '') || ' ' || coalesce(R.former_names, '') || ' ' || coalesce(R.credit_code, '')",
    // The firm grid's quick search also looks at these; Ctrl+K does not.
    contacts: "coalesce(R.contact, '') || ' ' || coalesce(R.phone, '')",
    columns: 'name, short_name, former_names, credit_code, contact, phone',
  },
  { table: 'building', slot: 1, name: 'R.name', rest: "coalesce(R.address, '')", columns: 'name, address' },
  { table: 'partner', slot: 2, name: 'R.name', rest: "''", columns: 'name' },
  { table: 'staff', slot: 3, name: 'R.name', rest: "''", columns: 'name' },
]

const pairRow = (s: (typeof PAIRED)[number], row: string) => {
  const of = (text: string) => pairs(text.replace(/R\./g, `${row}.`))
  return `${row}.id * 4 + ${s.slot}, ${of(s.name)}, ${of(s.rest)}, ${s.contacts ? of(s.contacts) : 'NULL'}`
}

const pairTriggers = (s: (typeof PAIRED)[number]) => `
DROP TRIGGER ${s.table}_pair_insert;
DROP TRIGGER ${s.table}_pair_update;
DROP TRIGGER ${s.table}_pair_delete;
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

/** The columns 0002's trigram row reads, per table. */
const TRIGRAM_COLUMNS: Record<string, string> = {
  enterprise: 'name, short_name, former_names, credit_code, name_pinyin, name_initials',
  building: 'name, address, name_pinyin, name_initials',
  partner: 'name, name_pinyin, name_initials',
  staff: 'name, name_pinyin, name_initials',
}

const trigramUpdate = (s: (typeof INDEXED)[number]) => `
DROP TRIGGER ${s.table}_search_update;
CREATE TRIGGER ${s.table}_search_update AFTER UPDATE OF ${TRIGRAM_COLUMNS[s.table]} ON ${s.table} BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 4 + ${s.slot};
  INSERT INTO search_index (rowid, kind, ref, text, pinyin) VALUES (${searchRow(s)});
END;`

// A visit's year, and whether its date is one the dashboard's range test puts in that year.
const year = (r: string) => `substr(${r}.visited_on, 1, 4)`
const inYearOf = (x: string, r: string) => `${x}.visited_on BETWEEN ${year(r)} || '-01-01' AND ${year(r)} || '-12-31'`
const dated = (r: string) => `(${year(r)} GLOB '[1-9][0-9][0-9][0-9]' AND ${inYearOf(r, r)})`
/** The year as coverage_cell's campaign: −2025 (0 is all time, positive ids are campaigns). */
const key = (r: string) => `-CAST(${year(r)} AS INTEGER)`
const cell = (e: string) => `${e}.status, ${e}.is_key, ifnull(${e}.building_id, 0), ifnull(${e}.industry_id, 0)`
const upsert = 'ON CONFLICT DO UPDATE SET firms = firms + excluded.firms, visits = visits + excluded.visits'
/** The visit `r` into (+1) its firm's cell of its year: the firm is new there when it is its only visit. */
const visitIn = (r: string) => `
  INSERT INTO coverage_cell
  SELECT ${key(r)}, ${cell('e')},
    (SELECT count(*) FROM visit x WHERE x.enterprise_id = ${r}.enterprise_id AND ${inYearOf('x', r)}) = 1, 1
  FROM enterprise e WHERE e.id = ${r}.enterprise_id AND ${dated(r)}
  ${upsert};`
/** The visit `r` out of (−1) its cell, once the row no longer has those values (deleted or moved). */
const visitOut = (r: string) => `
  INSERT INTO coverage_cell
  SELECT ${key(r)}, ${cell('e')},
    -NOT EXISTS (SELECT 1 FROM visit x WHERE x.enterprise_id = ${r}.enterprise_id AND ${inYearOf('x', r)}), -1
  FROM enterprise e WHERE e.id = ${r}.enterprise_id AND ${dated(r)}
  ${upsert};`
const yearOf = (r: string) => `(CASE WHEN ${dated(r)} THEN ${year(r)} END)`
/** A firm's visits per year, counted out of its old cell (−) or into its new one (+). */
const firmYears = (r: 'OLD' | 'NEW') => `
  INSERT INTO coverage_cell
  SELECT ${key('v')}, ${cell(r)}, ${r === 'OLD' ? '-1, -count(*)' : '1, count(*)'}
  FROM visit v WHERE v.enterprise_id = ${r}.id AND ${dated('v')} GROUP BY ${key('v')}
  ${upsert};`

export default `
${PAIRED.map(pairTriggers).join('\n')}
DROP TABLE search_pair;
CREATE VIRTUAL TABLE search_pair USING fts5(
  name, rest, contacts, tokenize = 'unicode61', prefix = '2 6', content = '', contentless_delete = 1
);
${PAIRED.map((s) => `INSERT INTO search_pair (rowid, name, rest, contacts) SELECT ${pairRow(s, 't')} FROM ${s.table} t;`).join('\n')}
${INDEXED.map(trigramUpdate).join('\n')}

INSERT INTO coverage_cell
SELECT ${key('v')}, ${cell('e')}, count(DISTINCT v.enterprise_id), count(*)
FROM visit v JOIN enterprise e ON e.id = v.enterprise_id
WHERE ${dated('v')}
GROUP BY ${key('v')}, e.status, e.is_key, e.building_id, e.industry_id;

CREATE TRIGGER coverage_year_insert AFTER INSERT ON visit BEGIN${visitIn('NEW')}
END;
CREATE TRIGGER coverage_year_delete AFTER DELETE ON visit BEGIN${visitOut('OLD')}
END;
-- Moved to another firm or year: the row already holds its new values when this runs.
CREATE TRIGGER coverage_year_move AFTER UPDATE OF enterprise_id, visited_on ON visit
WHEN OLD.enterprise_id IS NOT NEW.enterprise_id OR ${yearOf('OLD')} IS NOT ${yearOf('NEW')}
BEGIN${visitOut('OLD')}${visitIn('NEW')}
END;
-- A firm that changes cell takes its visits of every year along.
CREATE TRIGGER coverage_year_enterprise_update AFTER UPDATE OF status, is_key, building_id, industry_id ON enterprise
WHEN OLD.status IS NOT NEW.status OR OLD.is_key IS NOT NEW.is_key
  OR OLD.building_id IS NOT NEW.building_id OR OLD.industry_id IS NOT NEW.industry_id
BEGIN${firmYears('OLD')}${firmYears('NEW')}
END;
`
