/**
 * Small WebCrypto helpers shared by signature verifiers, API-key checks and log hashing.
 * @module
 */

const encoder = new TextEncoder()

/** UTF-8 bytes of a string. */
export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text) as Uint8Array<ArrayBuffer>
}

/** Lower-case hex of bytes. */
export function toHex(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)
  let out = ''
  for (const b of view) out += b.toString(16).padStart(2, '0')
  return out
}

/** Decodes hex (either case); `null` when the text is not whole bytes of hex, so callers answer 401, not 500. */
export function fromHex(hex: string): Uint8Array<ArrayBuffer> | null {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) return null
  const out = new Uint8Array(hex.length / 2)
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16)
  return out
}

const hmacKeys = new Map<string, Promise<CryptoKey>>()

/** Imports (and caches per isolate) an HMAC-SHA256 key for the UTF-8 bytes of `secret`. */
export function hmacKey(secret: string): Promise<CryptoKey> {
  let key = hmacKeys.get(secret)
  if (!key) {
    key = crypto.subtle.importKey('raw', utf8(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
      'verify',
    ])
    // Bounded: secrets are few (configured values), but never let a cache grow without limit.
    if (hmacKeys.size > 64) hmacKeys.clear()
    hmacKeys.set(secret, key)
  }
  return key
}

/** HMAC-SHA256 of `data` under the UTF-8 `secret`, as lower-case hex. */
export async function hmacSha256Hex(secret: string, data: string | Uint8Array<ArrayBuffer>): Promise<string> {
  const key = await hmacKey(secret)
  const bytes = typeof data === 'string' ? utf8(data) : data
  return toHex(await crypto.subtle.sign('HMAC', key, bytes))
}

/**
 * Checks an HMAC-SHA256 tag in constant time: WebCrypto's `verify` compares for us, and a tag of the wrong
 * length simply fails instead of throwing.
 */
export async function verifyHmacSha256(
  secret: string,
  data: Uint8Array<ArrayBuffer>,
  tag: Uint8Array<ArrayBuffer>
): Promise<boolean> {
  if (tag.length !== 32) return false
  return crypto.subtle.verify('HMAC', await hmacKey(secret), tag, data)
}

/** SHA-256 of a string, as lower-case hex. */
export async function sha256Hex(text: string): Promise<string> {
  return toHex(await crypto.subtle.digest('SHA-256', utf8(text)))
}

/**
 * Compares two secrets in constant time whatever their lengths: both are hashed first, so
 * `timingSafeEqual` (which throws on unequal lengths) always sees 32 bytes.
 */
export async function secretsEqual(a: string, b: string): Promise<boolean> {
  const [ha, hb] = await Promise.all([
    crypto.subtle.digest('SHA-256', utf8(a)),
    crypto.subtle.digest('SHA-256', utf8(b)),
  ])
  return crypto.subtle.timingSafeEqual(ha, hb)
}
