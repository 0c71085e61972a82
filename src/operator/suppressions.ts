/**
 * What an operator does to the suppression list (list, describe, suppress, lift), shared by the JSON API
 * (src/routes/) and the dashboard (src/dashboard/): one code path, one validation. Every change goes through the
 * address's ledger, so KV keeps a single writer and history records each step.
 * @module
 */
import type { z } from 'zod'
import type { ListQuery } from '../api/schemas'
import { explain } from '../domain/explain'
import type { HistoryEntry } from '../domain/history'
import type { Env } from '../env'
import { ledgerFor } from '../ledger/stub'
import { decodeCursor, encodeCursor } from '../lib/cursor'
import { ApiError, StoreUnavailableError, storeCall } from '../lib/errors'
import { isObject } from '../lib/json'
import type { SuppressionRecord } from '../policy'
import { getEvent, type Keyset, listEvents, listSuppressions, type SuppressionFilter } from '../store/queries'

const isKeyset = (v: unknown): v is Keyset =>
  isObject(v) && typeof v.since === 'string' && typeof v.address === 'string'

/** The list filter a query asks for (`q` is an address prefix, compared lower-cased). */
export function filterOf(query: SuppressionFilter): SuppressionFilter {
  return { ...query, q: query.q?.trim().toLowerCase() || undefined }
}

/** One page of current suppressions for a validated list query, with the cursor of the next page. */
export async function suppressionPage(db: D1Database, query: z.output<typeof ListQuery>, now: number) {
  const after = decodeCursor(query.cursor, isKeyset)
  const rows = await storeCall(() =>
    listSuppressions(db, filterOf(query), after, query.limit + 1, new Date(now).toISOString())
  )
  const items = rows.slice(0, query.limit)
  const last = items[items.length - 1]
  const nextCursor =
    rows.length > query.limit && last ? encodeCursor({ since: last.since, address: last.address }) : null
  return { items, nextCursor }
}

/** Everything known about one address now: the record in force (or null), its soft window, cause and history. */
export interface AddressReport {
  address: string
  active: SuppressionRecord | null
  /** The record even when not suppressed (a soft deferral, an expired suppression), or null. */
  record: SuppressionRecord | null
  softWindow: { soft_bounces: string[]; last_delivered_at: string | null; soft_suppressions: number }
  explain: string | null
  cause: HistoryEntry | null
  history: HistoryEntry[]
}

/** Reads the address's ledger state and its latest history (`historyLimit` entries, newest first). */
export async function describeAddress(
  env: Env,
  address: string,
  now: number,
  historyLimit = 20
): Promise<AddressReport> {
  const { state } = await storeCall(() => ledgerFor(env, address).inspect())
  const record = state.record
  const active =
    record?.suppressed && (record.expires_at === null || Date.parse(record.expires_at) > now) ? record : null
  const [cause, history] = await storeCall(() =>
    Promise.all([
      active?.event_id ? getEvent(env.DB, active.event_id, address) : null,
      listEvents(env.DB, address, null, historyLimit),
    ])
  )
  return {
    address,
    active,
    record,
    softWindow: {
      soft_bounces: state.softBounces,
      last_delivered_at: state.lastDeliveredAt,
      soft_suppressions: state.softSuppressions,
    },
    explain: active ? explain(active, cause, now) : null,
    cause,
    history: history.map(({ entry }) => entry),
  }
}

/** A manual suppression's fields, already validated. */
export interface SuppressInput {
  reason?: string
  expiresAt?: string | null
  note?: string | null
}

/** Suppresses an address by hand; an expiry in the past is refused. Returns the record now in force. */
export async function suppressAddress(
  env: Env,
  address: string,
  input: SuppressInput,
  actor: string,
  now: number
) {
  const expiresAt = input.expiresAt ?? null
  if (expiresAt && Date.parse(expiresAt) <= now) {
    throw new ApiError('invalid_request', '"expires_at" must be in the future.')
  }
  const result = await storeCall(() =>
    ledgerFor(env, address).suppress(
      address,
      {
        reason: input.reason ?? 'manual',
        source: 'manual',
        since: new Date(now).toISOString(),
        expires_at: expiresAt,
        note: input.note ?? null,
        eventId: `manual:suppress:${crypto.randomUUID()}`,
        actor,
      },
      now
    )
  )
  if (!result.ok) throw new StoreUnavailableError('The ledger could not sync the suppression.')
  return result.record
}

/** Lifts an address's suppression or deferral with a note; `not_found` when nothing was in force. */
export async function liftAddress(
  env: Env,
  address: string,
  note: string | null,
  actor: string,
  now: number
): Promise<void> {
  const result = await storeCall(() =>
    ledgerFor(env, address).lift(
      address,
      { actor, note: note?.slice(0, 500) ?? null, eventId: `manual:lift:${crypto.randomUUID()}` },
      now
    )
  )
  if (!result.ok) throw new StoreUnavailableError('The ledger could not sync the lift.')
  if (!result.lifted) throw new ApiError('not_found', 'This address is not suppressed or deferred.')
}
