/**
 * The keyed hash kept for an erased address (issue 16, GDPR Art. 17 with the suppression exception): HMAC-SHA256
 * under `ERASURE_KEY`, so the check can still refuse the address without the list holding it, and nobody without
 * the key can test a guess against the stored hashes.
 * @module
 */
import { hmacSha256Hex } from './crypto'

/** The hex HMAC of a normalized address. */
export function erasureHash(key: string, address: string): Promise<string> {
  return hmacSha256Hex(key, address)
}

/** Its KV key (`erased:<hex>`). */
export async function erasureKvKey(key: string, address: string): Promise<string> {
  return `erased:${await erasureHash(key, address)}`
}
