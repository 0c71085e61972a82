-- Scoped API keys. Only a SHA-256 of the token is stored; the token is shown once, at creation.
CREATE TABLE api_keys (
  id TEXT PRIMARY KEY,             -- key_<hex>, public
  name TEXT NOT NULL,
  scopes TEXT NOT NULL,            -- JSON array of check, read, write, admin
  token_hash TEXT NOT NULL UNIQUE, -- hex SHA-256 of the whole token
  prefix TEXT NOT NULL,            -- first characters of the token, to recognise it in a list
  created_at TEXT NOT NULL,
  created_by TEXT,
  last_used_at TEXT,
  revoked_at TEXT
);
CREATE INDEX api_keys_by_created ON api_keys (created_at);
