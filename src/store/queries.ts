/**
 * Read queries over D1 for operators: the suppression index (filtered, keyset-paginated), an address's history,
 * stats, and the selection behind a restore. Every query is bounded.
 * @module
 */
import type { HistoryEntry } from '../domain/history'
import { historyEntry, type StoredHistoryRow } from './d1'

export interface SuppressionRow {
  address: string
  /** `*`: every tenant (a global entry). */
  tenant: string
  /** `*`: every stream of the tenant. */
  stream: string
  reason: string
  disposition: string
  source: string
  since: string
  expires_at: string | null
  event_id: string | null
  note: string | null
  updated_at: string
}

export interface SuppressionFilter {
  reason?: string
  disposition?: string
  source?: string
  /** Address prefix. */
  q?: string
  /** `since` ≥ this (ISO). */
  since?: string
  /** `since` < this (ISO). */
  until?: string
  /** Entries that apply to this tenant: global ones and the tenant's own. */
  tenant?: string
  /** Entries that apply to this stream: those of every stream and the stream's own. */
  stream?: string
}

/** A position in a keyset walk: the last row's sort key. */
export interface Keyset {
  since: string
  address: string
  /** Absent in cursors made before scopes (one row per address then). */
  tenant?: string
  stream?: string
}

const COLUMNS =
  'address, tenant, stream, reason, disposition, source, since, expires_at, event_id, note, updated_at'

function where(
  filter: SuppressionFilter,
  after: Keyset | null,
  now: string,
  t = ''
): { sql: string; params: unknown[] } {
  const clauses = [`(${t}expires_at IS NULL OR ${t}expires_at > ?)`]
  const params: unknown[] = [now]
  for (const key of ['reason', 'disposition', 'source'] as const) {
    if (filter[key]) {
      clauses.push(`${t}${key} = ?`)
      params.push(filter[key])
    }
  }
  if (filter.q) {
    clauses.push(`${t}address LIKE ? ESCAPE '\\'`)
    params.push(`${filter.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`)
  }
  for (const key of ['tenant', 'stream'] as const) {
    if (filter[key]) {
      clauses.push(`(${t}${key} = '*' OR ${t}${key} = ?)`)
      params.push(filter[key])
    }
  }
  if (filter.since) {
    clauses.push(`${t}since >= ?`)
    params.push(filter.since)
  }
  if (filter.until) {
    clauses.push(`${t}since < ?`)
    params.push(filter.until)
  }
  if (after?.tenant !== undefined && after.stream !== undefined) {
    // Newest first; ties broken by address, tenant and stream (an address has a row per scope), so the walk is
    // total and stable under concurrent inserts.
    clauses.push(
      `(${t}since < ? OR (${t}since = ? AND (${t}address < ? OR (${t}address = ? AND (${t}tenant < ? OR (${t}tenant = ? AND ${t}stream < ?))))))`
    )
    params.push(
      after.since,
      after.since,
      after.address,
      after.address,
      after.tenant,
      after.tenant,
      after.stream
    )
  } else if (after) {
    clauses.push(`(${t}since < ? OR (${t}since = ? AND ${t}address < ?))`)
    params.push(after.since, after.since, after.address)
  }
  return { sql: clauses.join(' AND '), params }
}

/** One page of current suppressions, newest first, after `after`. */
export async function listSuppressions(
  db: D1Database,
  filter: SuppressionFilter,
  after: Keyset | null,
  limit: number,
  now: string
): Promise<SuppressionRow[]> {
  const w = where(filter, after, now)
  const { results } = await db
    .prepare(
      `SELECT ${COLUMNS} FROM suppressions WHERE ${w.sql} ORDER BY since DESC, address DESC, tenant DESC, stream DESC LIMIT ?`
    )
    .bind(...w.params, limit)
    .all<SuppressionRow>()
  return results
}

/** History rows with the name of the API key that took an operator step (`actor` = `key:<id>`). */
const EVENTS_WITH_ACTOR = "events LEFT JOIN api_keys k ON events.actor = 'key:' || k.id"
const EVENT_COLUMNS = 'events.*, k.name AS actor_name'

/** The history row of one event for one address (what caused a suppression). */
export async function getEvent(
  db: D1Database,
  eventId: string,
  address: string
): Promise<HistoryEntry | null> {
  const row = await db
    .prepare(`SELECT ${EVENT_COLUMNS} FROM ${EVENTS_WITH_ACTOR} WHERE event_id = ? AND address = ?`)
    .bind(eventId, address)
    .first<StoredHistoryRow>()
  return row ? historyEntry(row) : null
}

export interface HistoryKeyset {
  occurred_at: string
  seq: number
}

/** An address's history, newest first, after `after`. */
export async function listEvents(
  db: D1Database,
  address: string,
  after: HistoryKeyset | null,
  limit: number,
  scope: StatsScope = {}
): Promise<{ entry: HistoryEntry; seq: number }[]> {
  const keyset = after ? 'AND (occurred_at < ? OR (occurred_at = ? AND seq < ?))' : ''
  // The scope's events (those without a tenant are the default tenant's); operator steps carry none.
  const inScope =
    "AND (? IS NULL OR coalesce(events.tenant, 'default') = ?) AND (? IS NULL OR events.stream = ?)"
  const scoped = [scope.tenant ?? null, scope.tenant ?? null, scope.stream ?? null, scope.stream ?? null]
  const params = after
    ? [address, ...scoped, after.occurred_at, after.occurred_at, after.seq, limit]
    : [address, ...scoped, limit]
  const { results } = await db
    .prepare(
      `SELECT ${EVENT_COLUMNS} FROM ${EVENTS_WITH_ACTOR} WHERE address = ? ${inScope} ${keyset}
       ORDER BY occurred_at DESC, seq DESC LIMIT ?`
    )
    .bind(...params)
    .all<StoredHistoryRow & { seq: number }>()
  return results.map((row) => ({ entry: historyEntry(row), seq: row.seq }))
}

export interface RestoreFilter extends SuppressionFilter {
  since: string
  until: string
  diagnostic_contains?: string
}

/** Suppressions matching a restore filter (the causing event's diagnostic included), at most `limit`. */
export async function selectForRestore(
  db: D1Database,
  filter: RestoreFilter,
  limit: number,
  now: string
): Promise<(SuppressionRow & { diagnostic: string | null })[]> {
  const w = where(filter, null, now, 's.')
  const params = [...w.params]
  let diagnostic = ''
  if (filter.diagnostic_contains) {
    diagnostic = "AND instr(lower(coalesce(e.diagnostic, '')), lower(?)) > 0"
    params.push(filter.diagnostic_contains)
  }
  const { results } = await db
    .prepare(
      `SELECT s.address, s.tenant, s.stream, s.reason, s.disposition, s.source, s.since, s.expires_at, s.event_id, s.note, s.updated_at,
              e.diagnostic
       FROM suppressions s LEFT JOIN events e ON e.event_id = s.event_id AND e.address = s.address
       WHERE ${w.sql} ${diagnostic}
       ORDER BY s.since DESC, s.address DESC, s.tenant DESC, s.stream DESC LIMIT ?`
    )
    .bind(...params, limit)
    .all<SuppressionRow & { diagnostic: string | null }>()
  return results
}

/** Which history a stats query counts: one tenant's (events without one are the default tenant's), one stream's. */
export interface StatsScope {
  tenant?: string
  stream?: string
}

/** The clause (bound as ?3 and ?4 after the range) that keeps the scope's events. */
const IN_SCOPE = "(?3 IS NULL OR coalesce(tenant, 'default') = ?3) AND (?4 IS NULL OR stream = ?4)"

export interface StatsRow {
  day: string
  disposition: string | null
  reason: string | null
  provider: string
  events: number
}

/** Event counts per day × disposition × reason × provider, for occurred_at in [from, to). */
export async function statsByDay(
  db: D1Database,
  from: string,
  to: string,
  scope: StatsScope = {}
): Promise<StatsRow[]> {
  const { results } = await db
    .prepare(
      `SELECT substr(occurred_at, 1, 10) AS day, disposition, reason, provider, count(*) AS events
       FROM events WHERE occurred_at >= ?1 AND occurred_at < ?2 AND kind NOT IN ('suppress', 'lift', 'expire')
         AND ${IN_SCOPE}
       GROUP BY day, disposition, reason, provider ORDER BY day, events DESC LIMIT 10000`
    )
    .bind(from, to, scope.tenant ?? null, scope.stream ?? null)
    .all<StatsRow>()
  return results
}

/** Deliveries per day in [from, to) (provider `delivered` events): the known part of a rate's denominator. */
export async function deliveriesByDay(
  db: D1Database,
  from: string,
  to: string,
  scope: StatsScope = {}
): Promise<Map<string, number>> {
  const { results } = await db
    .prepare(
      `SELECT substr(occurred_at, 1, 10) AS day, count(*) AS events FROM events
       WHERE occurred_at >= ?1 AND occurred_at < ?2 AND kind = 'delivered' AND ${IN_SCOPE} GROUP BY day LIMIT 1000`
    )
    .bind(from, to, scope.tenant ?? null, scope.stream ?? null)
    .all<{ day: string; events: number }>()
  return new Map(results.map((r) => [r.day, r.events]))
}

/** The recipient domains with the most failures (hard, soft, block, complaint) in [from, to). */
export async function topDomains(
  db: D1Database,
  from: string,
  to: string,
  limit: number,
  scope: StatsScope = {}
): Promise<
  { domain: string; events: number; hard: number; soft: number; block: number; complaint: number }[]
> {
  const { results } = await db
    .prepare(
      `SELECT substr(address, instr(address, '@') + 1) AS domain, count(*) AS events,
              sum(disposition = 'hard') AS hard, sum(disposition = 'soft') AS soft,
              sum(disposition = 'block') AS block, sum(disposition = 'complaint') AS complaint
       FROM events WHERE occurred_at >= ?1 AND occurred_at < ?2 AND disposition IN ('hard', 'soft', 'block', 'complaint')
         AND ${IN_SCOPE}
       GROUP BY domain ORDER BY events DESC LIMIT ?5`
    )
    .bind(from, to, scope.tenant ?? null, scope.stream ?? null, limit)
    .all<{ domain: string; events: number; hard: number; soft: number; block: number; complaint: number }>()
  return results
}

/** Drops history older than `before` and index rows whose expiry has passed; returns the counts. */
export async function pruneHistory(
  db: D1Database,
  before: string,
  now: string
): Promise<{ events: number; expired: number }> {
  const [events, expired] = await db.batch([
    db.prepare('DELETE FROM events WHERE received_at < ?').bind(before),
    db.prepare('DELETE FROM suppressions WHERE expires_at IS NOT NULL AND expires_at <= ?').bind(now),
  ])
  return { events: events?.meta.changes ?? 0, expired: expired?.meta.changes ?? 0 }
}
