-- One-time webhook credentials bound to the content they first carried (Mailgun tokens: its signature does not
-- cover the body). Kept 24 h, pruned by the scheduled handler.
CREATE TABLE replay_tokens (
  provider TEXT NOT NULL,
  token TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  first_seen TEXT NOT NULL,
  PRIMARY KEY (provider, token)
);
CREATE INDEX replay_tokens_by_first_seen ON replay_tokens (first_seen);
