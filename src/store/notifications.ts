/**
 * D1 adapter for the change feed (`notifications`, in commit order) and the delivery log (`deliveries`, one row
 * per event and endpoint).
 * @module
 */
import type { AnyNotification } from '../notify/types'

// --- the feed ---------------------------------------------------------------------------------------------

/** The feed row of a notification; idempotent, so a ledger's retried sync never lists it twice. */
export function insertNotification(db: D1Database, n: AnyNotification): D1PreparedStatement {
  return db
    .prepare('INSERT OR IGNORE INTO notifications (id, type, created_at, body) VALUES (?1, ?2, ?3, ?4)')
    .bind(n.id, n.type, n.created_at, JSON.stringify(n))
}

/**
 * Adds a notification to the feed unless its id is there already; true when added. A notification whose id is
 * derived from what it announces (a day's rate alert) is thereby announced once.
 */
export async function insertNotificationOnce(db: D1Database, n: AnyNotification): Promise<boolean> {
  const result = await insertNotification(db, n).run()
  return result.meta.changes > 0
}

/** Takes a notification back out of the feed (its hand-off failed; the next evaluation adds it again). */
export async function removeNotification(db: D1Database, id: string): Promise<void> {
  await db.prepare('DELETE FROM notifications WHERE id = ?1').bind(id).run()
}

/** Notifications after feed position `after` (0: from the oldest kept), in commit order. */
export async function readFeed(
  db: D1Database,
  after: number,
  limit: number
): Promise<{ seq: number; notification: AnyNotification }[]> {
  const { results } = await db
    .prepare('SELECT seq, body FROM notifications WHERE seq > ?1 ORDER BY seq LIMIT ?2')
    .bind(after, limit)
    .all<{ seq: number; body: string }>()
  return results.map((r) => ({ seq: r.seq, notification: JSON.parse(r.body) as AnyNotification }))
}

export async function readNotification(db: D1Database, id: string): Promise<AnyNotification | null> {
  const row = await db
    .prepare('SELECT body FROM notifications WHERE id = ?1')
    .bind(id)
    .first<{ body: string }>()
  return row ? (JSON.parse(row.body) as AnyNotification) : null
}

/**
 * Drops feed entries and finished deliveries older than `before` (HISTORY_RETENTION_DAYS); returns how many
 * feed entries went. Pending deliveries stay: their retries still need the event until they finish.
 */
export async function pruneFeed(db: D1Database, before: string): Promise<number> {
  const [feed] = await db.batch([
    db
      .prepare(
        `DELETE FROM notifications WHERE created_at < ?1
         AND id NOT IN (SELECT event_id FROM deliveries WHERE status = 'pending')`
      )
      .bind(before),
    db.prepare(`DELETE FROM deliveries WHERE created_at < ?1 AND status != 'pending'`).bind(before),
  ])
  return feed?.meta.changes ?? 0
}

// --- deliveries -------------------------------------------------------------------------------------------

export type DeliveryStatus = 'pending' | 'delivered' | 'failed'

export interface Delivery {
  id: string
  endpoint_id: string
  event_id: string
  type: string
  status: DeliveryStatus
  attempts: number
  last_status_code: number | null
  last_error: string | null
  next_attempt_at: string | null
  created_at: string
}

const DELIVERY_COLUMNS =
  'id, endpoint_id, event_id, type, status, attempts, last_status_code, last_error, next_attempt_at, created_at'

/**
 * The delivery of `eventId` to each endpoint, created pending if missing; a fan-out repeated (queue redelivery)
 * finds the existing rows, so nothing is sent twice by that alone.
 */
export async function ensureDeliveries(
  db: D1Database,
  rows: { id: string; endpointId: string; eventId: string; type: string }[],
  now: string
): Promise<Delivery[]> {
  if (rows.length === 0) return []
  const inserts = rows.map((r) =>
    db
      .prepare(
        `INSERT OR IGNORE INTO deliveries (id, endpoint_id, event_id, type, status, attempts, next_attempt_at, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, 'pending', 0, ?5, ?5, ?5)`
      )
      .bind(r.id, r.endpointId, r.eventId, r.type, now)
  )
  const select = db
    .prepare(`SELECT ${DELIVERY_COLUMNS} FROM deliveries WHERE event_id = ?1`)
    .bind(rows[0]!.eventId)
  const results = await db.batch<Delivery>([...inserts, select])
  return results[results.length - 1]!.results
}

export async function readDelivery(db: D1Database, id: string): Promise<Delivery | null> {
  return db.prepare(`SELECT ${DELIVERY_COLUMNS} FROM deliveries WHERE id = ?1`).bind(id).first<Delivery>()
}

/** Records one attempt: its status code or error, and the delivery's new status and next attempt. */
export async function recordAttempt(
  db: D1Database,
  id: string,
  outcome: {
    status: DeliveryStatus
    statusCode: number | null
    error: string | null
    nextAttemptAt: string | null
  },
  now: string
): Promise<void> {
  await db
    .prepare(
      `UPDATE deliveries SET status = ?2, attempts = attempts + 1, last_status_code = ?3, last_error = ?4,
         next_attempt_at = ?5, updated_at = ?6 WHERE id = ?1`
    )
    .bind(id, outcome.status, outcome.statusCode, outcome.error, outcome.nextAttemptAt, now)
    .run()
}

/** Makes a failed delivery pending again (a manual retry); false when it is not failed. */
export async function reopenDelivery(db: D1Database, id: string, now: string): Promise<boolean> {
  const result = await db
    .prepare(
      `UPDATE deliveries SET status = 'pending', next_attempt_at = ?2, updated_at = ?2 WHERE id = ?1 AND status = 'failed'`
    )
    .bind(id, now)
    .run()
  return result.meta.changes > 0
}

/** One page of an endpoint's deliveries, newest first; `before` is the last row's (created_at, id). */
export async function listDeliveries(
  db: D1Database,
  endpointId: string,
  filter: { status?: DeliveryStatus; before?: [string, string]; limit: number }
): Promise<Delivery[]> {
  const where = ['endpoint_id = ?1']
  const values: unknown[] = [endpointId]
  if (filter.status) {
    values.push(filter.status)
    where.push(`status = ?${values.length}`)
  }
  if (filter.before) {
    values.push(filter.before[0], filter.before[1])
    where.push(`(created_at, id) < (?${values.length - 1}, ?${values.length})`)
  }
  values.push(filter.limit)
  const { results } = await db
    .prepare(
      `SELECT ${DELIVERY_COLUMNS} FROM deliveries WHERE ${where.join(' AND ')}
       ORDER BY created_at DESC, id DESC LIMIT ?${values.length}`
    )
    .bind(...values)
    .all<Delivery>()
  return results
}

/** Pending deliveries due by `dueBy`, oldest first (the sweep that runs without, or behind, the queue). */
export async function dueDeliveries(db: D1Database, dueBy: string, limit: number): Promise<Delivery[]> {
  const { results } = await db
    .prepare(
      `SELECT ${DELIVERY_COLUMNS} FROM deliveries WHERE status = 'pending' AND next_attempt_at <= ?1
       ORDER BY next_attempt_at LIMIT ?2`
    )
    .bind(dueBy, limit)
    .all<Delivery>()
  return results
}

// --- bounce-forwarding summaries ---------------------------------------------------------------------------

/** Claims the address's summary for `day`; false when one was already sent (or claimed) that day. */
export async function claimSummarySlot(db: D1Database, address: string, day: string, now: string) {
  const result = await db
    .prepare('INSERT OR IGNORE INTO forward_summaries (address, day, sent_at) VALUES (?1, ?2, ?3)')
    .bind(address, day, now)
    .run()
  return result.meta.changes > 0
}

/** Gives the slot back after a failed send, so a later retry may send it. */
export async function releaseSummarySlot(db: D1Database, address: string, day: string): Promise<void> {
  await db.prepare('DELETE FROM forward_summaries WHERE address = ?1 AND day = ?2').bind(address, day).run()
}

/** Drops summary slots older than `beforeDay` (the daily run). */
export async function pruneSummarySlots(db: D1Database, beforeDay: string): Promise<number> {
  const result = await db.prepare('DELETE FROM forward_summaries WHERE day < ?1').bind(beforeDay).run()
  return result.meta.changes
}
