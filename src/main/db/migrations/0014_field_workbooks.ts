/**
 * Field workbooks (issue #17): each 走访任务表 or 诉求派单表 sent, with what it listed, and each
 * import that brought one back, so the plan page can say who has answered: sent on X,
 * returned on Y, N of M done. A return is its import batch: undoing the import takes the
 * return back with it (the query skips undone batches), so nothing here is audited.
 */
export default `
CREATE TABLE field_workbook (
  -- Also written in the workbook's hidden marker sheet.
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('visit-tasks', 'dispatch')),
  campaign_id INTEGER REFERENCES campaign (id) ON DELETE CASCADE,
  -- 楼掌柜 / 服务专员 / 楼宇 / 承办单位, and whom it went to.
  grouping TEXT NOT NULL,
  name TEXT NOT NULL,
  file TEXT NOT NULL,
  sent_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  sent_by TEXT NOT NULL,
  -- The firms (task sheets) or requests (dispatch sheets) it listed: [id, ...].
  items TEXT NOT NULL CHECK (json_valid(items))
) STRICT;
CREATE INDEX field_workbook_campaign ON field_workbook (campaign_id, kind);

CREATE TABLE field_workbook_return (
  workbook_id TEXT NOT NULL REFERENCES field_workbook (id) ON DELETE CASCADE,
  -- The import batch (import_batch.id): saved after its rows, in the same transaction.
  batch_id TEXT NOT NULL,
  PRIMARY KEY (workbook_id, batch_id)
) STRICT, WITHOUT ROWID;
`
