/**
 * The ledger's users, for the shared mode (issue #21): a name, a role, and the password as an
 * scrypt hash with the user's own salt and the cost it was made with (`scrypt$N$r$p$salt$hash`),
 * so the cost can be raised later without locking anyone out. Failed logins are counted here,
 * so a lock outlives a restart of the host. AUTOINCREMENT: a removed user's id is never given
 * to a new one, so a session bound to the old id can never act as the new user.
 */
export default `
CREATE TABLE users (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) BETWEEN 1 AND 40 AND name = trim(name)),
  role TEXT NOT NULL CHECK (role IN ('admin', 'editor', 'viewer')),
  password TEXT NOT NULL CHECK (password LIKE 'scrypt$%'),
  failed_logins INTEGER NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
  -- Milliseconds since 1970 (the accounts module's clock).
  last_failed_at INTEGER,
  locked_until INTEGER,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
`
