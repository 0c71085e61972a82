/**
 * Vade's cloud filter (postmaster-oxsus.vadesecure.com): "The SMTP response you received contains a unique code
 * starting with OXSUS_", and the page says what each code means. The code decides, whatever words the reply
 * carries ("421 4.2.1 Connection refused OXSUS0001_110" is a rate limit, not a blocklist).
 * @module
 */
import type { Reason } from '../reasons'
import type { PhraseRule } from './rule'

/** The page's codes and what it says each means. */
const CODES: readonly [code: string, reason: Reason][] = [
  ['101', 'blocked'], // the sender's provider is on the Vade Secure Threat Network list
  ['102', 'systemerror'], // Vade's own trouble delivering to its back-end servers (too many queued messages)
  ['105', 'requireptr'], // no reverse DNS for the sending IP
  ['110', 'ratelimited'], // too many connections from one IP
  ['139', 'ratelimited'], // the IP has opened too many connections
  ['140', 'ratelimited'], // the IP has sent too many messages
]

/**
 * EarthLink's inbound and outbound pages on Vade's postmaster site (postmaster-earthlink.vadesecure.com): "The SMTP
 * response you received contains a unique code starting with ELNK_", numbered apart from the OXSUS codes.
 */
const EARTHLINK_CODES: readonly [code: string, reason: Reason][] = [
  ['102', 'blocked'], // the sending address is on a Validity blocklist
  ['103', 'systemerror'], // the server is temporarily unavailable
  ['108', 'requireptr'], // no forward-confirmed reverse DNS
  ['110', 'ratelimited'], // the sending IP exceeds the concurrent connections limit
  ['111', 'blocked'], // the sending address is on a Spamhaus blocklist
  ['130', 'badreputation'], // the server is the source of unacceptable messages (volume and quality)
  ['136', 'ratelimited'], // rate-limited for excessive volume
  ['200', 'securityerror'], // the authentication method is not supported
]

/** One family per code (tried after Exchange's codes, before any sentence); the families read `_` as a space. */
export const VADE_CODES: readonly PhraseRule[] = [
  ...CODES.map(([code, reason]) => ({
    reason,
    name: 'vade-code',
    pattern: new RegExp(`\\bOXSUS\\d*[_ ]${code}\\b`),
  })),
  ...EARTHLINK_CODES.map(([code, reason]) => ({
    reason,
    name: 'vade-code',
    pattern: new RegExp(`\\bELNK[_ ]${code}\\b`),
  })),
]
