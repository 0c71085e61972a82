/**
 * Code tables: RFC 3463 enhanced status codes and RFC 5321 basic reply codes → reason (docs/spec/classification.md).
 * Codes absent from the enhanced table (x.0.0, 4.1.1, 4.7.0, 5.5.1, …) carry no reason of their own.
 * @module
 */

import { execAll } from '../lib/regex'
import type { Reason } from './reasons'

function range(prefix: string, from: number, to: number, except: number[] = []): string[] {
  const out: string[] = []
  for (let i = from; i <= to; i++) if (!except.includes(i)) out.push(`${prefix}.${i}`)
  return out
}

const ENHANCED_GROUPS: [Reason, string[]][] = [
  ['hasmoved', ['4.1.6', '5.1.6', '5.7.17', '5.7.18']],
  ['rejected', ['4.1.7', '4.1.8', '5.1.7', '5.1.8']],
  ['systemerror', ['4.1.9', '5.1.9', '4.3.0', '5.3.0', '4.3.3', '5.3.3', '4.3.5', '5.3.5', '4.4.3', '5.4.3']],
  ['systemerror', ['4.5.3', '4.5.5', '5.5.4', '5.5.5']],
  ['userunknown', ['5.1.0', '5.1.1', '5.1.3']],
  ['hostunknown', ['5.1.2', '5.4.4']],
  ['filtered', ['5.1.4', '4.2.4', '5.2.0', '5.2.1', '5.2.4']],
  ['notaccept', ['5.1.10', '4.3.2', '5.3.2', '5.7.27']],
  ['blocked', ['4.2.1', '4.7.1', '4.7.2']],
  ['mailboxfull', ['4.2.2', '5.2.2']],
  ['emailtoolarge', ['4.2.3', '5.2.3', '5.3.4', '4.7.16', '5.7.16']],
  ['systemfull', ['4.3.1', '5.3.1', '4.4.5']],
  // X.4.7 "delivery time expired" (RFC 3463) in both classes: Symantec's "554 5.4.7 [internal] exceeded max time
  // without delivery" is the queue giving up (Broadcom KB 152083).
  ['expired', ['4.4.1', '4.4.7', '5.4.7']],
  // X.4.6 "routing loop detected" (RFC 3463), both classes: qmail-local's "(#5.4.6)" loops and misrouted MX.
  // X.1.2 "bad destination system address" as a temporary failure is the DNS answer's, not a dead domain: Postfix
  // smtpd_check.c answers a recipient domain whose DNS reply was malformed with "450 4.1.2".
  ['networkerror', ['4.1.2', '4.4.2', '4.4.4', '4.4.6', '5.4.6', '4.4.8', '5.4.0']],
  ['syntaxerror', ['5.5.2', '5.5.6']],
  ['ratelimited', ['5.5.3']],
  ['contenterror', ['4.6.0', '4.6.2', '4.6.5', ...range('5.6', 0, 9, [4])]],
  [
    'securityerror',
    ['4.7.5', '4.7.6', '4.7.7', '4.7.12', '4.7.15', ...range('5.7', 0, 11), '5.7.14', '5.7.15', '5.7.19'],
  ],
  // RFC 7372's X.7.20–X.7.26 in both classes: maddy answers a DKIM check's temporary error with "421 4.7.20".
  ['authfailure', [...range('4.7', 20, 24), '4.7.26', ...range('5.7', 20, 24), '5.7.26', '5.7.29']],
  ['requireptr', ['4.7.25', '5.7.25']],
  ['suspend', ['5.7.13']],
  ['spamdetected', ['5.7.28']],
  ['failedstarttls', ['5.7.30']],
]

/** Enhanced status code → reason, for the codes that name one. */
export const ENHANCED_CODES: ReadonlyMap<string, Reason> = new Map(
  ENHANCED_GROUPS.flatMap(([reason, codes]) => codes.map((code) => [code, reason] as const))
)

/**
 * Basic reply codes with a meaning of their own. 550/551/553 and 554 are deliberately absent: blocklists, spam
 * filters and DMARC answer with them too, so only text or a provider label may decide (see `classify`).
 */
export const REPLY_CODES: ReadonlyMap<string, Reason> = new Map<string, Reason>([
  ['421', 'systemerror'],
  ['450', 'systemerror'],
  ['451', 'systemerror'],
  ['452', 'systemfull'],
  ['500', 'syntaxerror'],
  ['501', 'syntaxerror'],
  ['502', 'syntaxerror'],
  ['503', 'syntaxerror'],
  ['504', 'syntaxerror'],
  ['521', 'notaccept'],
  ['552', 'mailboxfull'],
  ['556', 'notaccept'],
  ['525', 'securityerror'],
  // RFC 4954 §6 "530 5.7.0 Authentication required" (qmail-ldap: "530 authentication needed"); RFC 3207's "530 Must
  // issue a STARTTLS command first" is a security requirement too.
  ['530', 'securityerror'],
  ['534', 'securityerror'],
  ['535', 'securityerror'],
  ['538', 'securityerror'],
])

const ENHANCED_IN_TEXT = /(?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(?![\d.]*\d)/g
// Only where a reply code stands: at the start (after an optional `smtp;` type) or after "said:"; elsewhere a
// three-digit number is just a number ("more than 500 recipients").
// (An `X-Unix; 255` diagnostic carries a program's exit status, not a reply code.)
const REPLY_IN_TEXT = /(?:^\s*(?:(?!x-unix)[a-z-]+\s*;\s*)?|said:\s*)([245]\d\d)(?=[\s-]|$)/i
// Sendmail relays the remote answer after the recipient: "554 <jane@example.org>... 550 Host unknown".
const REPLY_RELAYED = /^\s*(?:[a-z-]+\s*;\s*)?[45]\d\d\s+\S+\.\.\.\s+([45]\d\d)(?=[\s-])/i

/** A valid enhanced status code in canonical form (`5.1.1`), or null. */
export function parseEnhanced(value: string | null | undefined): string | null {
  if (!value) return null
  const m = /^\s*([245])\.(\d{1,3})\.(\d{1,3})\s*$/.exec(value)
  return m ? `${m[1]}.${Number(m[2])}.${Number(m[3])}` : null
}

/** A valid basic reply code (`550`), or null. */
export function parseReply(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined) return null
  const text = String(value).trim()
  return /^[245]\d\d$/.test(text) ? text : null
}

/**
 * What puts an enhanced code in a server's reply: a reply code just before it ("550 5.1.1", "550-5.1.1", "550:
 * 5.1.1", Orange's "550 #5.1.0"), not part of a longer number, or qmail's parentheses closing a reply ("… not
 * accepted here (#5.1.1)").
 */
const REPLY_BEFORE = /(?:(?:^|[^\d.])[45]\d\d:?[ -]#?|\(#)$/

/**
 * Every enhanced code in a diagnostic, in order of appearance, without a relaying MTA's "other or undefined" code
 * (X.Y.0, RFC 3463) written ahead of a server's reply that carries a code of the same class (not X.0.0): in Exchange
 * 2003's "<mx.example.org #5.5.0 SMTP; 550 5.1.1 …>" the server's 5.1.1 states the cause. A specific code ahead of
 * a reply (Exchange Online's "5.4.317 Message expired, … (421 4.2.1 …)") and one of another class ("5.7.0 … rejected;
 * the remote server said: 421 4.7.0 …", a permanent verdict on a temporary reply) keep their place.
 */
export function enhancedCodesIn(text: string): string[] {
  const codes: string[] = []
  let firstPaired = -1
  for (const m of execAll(ENHANCED_IN_TEXT, text)) {
    if (firstPaired < 0 && REPLY_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index)))
      firstPaired = codes.length
    codes.push(`${m[1]}.${Number(m[2])}.${Number(m[3])}`)
  }
  const reply = codes[firstPaired]
  if (firstPaired <= 0 || !reply || isGeneric(reply)) return codes
  const undefinedAhead = (code: string, i: number) =>
    i < firstPaired && code[0] === reply[0] && code.endsWith('.0')
  return codes.filter((code, i) => !undefinedAhead(code, i))
}

// Elsewhere only in a shape no plain number has: paired with an enhanced code ("…]: 550 5.7.0 …"), or as the
// server's answer in a transcript ("<<< 550 …", "Out: 451 …"), after a host's colon ("[192.0.2.1]: 554 …"), and
// in Exchange's NDRs ("Remote Server returned '550 …'", Exchange 2003's "<mx.example.org #5.0.0 smtp;550 …>",
// Exchange 2007/2010's "mx.example.org #553 sorry, … ##"), hMailServer's "Remote server replied: 550 …" and
// chasquid's "MAIL+RCPT 550 …", XMail's "Error=[550 …]", and after the command it answers (dma's "… did not like
// our RCPT TO: 503 …").
const REPLY_PAIRED = /(?<![\d.])([45]\d\d):?[ -][45]\.\d{1,3}\.\d{1,3}(?![\d.]*\d)/
/**
 * What reports write just before a server's reply they quote ("said:", "replied:", "returned '", "<<<", "smtp;",
 * Exchange's " #", chasquid's "MAIL+RCPT"): one list for this module's reply codes and the prose reader's quoted
 * replies.
 */
export const REPLY_MARKERS = String.raw`\bsaid:|\breplied:|\breturned '|<<<|\bsmtp;|\s#|\bMAIL\+RCPT`
const REPLY_ANSWER = new RegExp(
  String.raw`(?:${REPLY_MARKERS}|\bOut:|\]:|\bError=\[|\b(?:RCPT TO|MAIL FROM|DATA|HELO|EHLO):)\s*([45]\d\d)(?=[\s-])`,
  'i'
)
// Exim: "SMTP error from remote mail server after MAIL FROM:<…> SIZE=1024: 450 …" (the answer after the command).
const REPLY_AFTER_COMMAND =
  /\bSMTP error from remote mail(?:er)? server after .{0,300}?:\s*([45]\d\d)(?=[\s-])/i
// The server's answer where MTAs quote it: after the recipient ("<jane@example.org>: 550 …", OpenSMTPD's bare
// "jane@example.org: 550 …", MessageLabs' "jane@example.org 550 …"), after the phrases that introduce it
// ("refused to talk to me: 421", "responded with failure: 552", "Deferred: 421", a transcript's rule, Domino's
// "because: 550", DTI's "Reason: 550"), under a label ("ERROR_CODE :550", "ResponseCode 421"), or before RFC 5321's
// own reply texts.
const REPLY_QUOTED = [
  /@[^\s<>@:]{1,255}(?:>:?|:|\s)\s*([45]\d\d)(?=:?\s)/,
  /(?:refused to talk to me|responded with failure|\bDeferred|server message|session follows\s*-*|\bbecause|\breason)\s*:?\s*([45]\d\d)(?=[\s:-])/i,
  /\b(?:error[_ ]?code|response ?code|reply ?code)\s*[:=]?\s*([45]\d\d)\b/i,
  /(?<![\d.])([45]\d\d)\s*-?\s+(?:requested (?:mail )?action (?:not taken|aborted)|service not available|mailbox unavailable)/i,
]

/** The first basic reply code in a diagnostic (`smtp; 550 5.1.1 …` → `550`). */
export function replyCodeIn(text: string): string | null {
  const m =
    REPLY_RELAYED.exec(text) ??
    REPLY_IN_TEXT.exec(text) ??
    REPLY_PAIRED.exec(text) ??
    REPLY_ANSWER.exec(text) ??
    REPLY_AFTER_COMMAND.exec(text) ??
    quotedReply(text)
  return m ? m[1]! : null
}

/** The reply code written with a given enhanced code ("<421 4.4.2 Connection timed out>" → 421), if any. */
export function replyCodeWith(text: string, status: string): string | null {
  // A scan rather than a pattern built per call: classify runs this for every event with a status.
  for (let at = text.indexOf(status); at >= 0; at = text.indexOf(status, at + 1)) {
    const next = text.charCodeAt(at + status.length)
    if (isDigit(next) || (next === 46 && isDigit(text.charCodeAt(at + status.length + 1)))) continue
    let end = at - 1
    while (end >= 0 && (text[end] === ' ' || text[end] === '-' || text[end] === ':')) end--
    if (end === at - 1 || end < 2) continue
    const code = text.slice(end - 2, end + 1)
    const before = text.charCodeAt(end - 3)
    if (code[0] === status[0] && /^[45]\d\d$/.test(code) && !isDigit(before) && before !== 46) return code
  }
  return null
}

const isDigit = (c: number) => c >= 48 && c <= 57

/** The earliest of the quoted-answer shapes in the text. */
function quotedReply(text: string): RegExpExecArray | null {
  let first: RegExpExecArray | null = null
  for (const pattern of REPLY_QUOTED) {
    const m = pattern.exec(text)
    if (m && (!first || m.index < first.index)) first = m
  }
  return first
}

/** `x.0.0`: a code that says only "success / temporary / permanent". */
export function isGeneric(code: string): boolean {
  return code.endsWith('.0.0')
}
