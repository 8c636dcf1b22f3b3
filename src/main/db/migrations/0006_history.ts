/**
 * History and undo (issue #9). Every audit batch (one user action: an edit, a bulk edit, a
 * delete with its cascade, an import) gets a row here in the order it happened, so Ctrl+Z finds
 * the last change without scanning the audit log, and an undo, a redo or a restore is itself a
 * batch that says which batch it reverses. The audit log stays the one record of what changed.
 *
 * Numbered 0006: issue #7 may add 0005_dashboard; on this branch this is schema version 5.
 */
export default `
-- Rows written before this version without a batch become batches of their own, so they too
-- can be undone and listed.
UPDATE audit_log SET batch = 'legacy-' || id WHERE batch IS NULL;

CREATE TABLE history_batch (
  seq INTEGER PRIMARY KEY,
  batch TEXT NOT NULL UNIQUE,
  -- change: a user's edit, delete or import; demo: the demo ledger (never undone by Ctrl+Z);
  -- undo / redo: reverses batch target; restore: back to an earlier version or out of 回收站.
  kind TEXT NOT NULL CHECK (kind IN ('change', 'demo', 'undo', 'redo', 'restore')),
  target TEXT,
  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  actor TEXT NOT NULL,
  -- 回收站: a delete batch purged (彻底删除) is no longer offered for restore.
  purged_at TEXT
) STRICT;
CREATE INDEX history_batch_target ON history_batch (target);

INSERT INTO history_batch (batch, kind, target, at, actor)
SELECT a.batch,
       CASE WHEN a.batch LIKE 'demo-%' THEN 'demo' WHEN a.batch LIKE 'undo:%' THEN 'undo' ELSE 'change' END,
       CASE WHEN a.batch LIKE 'undo:%' THEN substr(a.batch, 6) END,
       min(a.at), min(a.actor)
FROM audit_log a GROUP BY a.batch ORDER BY min(a.id);

CREATE INDEX audit_log_action ON audit_log (action, id);
`
