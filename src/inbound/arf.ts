/**
 * RFC 5965 abuse reporting format: one complaint per recipient the feedback report (or the returned original)
 * names.
 * @module
 */
import { reportedAddress } from '../lib/address'
import { execAll } from '../lib/regex'
import { addressField, fieldBlocks, firstAddress, headerBlock } from './fields'
import { affords, type Parts } from './mime'
import { type Extracted, MAX_RESULTS, reportedEvent } from './result'

/** Sisimai's convention for a report that redacts its recipient: the complaint stays countable. */
const UNDISCLOSED = 'undisclosed-recipient-in-headers@libsisimai.org.invalid'

export function fromArf(parts: Parts, originalId: string | null): Extracted {
  const fields = fieldBlocks(parts.feedback ?? '')[0] ?? new Map<string, string>()
  const feedbackType = fields.get('feedback-type')?.toLowerCase().trim() || 'abuse'
  const recipients = complainedRecipients(parts)
  if (recipients.length === 0) recipients.push({ address: UNDISCLOSED, oddity: null })
  return {
    kind: 'arf',
    results: recipients.map((r) =>
      reportedEvent(r.address, { kind: 'complaint', feedbackType, originalId, addressOddity: r.oddity })
    ),
  }
}

/**
 * Every Original-Rcpt-To line (a report can list several), else the original's To; normalized, once each, at
 * most {@link MAX_RESULTS} (the cap every extractor applies).
 */
function complainedRecipients(parts: Parts): { address: string; oddity: string | null }[] {
  const listed = execAll(/^(?:Original-Rcpt-To|Removal-Recipient):\s*(.+)$/gim, parts.feedback ?? '')
    .map((m) => addressField(m[1]))
    .filter((a): a is string => a !== null)
  const originalTo = parts.original ? headerBlock(parts.original).get('to') : undefined
  const candidates =
    listed.length > 0 ? listed : [firstAddress(originalTo)].filter((a): a is string => a !== null)
  const found = new Map<string, string | null>()
  for (const candidate of candidates) {
    if (!affords(parts, candidate.length)) break
    const n = reportedAddress(candidate)
    if (n.ok && !found.has(n.address)) found.set(n.address, n.oddity)
    if (found.size >= MAX_RESULTS) break
  }
  return [...found].map(([address, oddity]) => ({ address, oddity }))
}
