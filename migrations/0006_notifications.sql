-- Outgoing notifications (src/notify/): endpoints, the change feed, and one delivery row per event and endpoint.

-- Where notifications go. `secret` is the signing secret itself (HMAC needs it, a hash would not do): it is shown
-- once by the API and never listed; see docs/notifications.md for why and how to protect it.
CREATE TABLE endpoints (
  id TEXT PRIMARY KEY,                 -- ep_…
  url TEXT NOT NULL,
  events TEXT,                         -- JSON array of types, NULL = every type
  description TEXT,
  enabled INTEGER NOT NULL DEFAULT 1,
  secret TEXT NOT NULL,                -- whsec_…
  previous_secret TEXT,                -- still signs until previous_secret_until (a rotation's 24 h)
  previous_secret_until TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  failing_since TEXT,                  -- first failed attempt since the last success
  disabled_at TEXT,
  disabled_reason TEXT
);

-- The change feed: every committed notification, in the order the ledgers synced it (seq).
CREATE TABLE notifications (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,             -- evt_… (the webhook-id)
  type TEXT NOT NULL,
  created_at TEXT NOT NULL,
  body TEXT NOT NULL                   -- the event object, JSON, exactly as delivered
);
CREATE INDEX notifications_by_created ON notifications (created_at);

-- One row per (endpoint, event): its attempts and outcome.
CREATE TABLE deliveries (
  id TEXT PRIMARY KEY,                 -- dlv_…
  endpoint_id TEXT NOT NULL,
  event_id TEXT NOT NULL,
  type TEXT NOT NULL,
  status TEXT NOT NULL,                -- pending, delivered, failed
  attempts INTEGER NOT NULL DEFAULT 0,
  last_status_code INTEGER,
  last_error TEXT,
  next_attempt_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (endpoint_id, event_id)
);
CREATE INDEX deliveries_by_endpoint ON deliveries (endpoint_id, status, created_at, id);
CREATE INDEX deliveries_due ON deliveries (next_attempt_at) WHERE status = 'pending';

-- Bounce forwarding (BOUNCE_FORWARD_TO): at most one summary per address per UTC day.
CREATE TABLE forward_summaries (
  address TEXT NOT NULL,
  day TEXT NOT NULL,                   -- YYYY-MM-DD (UTC)
  sent_at TEXT NOT NULL,
  PRIMARY KEY (address, day)
);
