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
import {
  covers,
  DEFAULT_SEND_SCOPE,
  GLOBAL_SCOPE,
  parseScopeKey,
  requireScopeName,
  type ScopeJson,
  type SendScope,
  type SuppressionScope,
  scopeJson,
} from '../lib/tenancy'
import { isActive, type SuppressionRecord } from '../policy'
import { DEFAULT_ENTRY_SCOPE, GLOBAL_KEY } from '../policy-scopes'
import { bySpecificity } from '../policy-verdict'
import {
  getEvent,
  type Keyset,
  listEvents,
  listSuppressions,
  type SuppressionFilter,
  type SuppressionRow,
} from '../store/queries'

const isKeyset = (v: unknown): v is Keyset =>
  isObject(v) &&
  typeof v.since === 'string' &&
  typeof v.address === 'string' &&
  (v.tenant === undefined || typeof v.tenant === 'string') &&
  (v.stream === undefined || typeof v.stream === 'string')

/**
 * The list filter a query asks for (`q` is an address prefix, compared lower-cased; `tenant`/`stream` keep the
 * entries that apply there); a malformed tenant or stream is `invalid_scope`.
 */
export function filterOf(query: SuppressionFilter): SuppressionFilter {
  return {
    ...query,
    q: query.q?.trim().toLowerCase() || undefined,
    tenant: requireScopeName(query.tenant, 'tenant'),
    stream: requireScopeName(query.stream, 'stream'),
  }
}

/** The scope of a D1 index row (its `*` columns mean every tenant / every stream). */
export function rowScope(row: { tenant: string; stream: string }): SuppressionScope {
  return row.tenant === '*'
    ? GLOBAL_SCOPE
    : { tenant: row.tenant, stream: row.stream === '*' ? null : row.stream }
}

/** A D1 index row as the API lists it: its scope instead of the `*` columns. */
export function suppressionItem(row: SuppressionRow) {
  const { tenant: _tenant, stream: _stream, ...rest } = row
  return { ...rest, scope: scopeJson(rowScope(row)) }
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
    rows.length > query.limit && last
      ? encodeCursor({ since: last.since, address: last.address, tenant: last.tenant, stream: last.stream })
      : null
  return { items, nextCursor }
}

/** One scope's entry of an address (or `@domain`), as operators read it. */
export interface ScopedEntry {
  scope: ScopeJson
  record: SuppressionRecord
  /** In force now (a suppression not expired, or a deferral not over). */
  active: boolean
}

/** Everything known about one address (or `@domain`) now: its entries, soft window, cause and history. */
export interface AddressReport {
  address: string
  /** The suppression in force that matters most: the one deciding the check in the scope asked, else any. */
  active: SuppressionRecord | null
  /** The scope of `active`. */
  activeScope: ScopeJson | null
  /** The record even when not suppressed (a soft deferral, an expired suppression), or null. */
  record: SuppressionRecord | null
  /** Every entry, global first. */
  entries: ScopedEntry[]
  allowlisted: boolean
  /** Erased at the person's request: nothing else is known any more, and the check answers `drop`. */
  erased: boolean
  softWindow: { soft_bounces: string[]; last_delivered_at: string | null; soft_suppressions: number }
  explain: string | null
  cause: HistoryEntry | null
  history: HistoryEntry[]
}

/** Reads the ledger state and its latest history (`historyLimit` entries, newest first). */
export async function describeAddress(
  env: Env,
  address: string,
  now: number,
  historyLimit = 20,
  send: SendScope = DEFAULT_SEND_SCOPE
): Promise<AddressReport> {
  const { state, erased } = await storeCall(() => ledgerFor(env, address).inspect())
  const keys = Object.keys(state.records).sort(bySpecificity)
  const entries = keys.map((key) => {
    const record = state.records[key]!
    return { key, scope: scopeJson(parseScopeKey(key)), record, active: isActive(record, now) }
  })
  const suppressions = entries.filter((e) => e.active && e.record.suppressed)
  const chosen = suppressions.find((e) => covers(parseScopeKey(e.key), send)) ?? suppressions[0] ?? null
  const active = chosen?.record ?? null
  const record = active ?? entries.find((e) => e.key === GLOBAL_KEY)?.record ?? entries[0]?.record ?? null
  const [cause, history] = await storeCall(() =>
    Promise.all([
      active?.event_id ? getEvent(env.DB, active.event_id, address) : null,
      listEvents(env.DB, address, null, historyLimit),
    ])
  )
  return {
    address,
    active,
    activeScope: chosen?.scope ?? null,
    record,
    entries: entries.map(({ scope, record, active }) => ({ scope, record, active })),
    allowlisted: state.allowlisted,
    erased,
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
  /** Default: the whole default tenant. */
  scope?: SuppressionScope
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
        scope: input.scope ?? DEFAULT_ENTRY_SCOPE,
        eventId: `manual:suppress:${crypto.randomUUID()}`,
        actor,
      },
      now
    )
  )
  if (result.outcome === 'erased') throw erasedError()
  if (!result.ok) throw new StoreUnavailableError('The ledger could not sync the suppression.')
  return result.record
}

/**
 * Lifts an address's suppression or deferral with a note: the entry of `scope`, or every entry without one;
 * `not_found` when nothing was in force there.
 */
export async function liftAddress(
  env: Env,
  address: string,
  note: string | null,
  actor: string,
  now: number,
  scope?: SuppressionScope
): Promise<void> {
  const result = await storeCall(() =>
    ledgerFor(env, address).lift(
      address,
      { actor, note: note?.slice(0, 500) ?? null, eventId: `manual:lift:${crypto.randomUUID()}`, scope },
      now
    )
  )
  if (!result.ok) throw new StoreUnavailableError('The ledger could not sync the lift.')
  if (!result.lifted)
    throw new ApiError('not_found', `Nothing is suppressed or deferred ${scope ? 'in this scope' : 'here'}.`)
}

/** An erased address cannot be suppressed again by hand: it already is, for good, without its name. */
function erasedError(): ApiError {
  return new ApiError('conflict', "This address was erased at the person's request; it stays suppressed.")
}
