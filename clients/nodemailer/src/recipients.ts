/**
 * A message's recipients as Nodemailer reads them (`to`, `cc`, `bcc`, and the `envelope` when given): strings
 * with one or more addresses, `{name, address}` objects, or arrays of either; groups are flattened.
 * @module
 */
import addressparser from 'nodemailer/lib/addressparser'

export interface Mailbox {
  name: string
  address: string
}

/** The fields that can hold recipients. */
export const HEADER_FIELDS = ['to', 'cc', 'bcc'] as const
export const ENVELOPE_FIELDS = ['to', 'cc', 'bcc'] as const

/** Every mailbox a field value names, in order. */
export function mailboxes(value: unknown): Mailbox[] {
  if (value === undefined || value === null || value === false) return []
  if (Array.isArray(value)) return value.flatMap(mailboxes)
  if (typeof value === 'string') return addressparser(value, { flatten: true })
  if (typeof value === 'object' && typeof (value as Mailbox).address === 'string') {
    const { name, address } = value as Mailbox
    return [{ name: typeof name === 'string' ? name : '', address }]
  }
  return []
}

/** The key two spellings of one address share (Ricochet normalizes further; this is enough to match inputs). */
export const keyOf = (address: string) => address.trim().toLowerCase()

/** Every distinct recipient address of a message, headers first, then the envelope. */
export function recipientsOf(mail: Record<string, unknown>): string[] {
  const seen = new Map<string, string>()
  const envelope = (mail.envelope ?? {}) as Record<string, unknown>
  const fields = [...HEADER_FIELDS.map((f) => mail[f]), ...ENVELOPE_FIELDS.map((f) => envelope[f])]
  for (const value of fields) {
    for (const { address } of mailboxes(value))
      if (address && !seen.has(keyOf(address))) seen.set(keyOf(address), address)
  }
  return [...seen.values()]
}

/**
 * A copy of the message without the removed addresses, in its headers and its envelope. A field left empty is
 * removed. `null` when no recipient is left in what Nodemailer will send to (the envelope when given, else
 * the headers).
 */
export function withoutRecipients(
  mail: Record<string, unknown>,
  removed: ReadonlySet<string>
): Record<string, unknown> | null {
  const keep = (value: unknown) => mailboxes(value).filter((m) => !removed.has(keyOf(m.address)))
  const copy: Record<string, unknown> = { ...mail }
  let left = 0
  for (const field of HEADER_FIELDS) {
    if (mail[field] === undefined) continue
    const kept = keep(mail[field])
    if (kept.length > 0) copy[field] = kept
    else delete copy[field]
    if (!mail.envelope) left += kept.length
  }
  if (mail.envelope && typeof mail.envelope === 'object') {
    const envelope: Record<string, unknown> = { ...(mail.envelope as Record<string, unknown>) }
    for (const field of ENVELOPE_FIELDS) {
      if (envelope[field] === undefined) continue
      const kept = keep(envelope[field]).map((m) => m.address)
      envelope[field] = kept
      left += kept.length
    }
    copy.envelope = envelope
  }
  return left > 0 ? copy : null
}
