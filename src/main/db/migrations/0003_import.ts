/**
 * Spreadsheet import (issue #5): a row per import, so 撤销本次导入 can find the audit batch it
 * wrote and say what it did; its problems, for the error workbook; column mappings the user
 * confirmed, remembered by the headers they were made for; and a review flag on firms imported
 * with a credit code that failed its check (the code itself is never stored then).
 */
export default `
CREATE TABLE import_batch (
  -- Also the audit_log batch of every record the import wrote.
  id TEXT PRIMARY KEY,
  file TEXT NOT NULL,
  kind TEXT NOT NULL,
  sheets TEXT NOT NULL CHECK (json_valid(sheets)),
  mode TEXT NOT NULL CHECK (mode IN ('upsert', 'insert', 'skip')),
  actor TEXT NOT NULL,
  started_at TEXT NOT NULL,
  finished_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  rows_read INTEGER NOT NULL,
  inserted INTEGER NOT NULL,
  updated INTEGER NOT NULL,
  unchanged INTEGER NOT NULL,
  skipped INTEGER NOT NULL,
  errors INTEGER NOT NULL,
  warnings INTEGER NOT NULL,
  requests_inserted INTEGER NOT NULL DEFAULT 0,
  -- Records created because rows named them: {"楼宇": ["紫荆广场"], ...}
  created TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(created)),
  undone_at TEXT,
  undone_by TEXT
) STRICT;
CREATE INDEX import_batch_started ON import_batch (started_at);

CREATE TABLE import_issue (
  batch_id TEXT NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('error', 'warning')),
  sheet TEXT NOT NULL,
  row INTEGER NOT NULL,
  column_name TEXT NOT NULL,
  value TEXT NOT NULL,
  reason TEXT NOT NULL,
  PRIMARY KEY (batch_id, seq)
) STRICT, WITHOUT ROWID;

CREATE TABLE import_mapping (
  -- The ledger and the normalised header texts, in order.
  signature TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  -- A field key (or null) per column.
  mapping TEXT NOT NULL CHECK (json_valid(mapping)),
  used_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

-- Set when a firm was imported although its credit code failed the check: what was written
-- and why, until someone checks it.
ALTER TABLE enterprise ADD COLUMN review_note TEXT;
`
