/**
 * D1 adapter for dead letters: queue messages that failed every retry, kept whole for an operator to replay.
 * @module
 */
import type { IngestMessage } from '../events'

export interface DeadLetterRow {
  id: string
  dead_at: string
  received_at: string
  provider: string
  request_id: string | null
  events: number
}

/** Stores dead messages; a message stored twice (the DLQ retried us) stays one row. */
export async function storeDeadLetters(
  db: D1Database,
  letters: { id: string; body: IngestMessage }[],
  deadAt: string
): Promise<void> {
  if (letters.length === 0) return
  await db.batch(
    letters.map(({ id, body }) =>
      db
        .prepare(
          `INSERT OR IGNORE INTO dead_letters (id, dead_at, received_at, provider, request_id, events, body)
           VALUES (?, ?, ?, ?, ?, ?, ?)`
        )
        .bind(
          id,
          deadAt,
          body.receivedAt,
          body.provider,
          body.requestId,
          body.events.length,
          JSON.stringify(body)
        )
    )
  )
}

/** The oldest dead letters first, without their bodies. */
export async function listDeadLetters(db: D1Database, limit: number): Promise<DeadLetterRow[]> {
  const { results } = await db
    .prepare(
      'SELECT id, dead_at, received_at, provider, request_id, events FROM dead_letters ORDER BY dead_at, id LIMIT ?'
    )
    .bind(limit)
    .all<DeadLetterRow>()
  return results
}

export async function readDeadLetter(db: D1Database, id: string): Promise<IngestMessage | null> {
  const row = await db
    .prepare('SELECT body FROM dead_letters WHERE id = ?')
    .bind(id)
    .first<{ body: string }>()
  return row ? (JSON.parse(row.body) as IngestMessage) : null
}

export async function deleteDeadLetter(db: D1Database, id: string): Promise<void> {
  await db.prepare('DELETE FROM dead_letters WHERE id = ?').bind(id).run()
}
