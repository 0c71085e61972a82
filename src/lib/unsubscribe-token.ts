/**
 * One-click unsubscribe tokens (RFC 8058; issue 16 §3): `u1.<payload>.<mac>`, base64url. The payload carries the
 * address, tenant and stream (no storage needed); the MAC is HMAC-SHA256 under `UNSUBSCRIBE_SECRET`, truncated to
 * 128 bits, over a label and the payload, so a token cannot be forged, altered, or moved to another address or
 * scope. Rotation: a comma list of secrets, the first signs, every one verifies. An undo stamp signs the same
 * payload with a time, so the confirmation page can offer "undo" for a few minutes without a session.
 * @module
 */

import { normalizeAddress } from './address'
import { hmacKey, utf8 } from './crypto'
import { isScopeName } from './tenancy'

/** What a token names: an unsubscribe of `address` from `stream` of `tenant` (stream null: the whole tenant). */
export interface UnsubscribeTarget {
  address: string
  tenant: string
  stream: string | null
}

const MAC_BYTES = 16
/** How long the confirmation page's "undo" works. */
export const UNDO_WINDOW_MS = 10 * 60_000

function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (const b of bytes) binary += String.fromCharCode(b)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** Strict unpadded base64url: only the one canonical spelling of the bytes, or null. */
function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null
  try {
    const bytes = Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (ch) => ch.charCodeAt(0))
    // atob ignores a last character's unused low bits: without this, one MAC would have 16 valid spellings.
    return toBase64Url(bytes) === text ? bytes : null
  } catch {
    return null
  }
}

async function mac(secret: string, label: string, payload: string): Promise<Uint8Array> {
  const key = await hmacKey(secret)
  const full = await crypto.subtle.sign('HMAC', key, utf8(`${label}\n${payload}`))
  return new Uint8Array(full, 0, MAC_BYTES)
}

/** Constant-time equality of two MACs of the expected length. */
function sameMac(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== MAC_BYTES || b.length !== MAC_BYTES) return false
  let diff = 0
  for (let i = 0; i < MAC_BYTES; i++) diff |= a[i]! ^ b[i]!
  return diff === 0
}

function payloadOf(target: UnsubscribeTarget): string {
  return toBase64Url(utf8([target.address, target.tenant, target.stream ?? ''].join('\n')))
}

/** Signs a token for `target` with the first of `secrets`. */
export async function signUnsubscribeToken(
  target: UnsubscribeTarget,
  secrets: readonly string[]
): Promise<string> {
  const payload = payloadOf(target)
  return `u1.${payload}.${toBase64Url(await mac(secrets[0]!, 'unsubscribe', payload))}`
}

/** The target of a token signed by one of `secrets`, or null for anything else. */
export async function verifyUnsubscribeToken(
  token: string,
  secrets: readonly string[]
): Promise<UnsubscribeTarget | null> {
  const parts = token.split('.')
  if (parts.length !== 3 || parts[0] !== 'u1' || parts[1]!.length > 600) return null
  const given = fromBase64Url(parts[2]!)
  if (!given) return null
  let valid = false
  for (const secret of secrets) if (sameMac(await mac(secret, 'unsubscribe', parts[1]!), given)) valid = true
  if (!valid) return null
  return targetOf(parts[1]!)
}

function targetOf(payload: string): UnsubscribeTarget | null {
  const bytes = fromBase64Url(payload)
  if (!bytes) return null
  const [address, tenant, stream, ...rest] = new TextDecoder().decode(bytes).split('\n')
  if (rest.length > 0 || address === undefined || tenant === undefined || stream === undefined) return null
  const normalized = normalizeAddress(address)
  if (!normalized.ok || normalized.address !== address || !isScopeName(tenant)) return null
  if (stream !== '' && !isScopeName(stream)) return null
  return { address, tenant, stream: stream === '' ? null : stream }
}

/** A stamp allowing "undo" of the token's unsubscribe until `at + UNDO_WINDOW_MS`. */
export async function signUndo(token: string, at: number, secrets: readonly string[]): Promise<string> {
  return toBase64Url(await mac(secrets[0]!, 'undo', `${token}\n${at}`))
}

/** True when `stamp` was made for `token` at `at` by one of `secrets`, and the window is still open at `now`. */
export async function verifyUndo(
  token: string,
  at: number,
  stamp: string,
  secrets: readonly string[],
  now: number
): Promise<boolean> {
  if (!Number.isSafeInteger(at) || now < at || now - at > UNDO_WINDOW_MS) return false
  const given = fromBase64Url(stamp)
  if (!given) return false
  let valid = false
  for (const secret of secrets) if (sameMac(await mac(secret, 'undo', `${token}\n${at}`), given)) valid = true
  return valid
}
