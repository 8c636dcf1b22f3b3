/**
 * A firm is found by its 工商注册号 as it is by its credit code (0012 added the number; a firm
 * registered before 2015 may have nothing else): Ctrl+K, the firm grid's quick search and every
 * grid that searches by firm (走访, 诉求, 房租减免) read the two search indexes, so registration_no
 * joins credit_code in both.
 *
 * - search_index (trigram, 0002; its update trigger narrowed to the indexed columns in 0011):
 *   the firm's text gains the number, terms of 3+ characters.
 * - search_pair (character pairs, 0008/0011): the firm's `rest` gains it, terms of 1–2.
 *
 * The firm triggers keep the one-statement form import/search-defer.ts recognises (and drops
 * and rebuilds in bulk during an import). Each index's firm rows are then rebuilt, so firms
 * already holding a number are found at once; buildings, partners and staff are untouched.
 */
import { pairs } from './0008_grid_scale'
import { searchRow } from './0002_search_views'

const SLOT = 0 // the firm's place in both indexes: rowid = id × 4 + 0

const trigram = {
  table: 'enterprise',
  slot: SLOT,
  text: "coalesce(NEW.name, '') || ' ' || coalesce(NEW.short_name, '') || ' ' || coalesce(NEW.former_names, '') || ' ' || coalesce(NEW.credit_code, '') || ' ' || coalesce(NEW.registration_no, '')",
}
const TRIGRAM_COLUMNS = 'name, short_name, former_names, credit_code, registration_no, name_pinyin, name_initials'

/** What the firm puts in the pair index; `R.` is the row. */
const PAIRED = {
  name: 'R.name',
  rest: "coalesce(R.short_name, '') || ' ' || coalesce(R.former_names, '') || ' ' || coalesce(R.credit_code, '') || ' ' || coalesce(R.registration_no, '')",
  // The firm grid's quick search also looks at these; Ctrl+K does not.
  contacts: "coalesce(R.contact, '') || ' ' || coalesce(R.phone, '')",
}
const PAIR_COLUMNS = 'name, short_name, former_names, credit_code, registration_no, contact, phone'

const pairRow = (row: string) => {
  const of = (text: string) => pairs(text.replace(/R\./g, `${row}.`))
  return `${row}.id * 4 + ${SLOT}, ${of(PAIRED.name)}, ${of(PAIRED.rest)}, ${of(PAIRED.contacts)}`
}

export default `
DROP TRIGGER enterprise_search_insert;
DROP TRIGGER enterprise_search_update;
CREATE TRIGGER enterprise_search_insert AFTER INSERT ON enterprise BEGIN
  INSERT INTO search_index (rowid, kind, ref, text, pinyin) VALUES (${searchRow(trigram)});
END;
CREATE TRIGGER enterprise_search_update AFTER UPDATE OF ${TRIGRAM_COLUMNS} ON enterprise BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 4 + ${SLOT};
  INSERT INTO search_index (rowid, kind, ref, text, pinyin) VALUES (${searchRow(trigram)});
END;

DROP TRIGGER enterprise_pair_insert;
DROP TRIGGER enterprise_pair_update;
CREATE TRIGGER enterprise_pair_insert AFTER INSERT ON enterprise BEGIN
  INSERT INTO search_pair (rowid, name, rest, contacts) VALUES (${pairRow('NEW')});
END;
CREATE TRIGGER enterprise_pair_update AFTER UPDATE OF ${PAIR_COLUMNS} ON enterprise BEGIN
  DELETE FROM search_pair WHERE rowid = OLD.id * 4 + ${SLOT};
  INSERT INTO search_pair (rowid, name, rest, contacts) VALUES (${pairRow('NEW')});
END;

-- Every firm's rows again, with its number (rowid = id × 4 + 0: the firms' rows and no other).
DELETE FROM search_index WHERE rowid IN (SELECT id * 4 + ${SLOT} FROM enterprise);
INSERT INTO search_index (rowid, kind, ref, text, pinyin)
SELECT ${searchRow(trigram).replace(/\bNEW\./g, 't.')} FROM enterprise t;
DELETE FROM search_pair WHERE rowid IN (SELECT id * 4 + ${SLOT} FROM enterprise);
INSERT INTO search_pair (rowid, name, rest, contacts) SELECT ${pairRow('t')} FROM enterprise t;
`
