/**
 * Signed return paths (VERP): `bounces+<local>=<domain>-<sig>@<your bounce domain>` carries the original
 * recipient, so a bounce whose report omits the recipient still lands on the right address, and nobody can
 * aim bounces at an address by forging the token. `sig` = 16 hex of HMAC-SHA256(RETURN_PATH_SECRET, address).
 * @module
 */
import { hmacSha256Hex, secretsEqual } from './crypto'

const PREFIX = 'bounces+'

/** The return-path local part for `address` (already normalized). */
export async function returnPathLocal(address: string, secret: string): Promise<string> {
  const at = address.lastIndexOf('@')
  const sig = (await hmacSha256Hex(secret, address)).slice(0, 16)
  return `${PREFIX}${address.slice(0, at)}=${address.slice(at + 1)}-${sig}`
}

export type ReturnPath = { kind: 'none' } | { kind: 'valid'; address: string } | { kind: 'invalid' }

/** Reads the token of an envelope recipient such as `bounces+jane=example.com-0123abcd…@bounce.example.org`. */
export async function readReturnPath(envelopeTo: string, secrets: string[]): Promise<ReturnPath> {
  const local = envelopeTo.slice(0, envelopeTo.lastIndexOf('@')).toLowerCase()
  if (!local.startsWith(PREFIX)) return { kind: 'none' }
  const m = /^(.+)=([^=]+)-([0-9a-f]{16})$/.exec(local.slice(PREFIX.length))
  if (!m) return { kind: 'invalid' }
  const address = `${m[1]}@${m[2]}`
  for (const secret of secrets) {
    const expected = (await hmacSha256Hex(secret, address)).slice(0, 16)
    if (await secretsEqual(expected, m[3]!)) return { kind: 'valid', address }
  }
  return { kind: 'invalid' }
}
