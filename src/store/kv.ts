/**
 * The suppression list's edge copy in Workers KV: key = normalized address, value = {@link SuppressionRecord}.
 * Only an address's AddressLedger writes its key; everyone may read.
 * @module
 */
import type { SuppressionRecord } from '../policy'

/** KV refuses bulk reads of more than 100 keys. */
export const KV_BULK_MAX = 100
/** KV refuses expirations less than 60 s ahead. */
const KV_MIN_TTL_S = 60
/** …nor expirations past a signed 32-bit second count. */
const KV_MAX_EXPIRATION = 2 ** 31 - 1

/** One address's record, or null. */
export async function readRecord(kv: KVNamespace, address: string): Promise<SuppressionRecord | null> {
  return kv.get<SuppressionRecord>(address, 'json')
}

/** Many addresses' records in bulk reads of ≤ 100 keys, run in parallel; missing keys map to null. */
export async function readRecords(
  kv: KVNamespace,
  addresses: readonly string[]
): Promise<Map<string, SuppressionRecord | null>> {
  const chunks: string[][] = []
  for (let i = 0; i < addresses.length; i += KV_BULK_MAX) chunks.push(addresses.slice(i, i + KV_BULK_MAX))
  const maps = await Promise.all(chunks.map((keys) => kv.get<SuppressionRecord>(keys, 'json')))
  const out = new Map<string, SuppressionRecord | null>()
  for (const map of maps) for (const [key, value] of map) out.set(key, value)
  return out
}

/**
 * Writes the address's current record, or deletes the key when there is none. Temporary records carry a KV
 * expiration too (never under KV's 60 s floor; the check compares the record's own times anyway).
 */
export async function writeRecord(
  kv: KVNamespace,
  address: string,
  record: SuppressionRecord | null,
  now: number
): Promise<void> {
  if (!record) {
    await kv.delete(address)
    return
  }
  const until = record.suppressed ? record.expires_at : record.retry_after
  const options: KVNamespacePutOptions = {}
  if (until) {
    const expiration = Math.max(Math.ceil(Date.parse(until) / 1000), Math.ceil(now / 1000) + KV_MIN_TTL_S)
    // KV takes a 32-bit expiration (until 2038); a later expiry is left to the record's own `expires_at`.
    if (expiration <= KV_MAX_EXPIRATION) options.expiration = expiration
  }
  await kv.put(address, JSON.stringify(record), options)
}
