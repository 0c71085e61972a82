/**
 * Erasure at the person's request (GDPR Art. 17, with the suppression exception; docs/api.md "Erasure"): the
 * address and what identifies it leave D1, KV and its ledger; a keyed hash (HMAC with `ERASURE_KEY`) stays, so
 * the check still answers `drop` and no later webhook or import brings the address back as new.
 * Order: the ledger first (it stops accepting anything for the address and finishes a running sync, so nothing
 * re-creates a row after the D1 step), then D1 in one batch, then KV. Every step is idempotent: a retry after a
 * failure completes the erasure.
 * @module
 */
import type { Env } from '../env'
import { ledgerFor } from '../ledger/stub'
import { erasureHash } from '../lib/erasure'
import { ApiError, storeCall } from '../lib/errors'
import { log } from '../lib/log'
import { runBatch } from '../store/d1'
import { erasureStatements } from '../store/erasure'
import { markErased } from '../store/kv'

export interface ErasureResult {
  erased: true
  erased_at: string
}

/** Erases a normalized address; `not_configured` without ERASURE_KEY. */
export async function eraseAddress(
  env: Env,
  address: string,
  actor: string,
  now: number
): Promise<ErasureResult> {
  const key = env.ERASURE_KEY
  if (!key) {
    throw new ApiError('not_configured', 'Erasure needs the ERASURE_KEY secret (see docs/api.md, "Erasure").')
  }
  const hash = await erasureHash(key, address)
  const at = new Date(now).toISOString()
  await storeCall(() => ledgerFor(env, address).erase(), 'The address ledger could not be erased.')
  await storeCall(
    () => runBatch(env.DB, erasureStatements(env.DB, { address, hash, at, actor })),
    'History could not be erased; retry: the erasure is idempotent.'
  )
  await storeCall(async () => {
    await env.SUPPRESSIONS.delete(address)
    await markErased(env.SUPPRESSIONS, hash, at)
  }, 'The edge copy could not be erased; retry: the erasure is idempotent.')
  // The hash's first characters let an operator match this line to the audit row; never the address.
  log('info', 'address.erased', { actor, hash_prefix: hash.slice(0, 12) })
  return { erased: true, erased_at: at }
}
