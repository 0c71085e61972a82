/**
 * What the header of the original a report returns says about whom the message was for: its addressees (To, Cc)
 * and the envelope recipients the servers on its way recorded: `Delivered-To` (qmail-local, Postfix's local and
 * virtual delivery), `X-Original-To` (Postfix), `Envelope-To` (Exim's appendfile) and a `Received` field's
 * "for <…>" clause, which Postfix, Sendmail and Exim write only for a transaction of one recipient.
 * @module
 */
import { normalizeAddress } from '../lib/address'
import { splitLines } from './fields'

export interface ReturnedOriginal {
  /** The To and Cc addresses, normalized. */
  addressees: string[]
  /** The envelope recipients the header records the message was received or delivered for, normalized. */
  deliveredFor: string[]
}

/** How many addresses of each kind are read: a message to a few people, never a list of thousands. */
const MAX_ADDRESSES = 100

const ADDRESS = /[^\s<>()",;:]+@[^\s<>()",;:]+/g
const RECEIVED_FOR = /\bfor\s+<?([^\s<>;()"]+@[^\s<>;()"]+?)>?\s*(?:[;(]|$)/i
const DELIVERY_FIELDS = new Set(['delivered-to', 'x-original-to', 'envelope-to'])

/** Reads the header section of `original` (a returned message or its header alone). */
export function readReturnedOriginal(original: string): ReturnedOriginal {
  const addressees: string[] = []
  const deliveredFor: string[] = []
  for (const [name, value] of headerFields(original)) {
    if (name === 'to' || name === 'cc') for (const m of value.matchAll(ADDRESS)) add(addressees, m[0])
    else if (DELIVERY_FIELDS.has(name))
      for (const m of value.matchAll(ADDRESS)) add(deliveredFor, unprefixed(m[0]))
    else if (name === 'received') {
      const m = RECEIVED_FOR.exec(value)
      if (m) add(deliveredFor, m[1]!)
    }
  }
  return { addressees, deliveredFor }
}

function add(list: string[], address: string) {
  if (list.length >= MAX_ADDRESSES) return
  const normalized = normalizeAddress(address)
  if (normalized.ok && !list.includes(normalized.address)) list.push(normalized.address)
}

/**
 * qmail's virtual domains deliver to a local part prefixed with the domain (control/virtualdomains, as vpopmail sets
 * it up): "alumni.example-joe@alumni.example" is joe@alumni.example.
 */
function unprefixed(address: string): string {
  const at = address.lastIndexOf('@')
  const domain = address.slice(at + 1).toLowerCase()
  const local = address.slice(0, at)
  return local.toLowerCase().startsWith(`${domain}-`)
    ? `${local.slice(domain.length + 1)}@${domain}`
    : address
}

/** Every field of the header section (up to its first blank line), unfolded, names lower-cased, repeats kept. */
function headerFields(message: string): [string, string][] {
  const fields: [string, string][] = []
  for (const line of splitLines(message)) {
    if (line.trim() === '') {
      if (fields.length > 0) break
      continue
    }
    const first = line.charCodeAt(0)
    if (first === 0x20 || first === 0x09) {
      const last = fields.at(-1)
      if (last) last[1] = `${last[1]} ${line.trim()}`
      continue
    }
    const colon = line.indexOf(':')
    if (colon > 0 && /^[A-Za-z][A-Za-z0-9-]*$/.test(line.slice(0, colon).trimEnd()))
      fields.push([line.slice(0, colon).trimEnd().toLowerCase(), line.slice(colon + 1).trim()])
  }
  return fields
}
