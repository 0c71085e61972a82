-- Tenants and streams (issue 16; docs/scopes.md). The suppression index gets one row per (address, scope):
-- tenant '*' = every tenant (then stream is '*' too), stream '*' = every stream of the tenant. `@example.com`
-- rows are domain entries. Existing rows keep their meaning: hard and soft suppressions (the mailbox's own state)
-- become global, every other (complaints, manual entries, imports) the whole default tenant — the same rule the
-- ledgers apply to their own state on first touch (src/policy-scopes.ts, legacyScopeKey) and the check applies to
-- a pre-scope KV value (src/policy-verdict.ts, readListValue).
CREATE TABLE suppressions_scoped (
  address TEXT NOT NULL,
  tenant TEXT NOT NULL DEFAULT '*',
  stream TEXT NOT NULL DEFAULT '*',
  reason TEXT NOT NULL,
  disposition TEXT NOT NULL,
  source TEXT NOT NULL,
  since TEXT NOT NULL,
  expires_at TEXT,
  event_id TEXT,
  note TEXT,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (address, tenant, stream)
);
INSERT INTO suppressions_scoped (address, tenant, stream, reason, disposition, source, since, expires_at, event_id,
  note, updated_at)
SELECT address, CASE WHEN disposition IN ('hard', 'soft') THEN '*' ELSE 'default' END, '*', reason, disposition,
  source, since, expires_at, event_id, note, updated_at
FROM suppressions;
DROP TABLE suppressions;
ALTER TABLE suppressions_scoped RENAME TO suppressions;
CREATE INDEX suppressions_by_since ON suppressions (since, address, tenant, stream);
CREATE INDEX suppressions_by_reason ON suppressions (reason, since, address);
CREATE INDEX suppressions_by_disposition ON suppressions (disposition, since, address);
CREATE INDEX suppressions_by_source ON suppressions (source, since, address);
CREATE INDEX suppressions_by_tenant ON suppressions (tenant, stream, since, address);
CREATE INDEX suppressions_by_expiry ON suppressions (expires_at) WHERE expires_at IS NOT NULL;

-- Where each event's mail was sent from, and the scope its outcome applied to.
ALTER TABLE events ADD COLUMN tenant TEXT;
ALTER TABLE events ADD COLUMN stream TEXT;
ALTER TABLE events ADD COLUMN scope TEXT;

-- The allowlist (addresses and @domains never suppressed); the ledgers hold the flag that decides, this lists it.
CREATE TABLE allowlist (
  entry TEXT PRIMARY KEY,
  note TEXT,
  actor TEXT,
  created_at TEXT NOT NULL
);

-- Erasures (GDPR Art. 17 with the suppression exception): a keyed hash of the address, never the address.
CREATE TABLE erasures (
  hash TEXT PRIMARY KEY,
  erased_at TEXT NOT NULL,
  actor TEXT
);
