/**
 * United Internet's mail systems (GMX, WEB.DE, IONOS/1&1, mail.com; their servers answer as "Nemesis ESMTP"):
 * GMX's error-messages page says their replies carry no enhanced code, and "Reject due to policy restrictions"
 * names no cause: the URL each reply ends with opens "a separate postmaster page for the error", named by its
 * `c=` parameter. Only the case codes whose pages are quoted are read; any other stays with the general rules.
 * @module
 */
import type { Reason } from '../reasons'
import type { HostRule } from './rules'

/**
 * Case codes and what their pages say: `hi`, the header is not RFC 5321/5322 compliant (WEB.DE's case page quoted
 * in zammad/zammad#4630: Date, From, Sender, To syntactically correct; one each of BCC, CC, Date, From, Sender,
 * Subject, To); `r0735`, "The header field "To" is syntactically not correct" (WEB.DE's case page quoted in
 * hitobito/hitobito#2671/#3953 and nextcloud/mail#6497: an empty To header); `r0201`, "IP address is block listed"
 * (GMX's error-messages page's own example); `rdns`, "Bad DNS PTR resource record" (postmaster.gmx.com's
 * error-messages?c=rdns, linked from that reply).
 */
const CASE_CODES: ReadonlyMap<string, Reason> = new Map([
  ['hi', 'notcompliantrfc'],
  ['r0735', 'notcompliantrfc'],
  ['r0201', 'blocked'],
  ['rdns', 'requireptr'],
])

/**
 * The postmaster hosts' URL up to its `c=` code: postmaster.gmx.net/de/case?c=r0735&…,
 * www.gmx.net/mail/senderguidelines?ip=…&c=hi, postmaster.web.de/error-messages?ip=…&c=hi,
 * postmaster.1und1.de/de/case?c=hi…. The host must end at the path (no look-alike suffix).
 */
const CASE_URL =
  /\b(?:postmaster|www)\.(?:gmx|web|1und1|ionos)\.(?:net|de|at|ch|com|co\.uk|fr|es)\/[\w/.-]{0,40}\?(?:[\w.=%-]{0,80}&){0,4}c=([a-z0-9]{1,12})\b/i

export const UNITED_INTERNET: HostRule = {
  name: 'united-internet',
  // The URL decides wherever it appears (a relay's report keeps it); the recipient's domain alone decides nothing.
  hosts: [],
  signature: CASE_URL,
  decide(text) {
    const code = CASE_URL.exec(text)?.[1]?.toLowerCase()
    return code ? (CASE_CODES.get(code) ?? null) : null
  },
}
