/**
 * The Standard Webhooks scheme (and Svix, its origin, as Resend uses it): `v1,<base64 HMAC-SHA256>` entries
 * over `${id}.${timestamp}.${body}`, keyed by the base64 bytes of a `whsec_` secret, timestamp within ±5 min.
 * @module
 */
import { concatBytes, fromBase64, toBase64 } from './base64'
import { utf8 } from './crypto'

export const TOLERANCE_S = 300

export interface SignedHeaders {
  id: string
  timestamp: string
  signature: string
}

/** Reads `webhook-*` headers, or Svix's `svix-*` spelling of the same three. */
export function signedHeaders(headers: Headers): SignedHeaders | null {
  for (const prefix of ['webhook', 'svix']) {
    const id = headers.get(`${prefix}-id`)
    const timestamp = headers.get(`${prefix}-timestamp`)
    const signature = headers.get(`${prefix}-signature`)
    if (id && timestamp && signature) return { id, timestamp, signature }
  }
  return null
}

const keys = new Map<string, Promise<CryptoKey> | null>()

/** The HMAC key of a `whsec_…` secret (the prefix is optional), or null when it is not base64. */
function keyOf(secret: string): Promise<CryptoKey> | null {
  if (keys.has(secret)) return keys.get(secret)!
  const bytes = fromBase64(secret.startsWith('whsec_') ? secret.slice(6) : secret)
  const key = bytes
    ? crypto.subtle.importKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['verify'])
    : null
  if (keys.size > 64) keys.clear()
  keys.set(secret, key)
  return key
}

/**
 * True when one `v1` entry of the signature header matches under one of `secrets` and the timestamp is
 * within ±5 minutes of `now` (ms). Unknown versions (`v1a`, …) are skipped, not failed.
 */
export async function verifyStandardWebhook(
  headers: Headers,
  body: Uint8Array,
  secrets: string[],
  now: number
): Promise<boolean> {
  const signed = signedHeaders(headers)
  if (!signed || !/^\d{1,12}$/.test(signed.timestamp)) return false
  if (Math.abs(now / 1000 - Number(signed.timestamp)) > TOLERANCE_S) return false
  if (signed.id.length > 256) return false
  const content = concatBytes(utf8(`${signed.id}.${signed.timestamp}.`), body)
  const tags = signed.signature
    .split(' ')
    .filter((entry) => entry.startsWith('v1,'))
    .map((entry) => fromBase64(entry.slice(3)))
    .filter((tag): tag is Uint8Array<ArrayBuffer> => tag !== null && tag.length === 32)
  for (const secret of secrets) {
    const key = keyOf(secret)
    if (!key) continue
    for (const tag of tags) if (await crypto.subtle.verify('HMAC', await key, tag, content)) return true
  }
  return false
}

/**
 * The `webhook-signature` value for an outgoing message: one `v1,<base64>` entry per secret (two during a
 * rotation), space-separated as the spec lists them.
 */
export async function signStandardWebhook(
  secrets: string[],
  id: string,
  timestamp: string,
  body: string
): Promise<string> {
  const content = utf8(`${id}.${timestamp}.${body}`)
  const entries: string[] = []
  for (const secret of secrets) {
    const raw = fromBase64(secret.startsWith('whsec_') ? secret.slice(6) : secret)
    if (!raw) continue
    const key = await crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
    entries.push(`v1,${toBase64(await crypto.subtle.sign('HMAC', key, content))}`)
  }
  return entries.join(' ')
}

/** A new `whsec_` secret: 24 random bytes, base64 (the spec's recommended size range is 24 to 64). */
export function newStandardWebhookSecret(): string {
  return `whsec_${toBase64(crypto.getRandomValues(new Uint8Array(24)))}`
}
