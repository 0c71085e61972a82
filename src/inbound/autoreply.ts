/**
 * RFC 3834 automatic responses (vacation notices, out-of-office replies): the sender of the reply is the
 * recipient it speaks for. Never a failure; recorded only.
 * @module
 */
import { reportedAddress } from '../lib/address'
import { firstAddress } from './fields'
import type { Parts } from './mime'
import { type Extracted, reportedEvent } from './result'

/** An auto-reply by its headers or subject; a bounce that also says "auto-replied" stays a bounce. */
export function isAutoReply(parts: Parts): boolean {
  const auto = parts.headers.get('auto-submitted')?.toLowerCase() ?? ''
  const subject = parts.headers.get('subject') ?? ''
  if (/^auto-(?:replied|notified)/.test(auto) && !looksLikeBounce(parts)) return true
  if (parts.headers.has('x-autoreply') || parts.headers.has('x-autorespond')) return true
  return (
    /^(?:auto(?:matic)? ?reply|out of (?:the )?office|auto:|away|autoresponse|vacation)/i.test(subject) &&
    !looksLikeBounce(parts)
  )
}

export function fromAutoReply(parts: Parts): Extracted {
  const from = reportedAddress(firstAddress(parts.headers.get('from')) ?? '')
  if (!from.ok) return { kind: 'autoreply', results: [] }
  return {
    kind: 'autoreply',
    results: [
      reportedEvent(from.address, { kind: 'autoreply', originalId: null, addressOddity: from.oddity }),
    ],
  }
}

function looksLikeBounce(parts: Parts): boolean {
  const from = parts.headers.get('from') ?? ''
  const subject = parts.headers.get('subject') ?? ''
  return (
    /mailer-daemon|postmaster|mail delivery/i.test(from) ||
    /undeliver|delivery (?:status|failure)|returned mail|failure notice|non.?delivery|could not be delivered/i.test(
      subject
    )
  )
}
