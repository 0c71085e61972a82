/**
 * Addresses in logs: a short keyed hash by default, so `wrangler tail` can follow one address without the logs
 * holding anyone's e-mail. `LOG_ADDRESSES=true` logs them in clear (development).
 * @module
 */

import { config } from '../config'
import type { Env } from '../env'
import { hmacSha256Hex } from '../lib/crypto'

/** 16 hex characters of HMAC-SHA256(address) under `LOG_HASH_KEY` (or, unset, the admin token). */
export async function addressHash(env: Env, address: string): Promise<string> {
  const key = env.LOG_HASH_KEY || env.ADMIN_TOKEN || 'ricochet-unkeyed'
  return (await hmacSha256Hex(`ricochet-log:${key}`, address)).slice(0, 16)
}

/** The log fields that identify an address: its hash, plus the address itself when enabled. */
export async function addressFields(
  env: Env,
  address: string
): Promise<{ address_hash: string; address?: string }> {
  const hash = await addressHash(env, address)
  return config(env).logAddresses ? { address_hash: hash, address } : { address_hash: hash }
}
