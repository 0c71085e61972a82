/**
 * The allowlist (issue 16): addresses and `@domain`s that are never suppressed — seed lists, the team's own
 * mailboxes. Their events are still recorded; the check answers `send` with `allowlisted: true`. The flag is set
 * in the entry's ledger (one writer of its KV key) before the D1 row that lists it, so a listed entry is always
 * in force; a failed D1 write is retried by repeating the call (both steps are idempotent).
 * @module
 */
import type { Env } from '../env'
import { ledgerFor } from '../ledger/stub'
import { decodeCursor, encodeCursor } from '../lib/cursor'
import { ApiError, StoreUnavailableError, storeCall } from '../lib/errors'
import {
  type AllowlistRow,
  deleteAllowlisted,
  getAllowlisted,
  listAllowlist,
  upsertAllowlist,
} from '../store/allowlist'

/** Allowlists an entry (normalized address or `@domain`). */
export async function allow(
  env: Env,
  entry: string,
  note: string | null,
  actor: string,
  now: number
): Promise<AllowlistRow> {
  const result = await storeCall(() => ledgerFor(env, entry).setAllowlisted(entry, true))
  // Listing an erased address would write it back into D1; it stays suppressed without its name.
  if (result.erased) throw new ApiError('conflict', "This address was erased at the person's request.")
  if (!result.ok) throw new StoreUnavailableError('The ledger could not sync the allowlist flag.')
  return storeCall(() =>
    upsertAllowlist(env.DB, { entry, note, actor, created_at: new Date(now).toISOString() })
  )
}

/** Takes an entry off the allowlist; `not_found` when it was not on it. */
export async function disallow(env: Env, entry: string): Promise<void> {
  const { state } = await storeCall(() => ledgerFor(env, entry).inspect())
  const listed = await storeCall(() => getAllowlisted(env.DB, entry))
  if (!state.allowlisted && !listed) throw new ApiError('not_found', 'This entry is not on the allowlist.')
  const result = await storeCall(() => ledgerFor(env, entry).setAllowlisted(entry, false))
  if (!result.ok) throw new StoreUnavailableError('The ledger could not sync the allowlist flag.')
  await storeCall(() => deleteAllowlisted(env.DB, entry))
}

export async function allowlisted(env: Env, entry: string): Promise<AllowlistRow> {
  const row = await storeCall(() => getAllowlisted(env.DB, entry))
  if (!row) throw new ApiError('not_found', 'This entry is not on the allowlist.')
  return row
}

const isKey = (v: unknown): v is { entry: string } =>
  typeof v === 'object' && v !== null && typeof (v as { entry?: unknown }).entry === 'string'

/** One page of the allowlist in entry order, with the next page's cursor. */
export async function allowlistPage(env: Env, cursor: string | undefined, limit: number) {
  const after = decodeCursor(cursor, isKey)
  const rows = await storeCall(() => listAllowlist(env.DB, after?.entry ?? null, limit + 1))
  const items = rows.slice(0, limit)
  const last = items[items.length - 1]
  return { items, nextCursor: rows.length > limit && last ? encodeCursor({ entry: last.entry }) : null }
}
