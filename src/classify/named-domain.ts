/**
 * A refusal that names a bare domain as nonexistent ("553 sender.example.jp does not exist", SoftBank's reply to an
 * envelope sender whose domain has no DNS record, as bulk senders document it): the words "does not exist" are
 * about that domain, never about a user. It is the recipient's domain (hostunknown) or, any other, the sender's
 * (rejected: the sender's problem, nothing to suppress). Also Go's "lookup <name>: no such host", dead only when the
 * name is the recipient's domain.
 * @module
 */
import type { Reason } from './reasons'

// A host name standing alone (not the domain of an address) followed by "does not exist". Not a HELO name (Courier's
// "517 HELO mx.example.org does not exist.": the connecting client's name, for the families to read).
const NAMED_DOMAIN =
  /(?<![@\w.-])(?<!\b(?:helo|ehlo) )((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63})\.? does ?n[o']?t exist/i

/**
 * Go's resolver as chasquid's give-up quotes it: "Could not dial: dial tcp: lookup example.org on 127.0.0.53:53: no such
 * host" (a real chasquid 1.11 after 20 hours of NXDOMAIN for a domain with no MX, whose own name it dialled). Only the
 * recipient's own domain says the address is dead: an MX host or a smarthost that does not resolve is not the address's.
 */
const GO_NO_SUCH_HOST = /\bdial tcp: lookup ([a-z0-9.-]{1,253}?)\.?(?: on \S{1,64})?: no such host\b/i

/** The reason when `text` says a bare domain does not exist; `recipientDomain` tells whose it is. */
export function namedDomainReason(text: string, recipientDomain: string | undefined): Reason | null {
  if (recipientDomain && /no such host/i.test(text)) {
    const looked = GO_NO_SUCH_HOST.exec(text)?.[1]?.toLowerCase()
    if (looked && looked === recipientDomain.toLowerCase()) return 'hostunknown'
  }
  // The pattern looks behind every word; most texts have no "exist" at all.
  if (!/exist/i.test(text)) return null
  const named = NAMED_DOMAIN.exec(text)?.[1]?.toLowerCase()
  if (!named) return null
  return recipientDomain && named === recipientDomain.toLowerCase() ? 'hostunknown' : 'rejected'
}
