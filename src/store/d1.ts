/**
 * D1 adapters: history rows, the suppression index, ignored deliveries. Each takes its binding explicitly.
 * @module
 */
import type { HistoryEntry, HistoryRecord } from '../domain/history'
import { parseScopeKey } from '../lib/tenancy'
import type { SuppressionRecord } from '../policy'

/** One row of the `events` table (the ledger's outbox holds these). */
export type HistoryRow = HistoryRecord

/** A row as D1 returns it (`hardbounce` is an integer there). */
export type StoredHistoryRow = Omit<HistoryRow, 'hardbounce'> & { hardbounce: number }

/** A row read back from D1, as the camelCase entry the rest of the code uses. */
export function historyEntry(row: StoredHistoryRow): HistoryEntry {
  return {
    eventId: row.event_id,
    address: row.address,
    provider: row.provider,
    kind: row.kind as HistoryEntry['kind'],
    occurredAt: row.occurred_at,
    receivedAt: row.received_at,
    reason: row.reason,
    disposition: row.disposition as HistoryEntry['disposition'],
    hardbounce: row.hardbounce === 1,
    rule: row.rule,
    replyCode: row.reply_code,
    status: row.status,
    diagnostic: row.diagnostic,
    providerType: row.provider_type,
    messageId: row.message_id,
    outcome: row.action as HistoryEntry['outcome'],
    actor: row.actor,
    actorName: row.actor_name ?? null,
    tenant: row.tenant ?? null,
    stream: row.stream ?? null,
    scope: row.scope ?? null,
  }
}

/** Inserts a history row once: a retried sync of the same event leaves the first row as it was. */
export function insertHistory(db: D1Database, row: HistoryRow): D1PreparedStatement {
  return db
    .prepare(
      `INSERT OR IGNORE INTO events (event_id, address, provider, kind, occurred_at, received_at, reason,
        disposition, hardbounce, rule, reply_code, status, diagnostic, provider_type, message_id, action, actor,
        tenant, stream, scope)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)`
    )
    .bind(
      row.event_id,
      row.address,
      row.provider,
      row.kind,
      row.occurred_at,
      row.received_at,
      row.reason,
      row.disposition,
      row.hardbounce ? 1 : 0,
      row.rule,
      row.reply_code,
      row.status,
      row.diagnostic,
      row.provider_type,
      row.message_id,
      row.action,
      row.actor,
      // Rows queued by code older than scopes lack these.
      row.tenant ?? null,
      row.stream ?? null,
      row.scope ?? null
    )
}

/**
 * Makes the suppression index match the address's records: delete its rows, insert one per suppression (scope in
 * `tenant`/`stream`, `*` for "every"). Statements for the caller's batch, so the index changes atomically.
 */
export function syncSuppressions(
  db: D1Database,
  address: string,
  records: Record<string, SuppressionRecord>,
  now: string
): D1PreparedStatement[] {
  const statements = [db.prepare('DELETE FROM suppressions WHERE address = ?1').bind(address)]
  const insert = db.prepare(
    `INSERT INTO suppressions (address, tenant, stream, reason, disposition, source, since, expires_at, event_id,
       note, updated_at)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)`
  )
  for (const [key, record] of Object.entries(records)) {
    if (!record.suppressed) continue
    const { tenant, stream } = parseScopeKey(key)
    statements.push(
      insert.bind(
        address,
        tenant ?? '*',
        stream ?? '*',
        record.reason,
        record.disposition,
        record.source,
        record.since,
        record.expires_at,
        record.event_id,
        record.note ?? null,
        now
      )
    )
  }
  return statements
}

/** Runs statements as one D1 transaction (D1's batch is atomic). */
export async function runBatch(db: D1Database, statements: D1PreparedStatement[]): Promise<void> {
  if (statements.length > 0) await db.batch(statements)
}

/**
 * Notes authenticated deliveries of types Ricochet does not use, in one D1 batch (a SendGrid batch can hold
 * hundreds of opens and clicks); idempotent on the event id.
 */
export async function recordIgnored(
  db: D1Database,
  provider: string,
  entries: { eventId: string; type: string }[],
  receivedAt: string
): Promise<void> {
  const insert = db.prepare(
    'INSERT OR IGNORE INTO ignored_events (event_id, provider, type, received_at) VALUES (?1, ?2, ?3, ?4)'
  )
  await runBatch(
    db,
    entries.map((e) => insert.bind(`${provider}:${e.eventId}`, provider, e.type.slice(0, 200), receivedAt))
  )
}

/**
 * Binds a one-time token to a content fingerprint, first come first served, and says whether this delivery
 * matches the binding (`same`: a new token or a retry of the same content) or not (`conflict`: a forgery).
 */
export async function bindReplayToken(
  db: D1Database,
  entry: { provider: string; token: string; fingerprint: string; now: string }
): Promise<'same' | 'conflict'> {
  const [, bound] = await db.batch<{ fingerprint: string }>([
    db
      .prepare(
        'INSERT OR IGNORE INTO replay_tokens (provider, token, fingerprint, first_seen) VALUES (?1, ?2, ?3, ?4)'
      )
      .bind(entry.provider, entry.token, entry.fingerprint, entry.now),
    db
      .prepare('SELECT fingerprint FROM replay_tokens WHERE provider = ?1 AND token = ?2')
      .bind(entry.provider, entry.token),
  ])
  return bound?.results[0]?.fingerprint === entry.fingerprint ? 'same' : 'conflict'
}

/** Deletes replay-token bindings first seen before `before` (ISO). */
export async function pruneReplayTokens(db: D1Database, before: string): Promise<number> {
  const result = await db.prepare('DELETE FROM replay_tokens WHERE first_seen < ?1').bind(before).run()
  return result.meta.changes
}
