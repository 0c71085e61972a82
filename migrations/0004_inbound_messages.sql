-- Raw bounce messages received by the email() handler or POST /v1/inbound, with what became of them.
CREATE TABLE inbound_messages (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  received_at TEXT NOT NULL,
  via TEXT NOT NULL,               -- email, api
  message_id TEXT,
  envelope_to TEXT,                -- the return-path address it came to (hashed in logs, kept here for audit)
  kind TEXT,                       -- dsn, arf, autoreply, prose, or NULL when unreadable
  results INTEGER NOT NULL DEFAULT 0,
  outcome TEXT NOT NULL,           -- applied, unparsable, unauthenticated
  why TEXT
);
CREATE INDEX inbound_messages_by_received ON inbound_messages (received_at);
