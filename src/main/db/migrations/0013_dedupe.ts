/**
 * One firm, one record (issue #20): groups dismissed as 不是重复 (kept as pairs, so a firm that
 * joins a dismissed group later is still shown with it), each merge with what it moved, rows
 * of tables outside the ledgers that a batch changed (so undo puts them back), and the names
 * an event's sign-in sheet gave that point at no firm yet.
 */
export default `
CREATE TABLE dedupe_dismissed (
  low_id INTEGER NOT NULL,
  high_id INTEGER NOT NULL,
  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  actor TEXT NOT NULL,
  PRIMARY KEY (low_id, high_id),
  CHECK (low_id < high_id)
) STRICT, WITHOUT ROWID;

-- A merge as the user asked for it: the audit batch holds every record it changed.
CREATE TABLE enterprise_merge (
  id INTEGER PRIMARY KEY,
  batch TEXT NOT NULL UNIQUE,
  keep_id INTEGER NOT NULL,
  from_ids TEXT NOT NULL CHECK (json_valid(from_ids)),
  from_names TEXT NOT NULL CHECK (json_valid(from_names)),
  -- What the merge said: entries dropped because the firm was there twice, and so on.
  notes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(notes)),
  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  actor TEXT NOT NULL
) STRICT;

-- Rows of a table that is no ledger (a campaign's plan, a saved view) as a batch found and
-- left them: reverting the batch deletes the rows after and puts back the rows before.
CREATE TABLE batch_side_row (
  id INTEGER PRIMARY KEY,
  batch TEXT NOT NULL,
  tbl TEXT NOT NULL CHECK (tbl IN ('campaign_assignment', 'saved_view', 'event_guest')),
  before TEXT CHECK (before IS NULL OR json_valid(before)),
  after TEXT CHECK (after IS NULL OR json_valid(after))
) STRICT;
CREATE INDEX batch_side_row_batch ON batch_side_row (batch);

-- Names on an event's sign-in sheet that matched no firm: kept, so they can be linked later.
CREATE TABLE event_guest (
  id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  UNIQUE (event_id, name)
) STRICT;
`
