/**
 * The ledger: every entity of docs/domain.md, editable dictionaries, the audit log and settings.
 * Append-only: a released migration is never edited; later changes get a new file.
 */
const ts = `
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`
const flag = (name: string) => `${name} INTEGER NOT NULL DEFAULT 0 CHECK (${name} IN (0, 1))`

export default `
CREATE TABLE dictionary (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('industry', 'requestCategory', 'department', 'handlingUnit')),
  name TEXT NOT NULL,
  sort_order INTEGER NOT NULL DEFAULT 0,
  time_limit_days INTEGER CHECK (time_limit_days BETWEEN 1 AND 365),${ts},
  UNIQUE (kind, name)
) STRICT;

CREATE TABLE staff (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  department_id INTEGER REFERENCES dictionary (id),
  position TEXT,
  roles TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(roles)),
  phone TEXT,
  notes TEXT,${ts}
) STRICT;
CREATE INDEX staff_department ON staff (department_id);
CREATE INDEX staff_name ON staff (name);

CREATE TABLE building (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL DEFAULT '商务楼宇' CHECK (kind IN ('商务楼宇', '园区')),
  address TEXT,
  operator TEXT,
  ownership TEXT CHECK (ownership IN ('国有', '非国有')),
  manager_id INTEGER REFERENCES staff (id) ON DELETE SET NULL,
  notes TEXT,${ts}
) STRICT;
CREATE INDEX building_manager ON building (manager_id);

CREATE TABLE partner (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  type TEXT,
  licensed_on TEXT,
  contact TEXT,
  phone TEXT,
  notes TEXT,${ts}
) STRICT;

CREATE TABLE enterprise (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  short_name TEXT,
  former_names TEXT,
  credit_code TEXT,
  industry_id INTEGER REFERENCES dictionary (id),
  building_id INTEGER REFERENCES building (id) ON DELETE SET NULL,
  room TEXT,
  registered_address TEXT,
  operating_address TEXT,
  registered_capital REAL CHECK (registered_capital >= 0),
  established_on TEXT,
  legal_rep TEXT,
  contact TEXT,
  phone TEXT,
  ${flag('is_key')},
  ${flag('is_managed')},
  ${flag('is_above_scale')},
  ${flag('is_high_tech')},
  ${flag('is_specialized')},
  specialist_id INTEGER REFERENCES staff (id) ON DELETE SET NULL,
  partner_id INTEGER REFERENCES partner (id) ON DELETE SET NULL,
  settled_on TEXT,
  status TEXT NOT NULL DEFAULT '在营' CHECK (status IN ('在营', '迁出', '注销')),
  notes TEXT,${ts}
) STRICT;
-- A code is unique when present; blank codes are many.
CREATE UNIQUE INDEX enterprise_credit_code ON enterprise (credit_code) WHERE credit_code IS NOT NULL;
CREATE INDEX enterprise_name ON enterprise (name);
CREATE INDEX enterprise_building ON enterprise (building_id);
CREATE INDEX enterprise_industry ON enterprise (industry_id);
CREATE INDEX enterprise_specialist ON enterprise (specialist_id);
CREATE INDEX enterprise_partner ON enterprise (partner_id);
CREATE INDEX enterprise_status ON enterprise (status);

CREATE TABLE campaign (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('冬令大走访', '夏令大走访', '主题月', '专项走访')),
  start_on TEXT NOT NULL,
  end_on TEXT NOT NULL,
  notes TEXT,${ts},
  CHECK (end_on >= start_on)
) STRICT;

CREATE TABLE visit (
  id INTEGER PRIMARY KEY,
  enterprise_id INTEGER NOT NULL REFERENCES enterprise (id),
  campaign_id INTEGER REFERENCES campaign (id) ON DELETE SET NULL,
  visited_on TEXT NOT NULL,
  form TEXT NOT NULL DEFAULT '上门走访' CHECK (form IN ('上门走访', '座谈会', '电话回访')),
  summary TEXT,${ts}
) STRICT;
CREATE INDEX visit_enterprise ON visit (enterprise_id, visited_on);
CREATE INDEX visit_campaign ON visit (campaign_id, enterprise_id);
CREATE INDEX visit_date ON visit (visited_on);

CREATE TABLE visit_visitor (
  visit_id INTEGER NOT NULL REFERENCES visit (id) ON DELETE CASCADE,
  staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
  PRIMARY KEY (visit_id, staff_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX visit_visitor_staff ON visit_visitor (staff_id);

CREATE TABLE request (
  id INTEGER PRIMARY KEY,
  enterprise_id INTEGER NOT NULL REFERENCES enterprise (id),
  visit_id INTEGER REFERENCES visit (id) ON DELETE SET NULL,
  category_id INTEGER REFERENCES dictionary (id),
  content TEXT NOT NULL,
  received_on TEXT NOT NULL,
  due_on TEXT,
  handling_unit_id INTEGER REFERENCES dictionary (id),
  status TEXT NOT NULL DEFAULT '受理' CHECK (status IN ('受理', '已派单', '办理中', '已办结', '无法解决')),
  response TEXT,
  closed_on TEXT,
  follow_up_on TEXT,
  satisfaction TEXT CHECK (satisfaction IN ('满意', '基本满意', '不满意')),
  notes TEXT,${ts},
  CHECK (closed_on IS NULL OR closed_on >= received_on)
) STRICT;
CREATE INDEX request_enterprise ON request (enterprise_id);
CREATE INDEX request_visit ON request (visit_id);
CREATE INDEX request_status_due ON request (status, due_on);
CREATE INDEX request_category ON request (category_id);
CREATE INDEX request_unit ON request (handling_unit_id);
CREATE INDEX request_received ON request (received_on);

CREATE TABLE rent_relief (
  id INTEGER PRIMARY KEY,
  building_id INTEGER REFERENCES building (id) ON DELETE SET NULL,
  operator TEXT,
  enterprise_id INTEGER REFERENCES enterprise (id),
  tenant_name TEXT NOT NULL,
  period_start TEXT,
  period_end TEXT,
  months REAL CHECK (months > 0),
  -- Money in fen, so that totals are exact.
  amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
  batch TEXT,
  notes TEXT,${ts}
) STRICT;
CREATE INDEX rent_relief_building ON rent_relief (building_id);
CREATE INDEX rent_relief_enterprise ON rent_relief (enterprise_id);

CREATE TABLE event (
  id INTEGER PRIMARY KEY,
  held_on TEXT NOT NULL,
  theme TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT '其他'
    CHECK (kind IN ('发展交流会', '政策宣讲会', '茶话会', '共享直播间', '法律服务', '其他')),
  organiser TEXT,
  location TEXT,
  notes TEXT,${ts}
) STRICT;
CREATE INDEX event_date ON event (held_on);

CREATE TABLE event_attendee (
  event_id INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
  enterprise_id INTEGER NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
  PRIMARY KEY (event_id, enterprise_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX event_attendee_enterprise ON event_attendee (enterprise_id);

CREATE TABLE organisation (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('联盟', '商会', '其他')),
  notes TEXT,${ts}
) STRICT;

CREATE TABLE organisation_member (
  organisation_id INTEGER NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
  enterprise_id INTEGER NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
  PRIMARY KEY (organisation_id, enterprise_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX organisation_member_enterprise ON organisation_member (enterprise_id);

CREATE TABLE service_point (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  address TEXT,
  kind TEXT,
  notes TEXT,${ts}
) STRICT;

-- Every create, update and delete: who, when, what, and the record before and after (JSON).
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  actor TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id INTEGER NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
  before TEXT CHECK (before IS NULL OR json_valid(before)),
  after TEXT CHECK (after IS NULL OR json_valid(after)),
  -- Groups the rows of one user action (a cascade, a demo load, later an import) for undo.
  batch TEXT
) STRICT;
CREATE INDEX audit_log_record ON audit_log (entity, entity_id);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_batch ON audit_log (batch);

CREATE TABLE setting (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;
`
