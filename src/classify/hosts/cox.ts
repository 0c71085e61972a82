/**
 * Cox: the `AUP#…` codes of its published error-code page (cox.com/business/support/email-error-codes.html,
 * formerly postmaster.cox.net "Error Codes"), and the sentences its servers write without a code.
 * @module
 */
import type { Reason } from '../reasons'
import type { HostRule } from './rules'

/** Cox's codes: CX… for its own verdicts, CDRBL, IPBL<bits> (which DNSBLs list the IP), URLBL<bits>. */
const CODES: readonly [RegExp, Reason][] = [
  [/^(?:CXBL|CDRBL)$/, 'blocked'], // the sending IP is blocked (for good, or for up to 24 h) for spam-like behaviour
  [/^IPBL\d+$/, 'blocked'], // the sending IP is on Spamhaus Zen, Return Path, ivmSIP or Cloudmark CSI
  [/^URLBL\d+$/, 'spamdetected'], // a URL in the body is on SURBL, Spamhaus DBL or ivmURI
  [/^CXDNS$/, 'requireptr'], // the sending IP's reverse DNS lookup fails
  [/^CXSNDR$/, 'authfailure'], // the sender domain failed SPF, DomainKeys or DKIM (or has no MX/A)
  [/^CXSMTP$/, 'rejected'], // a violation of SMTP protocol: not verified as a legitimate sender
  [/^(?:CXCNCT|CXMXRT)$/, 'ratelimited'], // too many concurrent connections; too many recipients sent to
  [/^(?:CXTHRT|CXMJ)$/, 'securityerror'], // sending limited or blocked for suspicious account activity
]

export const COX: HostRule = {
  name: 'cox',
  hosts: ['cox.net', 'cox.com', 'coxmail.com'],
  signature: /\bAUP#(?:CX[A-Z]+|CDRBL)\b|\b(?:IPBL|URLBL)\d{3,5}\b/,
  decide(text) {
    const code = /\bAUP#([A-Z]+)\b/.exec(text)?.[1] ?? /\b((?:IPBL|URLBL)\d{3,5})\b/.exec(text)?.[1]
    if (!code) return null
    return CODES.find(([pattern]) => pattern.test(code))?.[1] ?? null
  },
  // The sentences Cox's page lists for replies without a code.
  sentences: [
    ['userunknown', ['recipient rejected']],
    ['requireptr', ['dns check failure - try again later', 'rejected - no rdns']],
    ['blocked', ['too many bad commands from', 'too many invalid recipients']],
    ['ratelimited', ['too many sessions from', 'message threshold exceeded']],
    ['policyviolation', ['esmtp no data before greeting', 'attachment extension is forbidden']],
    ['systemerror', ['esmtp server temporarily not available']],
    ['rejected', ['sender rejected']],
  ],
}
