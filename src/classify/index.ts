/**
 * The one classifier for webhooks and raw messages: codes, text and provider labels → reason, disposition,
 * hard-bounce flag and the rule that decided. Pure; no bindings. Rules in docs/spec/classification.md.
 * @module
 */
import type { EventKind } from '../events'
import { oneSpace } from '../lib/regex'
import type { Classification, SmtpStage } from './classification'
import {
  ENHANCED_CODES,
  enhancedCodesIn,
  isGeneric,
  parseEnhanced,
  parseReply,
  REPLY_CODES,
  replyCodeIn,
  replyCodeWith,
} from './codes'
import { hostReason } from './hosts'
import { fallbackLabel, labelKey, MAILBOX_LABELS, strongLabel } from './labels'
import { namedDomainReason } from './named-domain'
import { refusedByOwnRelay } from './own-relay'
import { matchPhrase, spacedTokens, WEAK_PHRASES } from './phrases'
import { ADDRESS_DEAD, type Disposition, REASONS, type Reason } from './reasons'

export type { Classification, SmtpStage } from './classification'
export type { Disposition, Reason } from './reasons'
export { isReason, REASON_NAMES, REASONS } from './reasons'

export interface ClassifyInput {
  kind: EventKind
  replyCode?: string | null
  status?: string | null
  diagnostic?: string | null
  providerType?: string | null
  feedbackType?: string | null
  stage?: SmtpStage | null
  /**
   * The input is a raw bounce report, where the SMTP stage can be read: an unknown-user sentence then needs the
   * RCPT stage or an address status (x.1.x) to be userunknown, as Sisimai reads reports. Webhooks rarely carry
   * the stage, so for them the words decide.
   */
  fromReport?: boolean
  /**
   * The report says the message is still queued (RFC 3464 `Action: delayed`, a delay warning's words, a notice's
   * transient section): recorded, never counted. Not a provider's soft bounce read from mail (SES's Transient, sent
   * after it stopped retrying), whose kind is `deferred` too.
   */
  delayNotice?: boolean
  /**
   * The recipient's domain first, then the hosts a report names (lower-case): for the providers' own rules, and to
   * tell the recipient's domain from another a sentence names.
   */
  hosts?: readonly string[] | null
}

/**
 * Feedback types that complain of nobody: a "not-spam" report (RFC 6430) and an authentication-failure report
 * (RFC 6591: a message failed SPF or DKIM, reported to the domain's owner). Recorded with their type, never counted.
 */
const NOT_A_COMPLAINT = new Set(['not-spam', 'notspam', 'auth-failure'])
/** A server's own directory verdicts (Domino, Notes, … and Exchange's RESOLVER codes): "unknown user" at any stage. */
const DIRECTORY_RULES = new Set(['text:directory', 'text:exchange-code'])
const RECIPIENT_SIDE: ReadonlySet<Reason> = new Set([
  'userunknown',
  'hostunknown',
  'hasmoved',
  'mailboxfull',
  'suspend',
  'filtered',
  'onhold',
  'undefined',
])

/**
 * Sender-side verdicts that, answered to MAIL FROM, are the refusal of the envelope sender (Sisimai's `rejected`):
 * a reputation deferral at MAIL FROM (Yahoo's TSS04 there) refuses that sender, not the recipient. Only general
 * words: a provider's own code table (Microsoft's 4.7.650) keeps its meaning at any stage.
 */
const MAIL_STAGE_REJECTS: ReadonlySet<Reason> = new Set(['badreputation'])

/** Enhanced codes specific enough to decide before any sentence (after a provider's own label and table). */
const DECISIVE_CODES: ReadonlySet<string> = new Set(['4.2.2', '5.2.2'])

/**
 * RFC 3463 X.1.7 and X.1.8 are about the *sender's* address (bad syntax, bad domain): under them a sentence that
 * would name a dead recipient ("501 5.1.7 Invalid address", Exchange's InvalidSenderAddress) refuses the sender.
 */
const SENDER_ADDRESS_CODES: ReadonlySet<string> = new Set(['4.1.7', '5.1.7', '4.1.8', '5.1.8'])
const ADDRESS_VERDICTS: ReadonlySet<Reason> = new Set(['userunknown', 'hostunknown', 'notaccept'])

/**
 * What a few servers report under the mailbox-full code that is no full mailbox: the sender's own sending quota
 * (Exchange Online's "5.2.2 Submission quota exceeded"), Zimbra's LMTP TLS_REQUIRED ("451 4.2.2 Server accepts
 * messages only on TLS connection") and mox's per-IP rate ("452 4.2.2 more than 500 messages in past 1m0s from your
 * ip/network"), and Stalwart's greylisting (inbound/rcpt.rs: "452 4.2.2 Greylisted, please try again in a few
 * moments."). Exchange's store refusing a submission ("554 5.2.2 mailbox full; STOREDRV.Submission.Exception:
 * QuotaExceededException…") is the sender's own mailbox over its quota.
 */
const NOT_A_FULL_MAILBOX =
  /submission quota exceeded|storedrv\.submission\.exception|only on tls connection|more than \d+ (?:messages|bytes) in past|mail size is larger than the maximum size|\bgreylisted\b/i

/**
 * A multi-line reply joined into one (RFC 5321 §4.2.1: "550-5.1.1 The email account … 550-5.1.1 double-checking …
 * 550 5.1.1 unnecessary spaces") repeats its code on every line, splitting the server's sentences: the repeats
 * after the first go. Only with a continuation mark ("550-") in the text, so a single-line reply is left alone.
 */
export function joinContinuations(text: string): string {
  const first = CONTINUATION.exec(text)
  if (!first) return text
  const [opening, code, enhanced] = first
  const repeat = new RegExp(`\\s+${code}[ -]${enhanced ? `${enhanced.replaceAll('.', '\\.')}\\s+` : ''}`, 'g')
  const from = first.index + opening.length
  return text.slice(0, from) + text.slice(from).replace(repeat, ' ')
}
/**
 * `text` with typographic apostrophes as the ASCII one the families are written with: providers' notices set
 * "couldn’t" and "doesn’t" with U+2019 (Gmail's "the domain … couldn’t be found"). Checked first: most texts have none.
 */
function plainQuotes(text: string): string {
  return text.includes('\u2019') || text.includes('\u2018') ? text.replace(/[\u2018\u2019]/g, "'") : text
}

/** `text` with each whitespace run as one space; checked first, as most texts (the raw-mail path's) already are. */
function oneSpaced(text: string): string {
  const spaced = /[^\S ]/.test(text) || text.includes('  ') || text.startsWith(' ') || text.endsWith(' ')
  return spaced ? oneSpace(text).trim() : text
}

// The mark: a reply code and a hyphen before an enhanced code or a word, never a number ("555-1234").
const CONTINUATION = /(?<![\w.-])([45]\d\d)-(?:([245]\.\d{1,3}\.\d{1,3})(?=\s)|(?=[^\d\s]))/

/** How much of a diagnostic the classifier reads. */
export const MAX_DIAGNOSTIC_CHARS = 8 * 1024

/**
 * Classifies one failure report.
 * @example classify({ kind: 'bounce', replyCode: '550', diagnostic: 'smtp; 550 5.1.1 user unknown' })
 * // → { reason: 'userunknown', disposition: 'hard', hardbounce: true, rule: 'text:user-unknown', … }
 */
/**
 * A classification recorded and never counted, the rule saying why (`+address:odd`, `+recipients:shared`,
 * `+provider:own-delay`): the reason stays what the words say.
 */
export function uncounted(c: Classification, why: string | null | undefined): Classification {
  return why ? { ...c, disposition: 'none', rule: `${c.rule}+${why}` } : c
}

export function classify(input: ClassifyInput): Classification {
  // Only the start of a diagnostic decides: beyond a few KiB it is a transcript or padding, and every phrase
  // family scans what it is given. Whitespace runs count as one space: a folded field or a wrapped report line
  // ("Relay\n    access denied") and a server's double spaces read as the sentence the families are written for.
  const text = joinContinuations(
    plainQuotes(oneSpaced((input.diagnostic ?? '').slice(0, MAX_DIAGNOSTIC_CHARS)))
  )
  // A failure's words can quote the successful steps before it ("250 2.1.0 Ok" in a transcript): skip 2.x.x.
  const inText = text ? enhancedCodesIn(text) : []
  const status = pickStatus(
    parseEnhanced(input.status),
    input.kind === 'delivered' ? inText : inText.filter((code) => code[0] !== '2'),
    () => replyCodeIn(text)?.[0] === '4',
    text
  )
  // The reply code that goes with the chosen status when the text pairs them (the last attempt's, for an x.4.7).
  const found =
    parseReply(input.replyCode) ??
    (text && status ? replyCodeWith(text, status) : null) ??
    (text ? replyCodeIn(text) : null)
  // A failure is never answered with 2xx: such a number is something else (a program's exit status, a count).
  const replyCode = found?.[0] === '2' && input.kind !== 'delivered' ? null : found

  if (input.kind === 'delivered') return finish('delivered', 'kind:delivered', true, status, replyCode)
  if (input.kind === 'complaint') {
    const feedback = input.feedbackType?.toLowerCase() ?? null
    const result = finish('feedback', 'kind:complaint', true, status, replyCode)
    return feedback && NOT_A_COMPLAINT.has(feedback)
      ? { ...result, disposition: 'none', rule: `feedback:${feedback}` }
      : result
  }

  const permanent = isPermanent(input.kind, status, replyCode)
  const decided = ownRelayRefusal(decide(input, text, status, replyCode, permanent), input.hosts, status)
  const { reason, rule } = refine(decided, input.stage ?? null, status, permanent, input.fromReport === true)
  const result = adjustForStage(finish(reason, rule, permanent, status, replyCode), input.stage)
  // A raw report nothing decided is undetermined: recorded under Sisimai's onhold/undefined, never counted as a
  // soft bounce (a guess that counts suppresses live addresses after a few unreadable messages).
  if (input.fromReport && result.rule === 'fallback') return { ...result, disposition: 'none' }
  // A provider's give-up that quotes no reply ("Too old", or only the expiry's own words): its deferrals carried the
  // reply and were counted, or not, as its words said. Counting the give-up too would count a sender-side block
  // (a throttled IP) once per message against every live recipient.
  if (isGiveUp(input) && result.reason === 'expired') return { ...result, disposition: 'none' }
  // A raw report's delay notice (`Action: delayed`, a prose warning, a transient section): the message is still queued
  // and may yet arrive, and no raw report tells of that arrival, so counting it would suppress the live addresses of a
  // slow or greylisting server after three delayed messages. Recorded with what its words say; the final bounce, if
  // one comes, counts. A block too: a greylisting's or a rate limit's delay is counted for the sender's health once,
  // by the final bounce, not once per warning (real Postfix sends one per delay_warning_time, and the message usually
  // arrives). OpenSMTPD reports an envelope its queue expired and deleted as `Action: delayed` ("Envelope expired",
  // queue.c IMSG_QUEUE_EXPIRE): that one is final.
  const counts = result.disposition === 'soft' || result.disposition === 'block'
  if (input.fromReport && input.delayNotice && counts && !GAVE_UP.test(text))
    return result.rule === 'action:delayed'
      ? { ...result, disposition: 'none' }
      : uncounted(result, 'delayed')
  return result
}

/** A delay notice's words for a message the queue gave up on (OpenSMTPD's expiry, whatever its Action says). */
const GAVE_UP = /\benvelope expired\b/i

/**
 * Postfix's sys_exits.c texts for a delivery program's exit status (and its "unknown mail system error N" for others),
 * the whole diagnostic: no "Command output: …" of the program's own.
 */
const SYSEXITS_WORDS =
  /^\s*(?:command line usage error|data format error|cannot open input|user unknown|host name unknown|service unavailable|internal software error|system resource problem|critical os file missing|can't create user output file|input\/output error|temporary failure|remote error in protocol|permission denied|local configuration error|unknown mail system error -?\d+)\.?\s*$/i

/** A webhook's event that a provider sends when it stops retrying a message (its label says so). */
function isGiveUp(input: ClassifyInput): boolean {
  return !input.fromReport && !!input.providerType && fallbackLabel(input.providerType) === 'expired'
}

function decide(
  input: ClassifyInput,
  text: string,
  status: string | null,
  replyCode: string | null,
  permanent: boolean
): { reason: Reason; rule: string } {
  const label = input.providerType ? labelKey(input.providerType) : ''
  const byLabel = input.providerType ? strongLabel(input.providerType) : undefined
  if (byLabel) return { reason: byLabel, rule: `provider:${input.providerType}` }

  const byHost = hostReason(input.hosts ?? [], text, permanent, status)
  if (byHost) return byHost

  const byStatus = status ? ENHANCED_CODES.get(status) : undefined
  // RFC 3463's X.2.2 "mailbox full" names one cause only, whatever else the text says ("552 5.2.2 … over quota,
  // spam folder included" is not a spam verdict): the most reliable evidence decides first.
  // Exchange Online reuses 5.2.2 for the *sender's* quota ("5.2.2 Submission quota exceeded", its NDR reference):
  // a sentence that names the submitter's quota is not a full mailbox.
  // (Not Sendmail's own 5.2.2 for a 552 reply that names no code of its own: there the server's words decide, "552
  // Message size exceeds fixed maximum message size" being the other meaning RFC 821's 552 holds.)
  const mappedBySendmail =
    status === '5.2.2' && replyCode === '552' && !SENDMAIL_552.test(text) && !text.includes('5.2.2')
  if (status && DECISIVE_CODES.has(status) && byStatus && !NOT_A_FULL_MAILBOX.test(text) && !mappedBySendmail)
    return { reason: byStatus, rule: `status:${status}` }
  // A local program's exit as the MTA words it, with nothing the program printed: Postfix's sys_exits.c table ("user
  // unknown" for exit 67, "host name unknown" for 68, …). It maps the exit value only, which is no verdict (below): a
  // live address's .forward pipe exits 67 as a delivery agent does for a user that is gone (Cyrus's deliver). The
  // trade-off, as for every program exit: the gone user is counted soft and suppressed when the count reaches its cap,
  // never a live one suppressed at once.
  if (label === 'localmailer' && SYSEXITS_WORDS.test(text))
    return { reason: 'mailererror', rule: `provider:${input.providerType}` }
  const byNamedDomain = text ? namedDomainReason(text, input.hosts?.[0]) : null
  if (byNamedDomain) return { reason: byNamedDomain, rule: 'text:named-domain' }
  // Some servers join their words into tokens ("550 BAD_RECIPIENT", "NO_SUCH_USER"): the families read words.
  const words = spacedTokens(text)
  const strong = words ? matchPhrase(words) : null
  // "Given up after N days" is only the queue's verdict (like x.4.7): a specific code from the last attempt
  // (qmail's "4.4.3 … in the queue too long") says why, and is the more reliable evidence (RFC 3463).
  // Timeouts (x.4.2 and kin) are what an expiry is made of: they do not override it.
  if (strong?.reason === 'expired' && byStatus && byStatus !== 'expired' && byStatus !== 'networkerror')
    return { reason: byStatus, rule: `status:${status}` }
  if (strong) return { reason: strong.reason, rule: `text:${strong.name}` }

  // A local delivery program's exit (an `X-Unix` diagnostic): its status code only maps the exit value. Even EX_NOUSER
  // (67, written 5.1.1) is no verdict on the address a report can trust: Sendmail's vacation exits so for a login its
  // passwd lookup misses while the mailbox's own copy was delivered, and a script passes on another tool's 67.
  if (label === 'localmailer') return { reason: 'mailererror', rule: `provider:${input.providerType}` }

  if (byStatus) return { reason: byStatus, rule: `status:${status}` }

  // A provider's reading that the sender was refused (SendGrid's "Reputation", Postmark's "Blocked", SparkPost's "Mail
  // Block") outranks the weak families: their wordings are RFC 5321's vague ones ("550 Requested action not taken:
  // mailbox unavailable" also answers "command rejected for policy reasons"), and a block never suppresses anyone.
  const byFallback = input.providerType ? fallbackLabel(input.providerType) : undefined
  if (byFallback && REASONS[byFallback] === 'block')
    return { reason: byFallback, rule: `provider:${input.providerType}` }

  const weak = words ? matchPhrase(words, WEAK_PHRASES) : null
  if (weak) return { reason: weak.reason, rule: `text:${weak.name}` }

  if (byFallback) return { reason: byFallback, rule: `provider:${input.providerType}` }

  if (replyCode) {
    if (['550', '551', '553'].includes(replyCode) && MAILBOX_LABELS.has(label)) {
      return { reason: 'userunknown', rule: `reply:${replyCode}+provider:${input.providerType}` }
    }
    const byReply = REPLY_CODES.get(replyCode)
    if (byReply) return { reason: byReply, rule: `reply:${replyCode}` }
  }
  if (input.kind === 'rejected') return { reason: 'policyviolation', rule: 'kind:rejected' }
  // A report's delay notice (RFC 3464 `Action: delayed`, with its mandatory 4.x.x Status) whose words and codes say
  // nothing more: the delay is what it reports, the message still queued past its first attempts. Without such a
  // status (a prose "delay" whose words nothing reads) it stays undetermined and uncounted.
  if (input.kind === 'deferred' && input.fromReport && status?.startsWith('4.'))
    return { reason: 'expired', rule: 'action:delayed' }
  if (input.kind === 'deferred' && !text && !status && !replyCode)
    return { reason: 'undefined', rule: 'fallback' }
  return text || status || replyCode
    ? { reason: 'onhold', rule: 'fallback' }
    : { reason: 'undefined', rule: 'fallback' }
}

/**
 * Haraka's default refusal (`text:no-plugin-accepted`) from a host of the reporting MTA's own organisation: the sender's
 * smarthost refusing to relay, which answers every recipient so (counted soft, it would suppress each live address
 * after a few sends; review of stop 48). Elsewhere it stays undecided.
 */
function ownRelayRefusal(
  decided: { reason: Reason; rule: string },
  hosts: readonly string[] | null | undefined,
  status: string | null
): { reason: Reason; rule: string } {
  // (Never under an address status, x.1.x, which a relaying MTA may have given the reply: that one speaks.)
  return decided.rule === 'text:no-plugin-accepted' &&
    !status?.slice(1).startsWith('.1.') &&
    refusedByOwnRelay(hosts)
    ? { reason: 'norelaying', rule: `${decided.rule}+own-relay` }
    : decided
}

/**
 * Distinctions the words alone cannot make. An unknown-user sentence after DATA (or under a filter status
 * x.2.x not at RCPT) is the recipient's filter talking (filtered); a "domain not found" that is only
 * temporary is a DNS failure (networkerror), not a dead domain.
 */
function refine(
  decided: { reason: Reason; rule: string },
  stage: SmtpStage | null,
  status: string | null,
  permanent: boolean,
  fromReport: boolean
): { reason: Reason; rule: string } {
  // PowerMTA's bounce categories are its own reading of the words, so they get the words' guard.
  const fromText =
    (decided.rule.startsWith('text:') && !DIRECTORY_RULES.has(decided.rule)) ||
    decided.rule.startsWith('provider:PowerMTA/')
  if (
    decided.rule.startsWith('text:') &&
    ADDRESS_VERDICTS.has(decided.reason) &&
    SENDER_ADDRESS_CODES.has(status ?? '')
  )
    return { reason: 'rejected', rule: `${decided.rule}+status:${status}` }
  if (
    fromReport &&
    decided.reason === 'userunknown' &&
    fromText &&
    stage !== 'rcpt' &&
    !status?.slice(1).startsWith('.1.')
  ) {
    // Not refused at RCPT and no address status (x.1.x) to say so: a filter's words, not a directory lookup.
    const filter = status ? isGeneric(status) || ENHANCED_CODES.get(status) !== undefined : true
    if (stage === 'data' || filter) {
      return {
        reason: 'filtered',
        rule: `${decided.rule}+${stage ? `stage:${stage}` : `status:${status ?? 'none'}`}`,
      }
    }
  }
  if (decided.reason === 'hostunknown' && !permanent)
    return { reason: 'networkerror', rule: `${decided.rule}+temporary` }
  return decided
}

/**
 * A specific code beats a generic `x.0.0`; among specific ones the DSN's own field comes first, except that
 * `x.4.7` (the queue gave up) is only the queue's verdict: the last attempt's own code in the text says why.
 * Codes of the field's class only, but for one case: under Exim's and OpenSMTPD's placeholder `5.0.0`, a reply
 * that is itself a 4xx ("452 4.2.2 … out of storage", the last attempt of a give-up) keeps its own 4.x.x.
 */
function pickStatus(
  field: string | null,
  inText: string[],
  transientReply: () => boolean,
  text: string
): string | null {
  // Sendmail writes Status 5.2.2 for any 552 reply ("exceeded storage allocation", RFC 821's meaning: smtptodsn(), and
  // usersmtp.c at DATA), even over the code the server's reply opens with ("552 5.3.4 Message too big", Gmail's
  // "552-5.7.0 This message was blocked because its content presents a potential security issue"). That code decides
  // when its misreading errs safe (size, content, policy: never suppressed), never an x.1.x a full mailbox could wear
  // ("552 5.1.1 Casella piena").
  if (field === '5.2.2' && !inText.includes(field)) {
    const own = SENDMAIL_552.exec(text)?.[1]
    if (own && /^5\.(?:[367]\.\d{1,3}|2\.3)$/.test(own)) return own
  }
  const otherClass = field === '5.0.0' && inText.some((code) => code[0] === '4') && transientReply()
  const specific = inText.filter(
    (code) => !isGeneric(code) && (!field || code[0] === field[0] || (otherClass && code[0] === '4'))
  )
  const chosen = field && !isGeneric(field) ? field : specific[0]
  if (chosen && isQueueExpiry(chosen)) return specific.filter((code) => !isQueueExpiry(code)).pop() ?? chosen
  return chosen ?? field ?? inText[0] ?? null
}

const isQueueExpiry = (code: string) => code.endsWith('.4.7')
/** A 552 reply and the enhanced code it opens with. */
const SENDMAIL_552 = /(?<![\w.-])552[ -]([45]\.\d{1,3}\.\d{1,3})(?![\w.-])/

/** Permanent unless a code or the kind says temporary; a provider "bounce" without codes is permanent. */
function isPermanent(kind: EventKind, status: string | null, replyCode: string | null): boolean {
  if (kind === 'deferred') return false
  const cls = status?.[0] ?? replyCode?.[0]
  if (cls === '4') return false
  return true
}

function finish(
  reason: Reason,
  rule: string,
  permanent: boolean,
  status: string | null,
  replyCode: string | null
): Classification {
  const dead = ADDRESS_DEAD.has(reason)
  // A temporary failure never kills an address outright (a 4xx "user unknown" may be a directory outage):
  // it is counted in the soft window instead, so a real dead address is still suppressed after the limit.
  // So is RFC 3463's X.3.2, "System not accepting network messages" (shutdown, load, maintenance: "useful for both
  // permanent and persistent transient errors"), which the labels call notaccept: Exchange answers it for a live
  // mailbox its store cannot write to ("5.3.2 STOREDRV.Deliver: Missing or bad StoreDriver MDB properties").
  // (Decided by the code or a provider's table, not by words that say the domain takes no mail.)
  const hostDown = reason === 'notaccept' && status?.slice(1) === '.3.2' && !rule.startsWith('text:')
  const disposition: Disposition = (dead && !permanent) || hostDown ? 'soft' : REASONS[reason]
  const hardbounce = reason === 'notaccept' ? permanent : dead
  return { reason, disposition, hardbounce, rule, status, replyCode }
}

/**
 * A refusal at MAIL FROM is about the sender (also when only its reply code's table decided); at connection or
 * HELO it is a block of the sending host.
 */
function adjustForStage(result: Classification, stage: SmtpStage | null | undefined): Classification {
  if (
    stage === 'mail' &&
    (RECIPIENT_SIDE.has(result.reason) ||
      (MAIL_STAGE_REJECTS.has(result.reason) && result.rule.startsWith('text:')) ||
      result.rule.startsWith('reply:'))
  ) {
    return {
      ...result,
      reason: 'rejected',
      disposition: 'block',
      hardbounce: false,
      rule: `${result.rule}+stage:mail`,
    }
  }
  // At the greeting a refusal is the server's reply (a 554 banner); without one the connection failed and no server
  // refused anyone ("connection to mail exchanger failed", "Connection refused").
  const refused = stage === 'helo' || (stage === 'connect' && result.replyCode !== null)
  if (refused && RECIPIENT_SIDE.has(result.reason)) {
    return {
      ...result,
      reason: 'blocked',
      disposition: 'block',
      hardbounce: false,
      rule: `${result.rule}+stage:${stage}`,
    }
  }
  return result
}
