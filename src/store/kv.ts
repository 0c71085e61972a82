/**
 * The suppression list's edge copy in Workers KV. Key: a normalized address, or `@domain` for a domain entry;
 * value: its records by scope and its allowlisting ({@link StoredListValue}; a pre-scope value is one
 * `SuppressionRecord`, still read, see readListValue). `erased:<hmac>` keys mark erased addresses. Only an
 * address's (or domain's) AddressLedger writes its key; everyone may read.
 * @module
 */
import type { SuppressionRecord } from '../policy'
import type { StoredListValue } from '../policy-scopes'

/** KV refuses bulk reads of more than 100 keys. */
export const KV_BULK_MAX = 100
/** KV refuses expirations less than 60 s ahead. */
const KV_MIN_TTL_S = 60
/** …nor expirations past a signed 32-bit second count. */
const KV_MAX_EXPIRATION = 2 ** 31 - 1

/** One key's raw value (either shape), or null. */
export async function readValue(kv: KVNamespace, key: string): Promise<unknown> {
  return kv.get(key, 'json')
}

/** Many keys' raw values in bulk reads of ≤ 100 keys, run in parallel; missing keys map to null. */
export async function readValues(kv: KVNamespace, keys: readonly string[]): Promise<Map<string, unknown>> {
  const chunks: string[][] = []
  for (let i = 0; i < keys.length; i += KV_BULK_MAX) chunks.push(keys.slice(i, i + KV_BULK_MAX))
  const maps = await Promise.all(chunks.map((chunk) => kv.get<unknown>(chunk, 'json')))
  const out = new Map<string, unknown>()
  for (const map of maps) for (const [key, value] of map) out.set(key, value)
  return out
}

/**
 * Writes a key's current value, or deletes the key when there is none. A value whose every record is temporary
 * carries a KV expiration at the last one's end (never under KV's 60 s floor; the check compares the records' own
 * times anyway).
 */
export async function writeValue(
  kv: KVNamespace,
  key: string,
  value: StoredListValue | null,
  now: number
): Promise<void> {
  if (!value) {
    await kv.delete(key)
    return
  }
  const options: KVNamespacePutOptions = {}
  const until = value.allow ? null : lastUntil(Object.values(value.records))
  if (until) {
    const expiration = Math.max(Math.ceil(until / 1000), Math.ceil(now / 1000) + KV_MIN_TTL_S)
    // KV takes a 32-bit expiration (until 2038); a later expiry is left to the records' own times.
    if (expiration <= KV_MAX_EXPIRATION) options.expiration = expiration
  }
  await kv.put(key, JSON.stringify(value), options)
}

/** When the last record ends (epoch ms), or null when one never does. */
function lastUntil(records: SuppressionRecord[]): number | null {
  let last = 0
  for (const record of records) {
    const until = record.suppressed ? record.expires_at : record.retry_after
    if (!until) return null
    last = Math.max(last, Date.parse(until))
  }
  return last || null
}

/** Marks an erased address under its keyed hash (no expiry: the promise not to mail is kept for good). */
export async function markErased(kv: KVNamespace, hash: string, at: string): Promise<void> {
  await kv.put(`erased:${hash}`, JSON.stringify({ erased_at: at }))
}
