/**
 * Signed Message-IDs: `<nonce>.<sig>@<host>`, where `sig` = 16 hex of HMAC-SHA256(RETURN_PATH_SECRET,
 * `nonce` LF `recipient`). A raw bounce that quotes such an id for the recipient it reports on is about a
 * message we sent to that recipient, so it may suppress even when it came to an unsigned address
 * (docs/raw-bounces.md, "Who may suppress whom").
 * @module
 */
import { hmacSha256Hex, secretsEqual } from './crypto'

const SIGNED_ID = /^([A-Za-z0-9_-]{8,64})\.([0-9a-f]{16})@[^@\s]+$/

/** A Message-ID (without angle brackets) for a message to `recipient` (already normalized). */
export async function signedMessageId(
  recipient: string,
  secret: string,
  host: string,
  nonce: string = crypto.randomUUID().replaceAll('-', '')
): Promise<string> {
  return `${nonce}.${await signature(secret, nonce, recipient)}@${host}`
}

/** True when `messageId` was signed, under one of `secrets`, for `recipient`. */
export async function isSignedMessageIdFor(
  messageId: string | null | undefined,
  recipient: string,
  secrets: readonly string[]
): Promise<boolean> {
  const m = messageId ? SIGNED_ID.exec(messageId) : null
  if (!m) return false
  for (const secret of secrets) {
    if (await secretsEqual(await signature(secret, m[1]!, recipient), m[2]!)) return true
  }
  return false
}

async function signature(secret: string, nonce: string, recipient: string): Promise<string> {
  return (await hmacSha256Hex(secret, `${nonce}\n${recipient}`)).slice(0, 16)
}
