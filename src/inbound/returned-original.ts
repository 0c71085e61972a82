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

/** What separates addresses in a field: split on it (linear), never matched around an "@" (a pattern rescans). */
const SEPARATORS = /[\s<>()",;:]+/
/** A Received field's "for <joe@…>" clause: the word after it, bounded (a hostile field is one endless word). */
const RECEIVED_FOR = /\bfor\s+<?([^\s<>;()"]{1,320})/i
const DELIVERY_FIELDS = new Set(['delivered-to', 'x-original-to', 'envelope-to'])

/** Reads the header section of `original` (a returned message or its header alone). */
export function readReturnedOriginal(original: string): ReturnedOriginal {
  const addressees: string[] = []
  const deliveredFor: string[] = []
  for (const [name, value] of headerFields(original)) {
    if (name === 'to' || name === 'cc') for (const address of addressesIn(value)) add(addressees, address)
    else if (DELIVERY_FIELDS.has(name))
      for (const address of addressesIn(value)) add(deliveredFor, unprefixed(address))
    else if (name === 'received') {
      const word = RECEIVED_FOR.exec(value)?.[1]
      if (word && addressesIn(word).length === 1) add(deliveredFor, word)
    }
  }
  return { addressees, deliveredFor }
}

/** The words of a field that hold an "@" between other characters. */
function addressesIn(value: string): string[] {
  return value.split(SEPARATORS).filter((word) => word.indexOf('@') > 0 && !word.endsWith('@'))
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

/** How much of a returned original is read for its header: a real one is a few kilobytes, a hostile one endless. */
const MAX_HEADER = 256 * 1024

/**
 * Every field of the header section (up to its first blank line, within {@link MAX_HEADER}), unfolded, names
 * lower-cased, repeats kept. Only the header is split into lines: the original's body may be megabytes.
 */
function headerFields(message: string): [string, string][] {
  const fields: [string, string][] = []
  let start = 0
  while (start < message.length && (message[start] === '\r' || message[start] === '\n')) start++
  const head = message.slice(start, start + MAX_HEADER)
  const ends = [head.indexOf('\n\n'), head.indexOf('\n\r\n')].filter((at) => at >= 0)
  for (const line of splitLines(ends.length > 0 ? head.slice(0, Math.min(...ends) + 1) : head)) {
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
