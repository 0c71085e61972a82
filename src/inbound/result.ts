/**
 * What the raw-bounce parser produces: for each recipient a report names, the ledger event (the `BounceEvent`
 * fields the report gives, camelCase, with the classification the report alone shows), plus what only the report
 * knows. Every extractor builds it with {@link reportedEvent}.
 * @module
 */
import { type Classification, classify, type SmtpStage, uncounted } from '../classify'
import type { BounceEvent, EventKind, RecordOnly } from '../events'
import { oneSpace } from '../lib/regex'
import { headAndTail } from '../lib/text-window'
import type { NonBounce } from './nonbounce'
import type { ReturnedOriginal } from './returned-original'

export type ReportKind = 'dsn' | 'arf' | 'autoreply' | 'prose'

/** One recipient's event as the report shows it: the door adds the id, the provider and the time. */
export type ReportedEvent = Omit<BounceEvent, 'id' | 'provider' | 'occurredAt'> & {
  /** The enhanced status code the report states (null when it states none: see {@link ReportedEvent.pseudoStatus}). */
  status: string | null
  feedbackType: string | null
  stage: SmtpStage | null
  fromReport: true
  classification: Classification
  /**
   * When the report states no enhanced code for a failure: RFC 3463's "other undefined status" of the class the
   * failure shows (`4.0.0`/`5.0.0`: its reply code's, 4 for a delay, else 5). Only the class is information, so
   * it is answered, never stored.
   */
  pseudoStatus: string | null
  /** The DSN's Action (`failed`, `delayed`, …), or `delayed` for a prose delay warning. */
  action: string | null
  /**
   * Why the API's normalizer would refuse the address the report names (a one-letter top-level domain, a `#` in
   * the domain), or null. Such a recipient is still reported and recorded, never suppressed: no check or lift
   * through the API could ever name it (`lib/address.ts`, `reportedAddress`).
   */
  addressOddity: string | null
  /**
   * The address the sender mailed, when the report names the mailbox it was forwarded to instead (a DSN's
   * Original-Recipient other than its Final-Recipient: an alias or a forward to another provider), else null. The
   * report's recipient stays the final one; who may count the failure for the address mailed is the trust rule's.
   */
  mailedAs: string | null
  /**
   * The mailbox the reported address was forwarded to, when the report names the address mailed as its recipient and
   * the target beside it (Sendmail's Final-Recipient is the alias, its X-Actual-Recipient the target; Exim's "an
   * undisclosed address (generated from …)"), else null: the failure is the target's, counted as a forward's.
   */
  forwardedTo: string | null
}

export interface InboundReport {
  kind: ReportKind | null
  results: ReportedEvent[]
  /** The bounce's own Message-ID. */
  messageId: string | null
  /**
   * The bounce's own Date header, given only when it has no Message-ID (qmail's notices have none): with the
   * recipient and its words, it tells one day's bounce from the next.
   */
  date?: string
  /** Why nothing was found, when nothing was. */
  why?: string
  /** A message that is no bounce at all (read receipt, challenge-response, list notice, a person's reply): never counted. */
  notBounce?: NonBounce
  /** Set when the message's work budget ran out: the results are the recipients read until then. */
  truncated?: 'budget'
  /**
   * Whom the original the report returns was for (its addressees, the envelope recipients its header records): read
   * only when the parse was given the signed return path's recipient and no result names it, for the trust step to
   * see whether the message went to that recipient and failed at a mailbox it was forwarded to.
   */
  returnedOriginal?: ReturnedOriginal
}

/** Failed recipients read from one message: real reports name a few, rarely hundreds; the rest is ignored. */
export const MAX_RESULTS = 1000

/** What one extractor found. */
export interface Extracted {
  kind: ReportKind
  results: ReportedEvent[]
  why?: string
}

/** What an extractor read about one recipient, before classification. */
export interface Finding {
  /** What the extractor reads the report as: `classify`'s input (the event's own kind follows the classification). */
  kind: 'bounce' | 'deferred' | 'delivered' | 'complaint' | 'autoreply'
  providerType?: string | null
  action?: string | null
  status?: string | null
  diagnostic?: string | null
  stage?: SmtpStage | null
  feedbackType?: string | null
  /** Hosts the report names (Reporting-MTA, Remote-MTA), for the providers' own rules. */
  hosts?: string[]
  originalId: string | null
  /** See {@link ReportedEvent.addressOddity}. */
  /** See {@link ReportedEvent.mailedAs}. */
  mailedAs?: string | null
  /** See {@link ReportedEvent.forwardedTo}. */
  forwardedTo?: string | null
  addressOddity?: string | null
  /** A provider's notification read from mail that says nothing of this recipient (`BounceEvent.recordOnly`). */
  recordOnly?: RecordOnly
}

/** The most of a diagnostic kept on the event (its head and tail beyond). */
const KEPT_DIAGNOSTIC = 1000
/** The most of a diagnostic the classifier reads (its head and tail beyond). */
const CLASSIFIED_DIAGNOSTIC = 2000

/** A recipient's finding, classified with what the report alone shows. */
export function reportedEvent(address: string, found: Finding): ReportedEvent {
  // Bounded before it is normalized (a DSN field or a sentence can be megabytes); the classifier reads twice what is
  // kept, and both keep the text's head and tail: a long list's shared reason comes last.
  const read = found.diagnostic
    ? headAndTail(
        oneSpace(headAndTail(found.diagnostic, 2 * CLASSIFIED_DIAGNOSTIC)).trim(),
        CLASSIFIED_DIAGNOSTIC
      )
    : null
  const diagnostic = read === null ? null : headAndTail(read, KEPT_DIAGNOSTIC)
  const c = uncounted(
    uncounted(classification(address, found, read), found.addressOddity ? 'address:odd' : null),
    found.recordOnly
  )
  const pseudo = c.status === null && (found.kind === 'bounce' || found.kind === 'deferred')
  const action = found.action ?? null
  return {
    kind: eventKind(c, action),
    address,
    replyCode: c.replyCode,
    status: c.status,
    diagnostic,
    providerType: c.reason === 'vacation' ? 'autoresponder' : null,
    feedbackType: found.kind === 'complaint' ? (found.feedbackType ?? 'abuse') : null,
    messageId: found.originalId,
    stage: found.stage ?? null,
    fromReport: true,
    classification: c,
    pseudoStatus: pseudo ? undefinedStatus(found.kind === 'deferred', c.replyCode) : null,
    action,
    addressOddity: found.addressOddity ?? null,
    mailedAs: found.mailedAs ?? null,
    forwardedTo: found.forwardedTo ?? null,
  }
}

/**
 * The event's kind, from the classification and the DSN action (not from the extractor's finding): how raw-mail
 * events have always been stored, so history and the soft window read them the same way.
 */
function eventKind(c: Classification, action: string | null): EventKind {
  if (c.reason === 'feedback') return 'complaint'
  if (c.reason === 'delivered') return 'delivered'
  return action?.startsWith('delayed') ? 'deferred' : 'bounce'
}

/** An auto-reply is a vacation notice whatever it says; anything else goes through `classify`. */
function classification(address: string, found: Finding, diagnostic: string | null): Classification {
  if (found.kind === 'autoreply') {
    return {
      reason: 'vacation',
      disposition: 'none',
      hardbounce: false,
      rule: 'kind:autoreply',
      status: null,
      replyCode: null,
    }
  }
  return classify({
    kind: found.kind,
    status: found.status ?? null,
    diagnostic,
    feedbackType: found.feedbackType ?? null,
    stage: found.stage ?? null,
    providerType: found.providerType ?? hostHint(address),
    hosts: [address.slice(address.lastIndexOf('@') + 1), ...(found.hosts ?? [])],
    fromReport: true,
    delayNotice: found.action?.startsWith('delayed') ?? false,
  })
}

/** RFC 3463's `X.0.0` of the failure's class: a reply code's class, 4 for a delay, 5 for a failure report. */
function undefinedStatus(delayed: boolean, replyCode: string | null): string {
  const transient = replyCode ? replyCode[0] === '4' : delayed
  return transient ? '4.0.0' : '5.0.0'
}

/** Providers whose refusals mean one thing whatever their words (Sisimai's host rules, generalized). */
function hostHint(address: string): string | null {
  return address.endsWith('@googlegroups.com') ? 'googlegroups' : null
}
