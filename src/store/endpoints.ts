/**
 * D1 adapter for notification endpoints. The signing secret is stored as itself (HMAC signing needs it; a hash
 * would not do) and returned only by `createEndpoint`/`rotateEndpointSecret` and to the delivery code.
 * @module
 */
import type { NotificationType } from '../notify/types'

/** An endpoint as the API lists it: never a secret. */
export interface Endpoint {
  id: string
  url: string
  /** Null: every type. */
  events: NotificationType[] | null
  description: string | null
  enabled: boolean
  created_at: string
  updated_at: string
  failing_since: string | null
  disabled_at: string | null
  disabled_reason: string | null
}

/** An endpoint with the secrets that sign for it (the delivery code's view). */
export interface SigningEndpoint extends Endpoint {
  secrets: string[]
}

interface EndpointRow extends Omit<Endpoint, 'events' | 'enabled'> {
  events: string | null
  enabled: number
  secret: string
  previous_secret: string | null
  previous_secret_until: string | null
}

const COLUMNS =
  'id, url, events, description, enabled, created_at, updated_at, failing_since, disabled_at, disabled_reason, secret, previous_secret, previous_secret_until'

function toEndpoint(row: EndpointRow): Endpoint {
  return {
    id: row.id,
    url: row.url,
    events: row.events ? (JSON.parse(row.events) as NotificationType[]) : null,
    description: row.description,
    enabled: row.enabled === 1,
    created_at: row.created_at,
    updated_at: row.updated_at,
    failing_since: row.failing_since,
    disabled_at: row.disabled_at,
    disabled_reason: row.disabled_reason,
  }
}

/** The secrets that sign at `now`: the current one, and the previous one during a rotation's grace period. */
function toSigning(row: EndpointRow, now: string): SigningEndpoint {
  const secrets = [row.secret]
  if (row.previous_secret && row.previous_secret_until && row.previous_secret_until > now)
    secrets.push(row.previous_secret)
  return { ...toEndpoint(row), secrets }
}

export async function insertEndpoint(
  db: D1Database,
  input: { id: string; url: string; events: NotificationType[] | null; description: string | null },
  secret: string,
  now: string
): Promise<Endpoint> {
  await db
    .prepare(
      `INSERT INTO endpoints (id, url, events, description, enabled, secret, created_at, updated_at)
       VALUES (?1, ?2, ?3, ?4, 1, ?5, ?6, ?6)`
    )
    .bind(
      input.id,
      input.url,
      input.events ? JSON.stringify(input.events) : null,
      input.description,
      secret,
      now
    )
    .run()
  return (await readEndpoint(db, input.id))!
}

async function readRow(db: D1Database, id: string): Promise<EndpointRow | null> {
  return db.prepare(`SELECT ${COLUMNS} FROM endpoints WHERE id = ?1`).bind(id).first<EndpointRow>()
}

export async function readEndpoint(db: D1Database, id: string): Promise<Endpoint | null> {
  const row = await readRow(db, id)
  return row ? toEndpoint(row) : null
}

/** Every endpoint, oldest first (endpoints are few; bounded anyway). */
export async function listEndpoints(db: D1Database, limit = 1000): Promise<Endpoint[]> {
  const { results } = await db
    .prepare(`SELECT ${COLUMNS} FROM endpoints ORDER BY created_at, id LIMIT ?1`)
    .bind(limit)
    .all<EndpointRow>()
  return results.map(toEndpoint)
}

/** Enabled endpoints subscribed to `type`, with their signing secrets. */
export async function endpointsFor(
  db: D1Database,
  type: NotificationType,
  now: string
): Promise<SigningEndpoint[]> {
  const { results } = await db
    .prepare(`SELECT ${COLUMNS} FROM endpoints WHERE enabled = 1 ORDER BY id LIMIT 1000`)
    .all<EndpointRow>()
  return results.map((row) => toSigning(row, now)).filter((e) => e.events === null || e.events.includes(type))
}

export async function signingEndpoint(
  db: D1Database,
  id: string,
  now: string
): Promise<SigningEndpoint | null> {
  const row = await readRow(db, id)
  return row ? toSigning(row, now) : null
}

export interface EndpointPatch {
  url?: string
  events?: NotificationType[] | null
  description?: string | null
  enabled?: boolean
}

/** Applies a PATCH; enabling again clears the failure record. Null when there is no such endpoint. */
export async function updateEndpoint(db: D1Database, id: string, patch: EndpointPatch, now: string) {
  const sets: string[] = ['updated_at = ?2']
  const values: unknown[] = [id, now]
  const set = (column: string, value: unknown) => {
    values.push(value)
    sets.push(`${column} = ?${values.length}`)
  }
  if (patch.url !== undefined) set('url', patch.url)
  if (patch.events !== undefined) set('events', patch.events ? JSON.stringify(patch.events) : null)
  if (patch.description !== undefined) set('description', patch.description)
  if (patch.enabled !== undefined) {
    set('enabled', patch.enabled ? 1 : 0)
    if (patch.enabled) sets.push('failing_since = NULL, disabled_at = NULL, disabled_reason = NULL')
  }
  const result = await db
    .prepare(`UPDATE endpoints SET ${sets.join(', ')} WHERE id = ?1`)
    .bind(...values)
    .run()
  return result.meta.changes > 0 ? readEndpoint(db, id) : null
}

export async function deleteEndpoint(db: D1Database, id: string): Promise<boolean> {
  const [result] = await db.batch([
    db.prepare('DELETE FROM endpoints WHERE id = ?1').bind(id),
    db.prepare('DELETE FROM deliveries WHERE endpoint_id = ?1').bind(id),
  ])
  return (result?.meta.changes ?? 0) > 0
}

/** Makes `secret` the signing secret; the old one keeps signing until `graceUntil`. False: no such endpoint. */
export async function rotateEndpointSecret(
  db: D1Database,
  id: string,
  secret: string,
  now: string,
  graceUntil: string
): Promise<boolean> {
  const result = await db
    .prepare(
      `UPDATE endpoints SET previous_secret = secret, previous_secret_until = ?4, secret = ?2, updated_at = ?3
       WHERE id = ?1`
    )
    .bind(id, secret, now, graceUntil)
    .run()
  return result.meta.changes > 0
}

/** Records an attempt's outcome on the endpoint: a success clears `failing_since`, a failure starts it. */
export async function recordEndpointOutcome(
  db: D1Database,
  id: string,
  ok: boolean,
  now: string
): Promise<void> {
  const statement = ok
    ? db
        .prepare('UPDATE endpoints SET failing_since = NULL WHERE id = ?1 AND failing_since IS NOT NULL')
        .bind(id)
    : db
        .prepare('UPDATE endpoints SET failing_since = COALESCE(failing_since, ?2) WHERE id = ?1')
        .bind(id, now)
  await statement.run()
}

/** Disables an endpoint and fails its pending deliveries (nothing will send them). */
export async function disableEndpoint(
  db: D1Database,
  id: string,
  reason: string,
  now: string
): Promise<void> {
  await db.batch([
    db
      .prepare(
        'UPDATE endpoints SET enabled = 0, disabled_at = ?2, disabled_reason = ?3, updated_at = ?2 WHERE id = ?1 AND enabled = 1'
      )
      .bind(id, now, reason),
    db
      .prepare(
        `UPDATE deliveries SET status = 'failed', next_attempt_at = NULL, last_error = COALESCE(last_error, ?3), updated_at = ?2
         WHERE endpoint_id = ?1 AND status = 'pending'`
      )
      .bind(id, now, reason),
  ])
}
