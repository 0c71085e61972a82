/**
 * What the header of the original a report returns says about whom the message was for: its addressees (To, Cc),
 * the mailboxes a delivery agent took it for (`Delivered-To`: qmail-local, also before it forwards by a .qmail file;
 * Postfix's local(8), also as it forwards; the LDAs as they deliver), and the mailboxes whose Sieve script redirected
 * it (Pigeonhole's `X-Sieve-Redirected-From`). Not `X-Original-To` or `Envelope-To`: those carry the address as mailed,
 * before an alias expanded it, into every member's delivered copy. Not a Received field's "for <…>": every relay
 * writes that, the sender's own too.
 * @module
 */
import { normalizeAddress } from '../lib/address'
import { splitLines } from './fields'

export interface ReturnedOriginal {
  /** The To and Cc addresses, normalized. */
  addressees: string[]
  /** The mailboxes a delivery agent took the message for, normalized. */
  deliveredFor: string[]
  /** The mailboxes whose Sieve script redirected the message, normalized. */
  redirectedFrom: string[]
}

/** How many addresses of each kind are read: a message to a few people, never a list of thousands. */
const MAX_ADDRESSES = 100

/** What separates addresses in a field: split on it (linear), never matched around an "@" (a pattern rescans). */
const SEPARATORS = /[\s<>()",;:]+/

/** Reads the header section of `original` (a returned message or its header alone). */
export function readReturnedOriginal(original: string): ReturnedOriginal {
  const addressees: string[] = []
  const deliveredFor: string[] = []
  const redirectedFrom: string[] = []
  for (const [name, value] of headerFields(original)) {
    if (name === 'to' || name === 'cc') for (const address of addressesIn(value)) add(addressees, address)
    else if (name === 'delivered-to')
      for (const address of addressesIn(value)) add(deliveredFor, unprefixed(address))
    else if (name === 'x-sieve-redirected-from')
      for (const address of addressesIn(value)) add(redirectedFrom, address)
  }
  return { addressees, deliveredFor, redirectedFrom }
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
