/**
 * HTTP credentials for providers that sign nothing (Postmark, Brevo, SparkPost): Basic or Bearer, compared in
 * constant time, malformed input simply not matching.
 * @module
 */
import { fromBase64 } from './base64'
import { secretsEqual } from './crypto'

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

/** The `user:password` of a Basic header, or null. */
export function basicCredentials(headers: Headers): string | null {
  const match = /^Basic\s+(\S+)\s*$/i.exec(headers.get('authorization') ?? '')
  const decoded = match ? fromBase64(match[1]!) : null
  if (!decoded) return null
  try {
    return decoder.decode(decoded)
  } catch {
    return null
  }
}

/**
 * True when the request carries one of `accepted`: `basic:<user>:<password>` or `bearer:<token>`. The whole
 * `user:password` is compared, so a password containing ':' needs no special splitting.
 */
export async function credentialsMatch(headers: Headers, accepted: string[]): Promise<boolean> {
  const basic = basicCredentials(headers)
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(headers.get('authorization') ?? '')?.[1] ?? null
  for (const entry of accepted) {
    if (entry.startsWith('basic:') && basic !== null && (await secretsEqual(basic, entry.slice(6))))
      return true
    if (entry.startsWith('bearer:') && bearer !== null && (await secretsEqual(bearer, entry.slice(7))))
      return true
  }
  return false
}
