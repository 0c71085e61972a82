/**
 * Charter / Spectrum: the `AUP#I-nnnn` (mail to Spectrum) and `AUP#O-nnnn` (mail from it) codes of its published
 * page "Understanding email error codes" (spectrumbusiness.net/support/internet/understanding-email-error-codes).
 * @module
 */
import { matchPhrase, spacedTokens, WEAK_PHRASES } from '../phrases'
import type { Reason } from '../reasons'
import type { HostRule } from './rules'

/** Code ranges, inclusive, and what the page says they mean. */
const RANGES: readonly [from: number, to: number, reason: Reason][] = [
  [1000, 1000, 'blocked'], // the IP is blocked for suspicious activity
  [1010, 1080, 'securityerror'], // the sending account is blocked or limited for suspicious activity
  [1090, 1090, 'systemerror'], // the message cannot be processed now: try again later
  [1100, 1150, 'requireptr'], // no full-circle (forward-confirmed reverse) DNS for the connecting IP
  [1160, 1190, 'policyviolation'], // against the sending domain's security policies
  [1200, 1250, 'blocked'], // the IP is listed by Cloudmark CSI or Spamhaus
  [1260, 1260, 'networkerror'], // IPv6 connections are not processed
  [1300, 1340, 'ratelimited'], // too many (concurrent) connections
  [1350, 1490, 'ratelimited'], // too many messages or recipients, spam potential, invalid recipients
  [1500, 1520, 'rejected'], // sending as another address or a domain not hosted there
  [1530, 1530, 'emailtoolarge'], // larger than the 20 MB maximum
  [1540, 1550, 'ratelimited'], // too many messages in one session, too many recipients in one message
  [1560, 1560, 'policyviolation'], // too many invalid recipients
  [1580, 1580, 'ratelimited'], // too many recipients in a short time
]

/** Charter's bare reply, where a bounce quotes it. */
const CHARTER_REJECTED = /(?:^|\b550[ -]|\bsaid: )(?:5\.\d\.\d{1,3} )?message rejected\b/i

/**
 * Whether the reply is Charter's bare spam verdict: no phrase family, strong or weak, reads a cause in the text
 * ("550 Message rejected. User unknown", "… due to local policy", "…: mailbox unavailable" name theirs; "Please see
 * https://…", "(in reply to …)" or a bounce's own words do not), and no address or mailbox status (X.1.x, X.2.x)
 * states one.
 */
function charterSpam(text: string, status: string | null): boolean {
  if (!CHARTER_REJECTED.test(text) || (status && /^\d\.[12]\./.test(status))) return false
  const words = spacedTokens(text)
  return matchPhrase(words) === null && matchPhrase(words, WEAK_PHRASES) === null
}

export const SPECTRUM: HostRule = {
  name: 'spectrum',
  hosts: ['charter.net', 'spectrum.net', 'twc.com', 'rr.com', 'roadrunner.com', 'brighthouse.com'],
  // Older replies write the inbound codes "AUP#In-1020" (Spectrum's community answers): the same codes.
  signature: /\bAUP#(?:[IO]|I[Nn])-\d{4}\b/,
  decide(text, _lower, _permanent, status) {
    const code = Number(/\bAUP#(?:[IO]|I[Nn])-(\d{4})\b/.exec(text)?.[1] ?? Number.NaN)
    // Charter's postmaster page: mail its anti-spam application flags "should receive an SMTP reply code of "550
    // Message Rejected"" — that reply alone, with no code, is a spam verdict.
    if (Number.isNaN(code)) return charterSpam(text, status) ? 'spamdetected' : null
    return RANGES.find(([from, to]) => code >= from && code <= to)?.[2] ?? null
  },
}
