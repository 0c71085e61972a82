/**
 * The event of a Sieve rejection sent as an MDN (`sieve-mdn.ts` tells one from a read receipt).
 * @module
 */
import { normalizeAddress, reportedAddress } from '../lib/address'
import { addressField, type FieldBlock, firstAddress, headerBlock } from './fields'
import type { Parts } from './mime'
import { type Extracted, reportedEvent } from './result'
import { PREAMBLE } from './sieve-mdn'

/** RFC 5429 §2.2.1's text for a Sieve rejection sent as an MDN. */
const RFC_5429_WORDS = "The message was refused by the recipient's mail filtering program."

/**
 * The rejection's one event, for the recipient the MDN names (never an address its text mentions: the script's
 * words may name a contact or the sender). Its words are read for a cause (Dovecot's "Quota exceeded" is a full
 * mailbox) but never as a dead address: a script's reason is its owner's free text, so what would be hard is read as
 * the recipient's filter.
 */
export function fromSieveRejection(parts: Parts, fields: FieldBlock, originalId: string | null): Extracted {
  // Cyrus writes its user id ("rfc822; beth", no domain) where virtual domains are off: then the Original-Recipient,
  // else the rejected original's To names the mailbox.
  const named =
    addressField(fields.get('final-recipient')) ??
    addressField(fields.get('original-recipient')) ??
    (parts.original ? firstAddress(headerBlock(parts.original).get('to')) : null)
  const normalized = named ? normalizeAddress(named) : null
  const reported = normalized?.ok ? null : named ? reportedAddress(named) : null
  const address = normalized?.ok ? normalized.address : reported?.ok ? reported.address : null
  if (!address) return { kind: 'prose', results: [], why: 'the Sieve rejection names no recipient' }
  const addressOddity = reported?.ok ? reported.oddity : null
  const text = parts.text.slice(0, 2000)
  let event = reportedEvent(address, { kind: 'bounce', diagnostic: text, originalId, addressOddity })
  // Nothing read from words no family knows (a reworded or translated preamble, which the MDN's "deleted/error" told
  // apart), nor a dead address from a script's free text: the MDN itself says what happened, in RFC 5429's words.
  if (event.classification.hardbounce || event.classification.rule === 'fallback') {
    const preamble = PREAMBLE.exec(text)?.[0] ?? RFC_5429_WORDS
    event = reportedEvent(address, { kind: 'bounce', diagnostic: preamble, originalId, addressOddity })
  }
  return { kind: 'prose', results: [event] }
}
