/**
 * Yahoo and AOL (Yahoo's mail hosts answer for both): the sentences their servers answer with.
 * @module
 */
import type { Reason } from '../reasons'
import type { HostRule } from './rules'

/**
 * AOL's own block codes, from its postmaster "Error Messages" pages: DNS:NR no reverse DNS; RTR (dynamic or
 * residential IPs, compromised networks, unallocated space) and DYN blocks; RLY:B1 complaints over threshold;
 * CON:B1 thresholds topped, back off; RLY:SN an aol.com address used as sender from elsewhere; HVU:B1 a domain the
 * message's content names is on its blocklist (postmaster.info.aol.com/errors/554hvub1.html).
 */
const AOL_CODES: readonly [RegExp, Reason][] = [
  [/^DNS:NR$/, 'requireptr'],
  [/^RLY:SN$/, 'rejected'],
  [/^HVU:B1$/, 'spamdetected'],
  [/^CON:/, 'ratelimited'],
  [/^(?:RTR|DYN|RLY):/, 'blocked'],
]

export const YAHOO: HostRule = {
  name: 'yahoo',
  hosts: ['yahoo.com', 'yahoodns.net', 'ymail.com', 'rocketmail.com', 'aol.com', 'aol.jp'],
  // "(DNS:NR)", "554 RTR:BB": AOL's codes, read wherever they appear (a relay may forward the refusal); Yahoo's own
  // "554 delivery error: dd This user doesn't have a … account" (its help pages), whatever host the report names.
  signature: /\b(?:DNS|RTR|DYN|RLY|CON|HVU):[A-Z0-9]{2}\b|\bdelivery error: dd\b/i,
  decide(text) {
    const code = /\b((?:DNS|RTR|DYN|RLY|CON|HVU):[A-Z0-9]{2})\b/.exec(text)?.[1]
    return code ? (AOL_CODES.find(([pattern]) => pattern.test(code))?.[1] ?? null) : null
  },
  sentences: [
    ['authfailure', ['yahoo requires all senders to authenticate with either spf or dkim']],
    ['blocked', [" because the ip is in spamhaus's list;", 'not accepted from ip addresses on spamhaus xbl']],
    ['norelaying', ['relaying denied for ']],
    ['notcompliantrfc', ['headers are not rfc compliant']],
    ['policyviolation', ['not accepted for policy reasons']],
    ['rejected', ['due to unresolvable rfc.5321 domain', ' will be permanently deferred']],
    ['ratelimited', ['user is receiving mail too quickly', 'max message per connection reached']],
    ['suspend', [' is no longer valid.', 'this mailbox is disabled']],
    ['syntaxerror', ['syntax error in parameters or arguments']],
    // "554 delivery error: dd Not a valid recipient - atlas….yahoo.com": the same daemon's other wording for an address
    // it has no mailbox for (SES passes it on as a Permanent bounce; mail tools' suppression code keys on it).
    ['userunknown', ["dd this user doesn't have a ", 'dd not a valid recipient', 'mailbox not found']],
  ],
}

export const YAHOO_JAPAN: HostRule = {
  // Yahoo! JAPAN (its own mail system, not Yahoo's): "This user doesn't have a yahoo.co.jp account", with or
  // without Yahoo's "554 delivery error: dd", whatever the stage it answers at (mahoro-ba.net's and
  // tuono034s.com's explanations of its error mails: the address is mistyped or gone).
  name: 'yahoojapan',
  hosts: ['yahoo.co.jp'],
  sentences: [['userunknown', ["this user doesn't have a yahoo.co.jp account"]]],
}
