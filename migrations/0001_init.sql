-- Ricochet schema v1: event history, the queryable suppression index, ignored deliveries.
-- Times are ISO 8601 UTC strings (lexicographic order = time order).

-- One row per applied event and address. Written only by the address's AddressLedger.
CREATE TABLE events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  event_id TEXT NOT NULL,          -- provider:id (the dedupe key)
  address TEXT NOT NULL,           -- normalized address
  provider TEXT NOT NULL,          -- nylas, sendgrid, …, inbound, manual, import, policy
  kind TEXT NOT NULL,              -- bounce, deferred, complaint, delivered, rejected, dropped, suppress, lift, expire
  occurred_at TEXT NOT NULL,
  received_at TEXT NOT NULL,
  reason TEXT,
  disposition TEXT,
  hardbounce INTEGER NOT NULL DEFAULT 0,
  rule TEXT,
  reply_code TEXT,
  status TEXT,
  diagnostic TEXT,
  provider_type TEXT,
  message_id TEXT,
  action TEXT NOT NULL,            -- suppressed, deferred, cleared, recorded, lifted, expired
  actor TEXT,
  UNIQUE (event_id, address)
);
CREATE INDEX events_by_address ON events (address, occurred_at DESC, seq DESC);
CREATE INDEX events_by_received ON events (received_at);

-- Current suppressions only (KV holds the same records for fast reads; this is the list operators query).
CREATE TABLE suppressions (
  address TEXT PRIMARY KEY,
  reason TEXT NOT NULL,
  disposition TEXT NOT NULL,
  source TEXT NOT NULL,
  since TEXT NOT NULL,
  expires_at TEXT,
  event_id TEXT,
  note TEXT,
  updated_at TEXT NOT NULL
);
CREATE INDEX suppressions_by_since ON suppressions (since, address);
CREATE INDEX suppressions_by_reason ON suppressions (reason, since, address);
CREATE INDEX suppressions_by_disposition ON suppressions (disposition, since, address);
CREATE INDEX suppressions_by_source ON suppressions (source, since, address);
CREATE INDEX suppressions_by_expiry ON suppressions (expires_at) WHERE expires_at IS NOT NULL;

-- Authenticated deliveries of event types Ricochet does not use (answered 200 so they are not retried forever).
CREATE TABLE ignored_events (
  event_id TEXT PRIMARY KEY,
  provider TEXT NOT NULL,
  type TEXT NOT NULL,
  received_at TEXT NOT NULL
);
CREATE INDEX ignored_events_by_received ON ignored_events (received_at);
