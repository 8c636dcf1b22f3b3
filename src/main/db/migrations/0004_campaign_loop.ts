/**
 * Campaign plans and the request loop (issue #4): a campaign's scope, which firm each visitor
 * takes, and every status change of a request with who and when.
 */
export default `
ALTER TABLE campaign ADD COLUMN scope TEXT NOT NULL DEFAULT '{"kind":"all"}' CHECK (json_valid(scope));

CREATE TABLE campaign_assignment (
  campaign_id INTEGER NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
  enterprise_id INTEGER NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
  staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
  PRIMARY KEY (campaign_id, enterprise_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX campaign_assignment_staff ON campaign_assignment (staff_id);

CREATE TABLE request_status_change (
  id INTEGER PRIMARY KEY,
  request_id INTEGER NOT NULL REFERENCES request (id) ON DELETE CASCADE,
  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  actor TEXT NOT NULL,
  from_status TEXT,
  to_status TEXT NOT NULL,
  note TEXT
) STRICT;
CREATE INDEX request_status_change_request ON request_status_change (request_id, id);

-- Coverage counts (plans, dashboard) read the firms in scope from this index alone.
CREATE INDEX enterprise_scope ON enterprise (status, is_key, building_id, industry_id);

-- Requests received before this version start their timeline at their current status.
INSERT INTO request_status_change (request_id, at, actor, from_status, to_status)
SELECT id, created_at, '系统', NULL, status FROM request;
`
