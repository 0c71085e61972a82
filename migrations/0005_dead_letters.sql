-- Queue messages of large webhook deliveries that failed every retry (src/ingest.ts): kept whole, so an operator
-- can see them and replay them (POST /v1/dead-letters/{id}/replay); nothing accepted is ever dropped silently.
CREATE TABLE dead_letters (
  id TEXT PRIMARY KEY,             -- the queue message id
  dead_at TEXT NOT NULL,
  received_at TEXT NOT NULL,       -- when the provider delivered the batch
  provider TEXT NOT NULL,
  request_id TEXT,
  events INTEGER NOT NULL,
  body TEXT NOT NULL               -- the IngestMessage, JSON
);
CREATE INDEX dead_letters_by_dead_at ON dead_letters (dead_at);
