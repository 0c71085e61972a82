/**
 * What the raw-bounce parser answers, and the one builder every extractor uses to turn what it read about a
 * recipient into a classified result.
 * @module
 */
import { type Classification, classify, type SmtpStage } from '../classify'

export type ReportKind = 'dsn' | 'arf' | 'autoreply' | 'prose'

export interface InboundResult {
  recipient: string
  /** The enhanced status code; when the report gives none, `4.0.0`/`5.0.0` (see {@link InboundResult.pseudoStatus}). */
  status: string | null
  /**
   * True when the report states no enhanced code and `status` is RFC 3463's "other undefined status" of the
   * class the failure shows (its reply code's, 4 for a delay, else 5): only the class is information.
   */
  pseudoStatus: boolean
  replycode: string | null
  diagnostic: string | null
  action: string | null
  command: SmtpStage | null
  reason: Classification['reason']
  hardbounce: boolean
  disposition: Classification['disposition']
  rule: string
  feedbacktype: string | null
  /** The original message's Message-ID, when the report includes it. */
  messageId: string | null
}

export interface InboundReport {
  kind: ReportKind | null
  results: InboundResult[]
  /** The bounce's own Message-ID. */
  messageId: string | null
  /** Why nothing was found, when nothing was. */
  why?: string
}

/** Failed recipients read from one message: real reports name a few, rarely hundreds; the rest is ignored. */
export const MAX_RESULTS = 1000

/** What one extractor found. */
export interface Extracted {
  kind: ReportKind
  results: InboundResult[]
  why?: string
}

/** What an extractor read about one recipient, before classification. */
export interface Finding {
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
}

/** A recipient's finding, classified with what the report alone shows. */
export function build(recipient: string, found: Finding): InboundResult {
  const diagnostic = found.diagnostic ? found.diagnostic.replace(/\s+/g, ' ').trim().slice(0, 1000) : null
  const c = classification(recipient, found, diagnostic)
  const pseudo = c.status === null && (found.kind === 'bounce' || found.kind === 'deferred')
  return {
    recipient,
    status: pseudo ? undefinedStatus(found.kind === 'deferred', c.replyCode) : c.status,
    pseudoStatus: pseudo,
    replycode: c.replyCode,
    diagnostic,
    action: found.action ?? null,
    command: found.stage ?? null,
    reason: c.reason,
    hardbounce: c.hardbounce,
    disposition: c.disposition,
    rule: c.rule,
    feedbacktype: found.kind === 'complaint' ? (found.feedbackType ?? 'abuse') : null,
    messageId: found.originalId,
  }
}

/** An auto-reply is a vacation notice whatever it says; anything else goes through `classify`. */
function classification(recipient: string, found: Finding, diagnostic: string | null): Classification {
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
    providerType: found.providerType ?? hostHint(recipient),
    hosts: [recipient.slice(recipient.lastIndexOf('@') + 1), ...(found.hosts ?? [])],
    fromReport: true,
  })
}

/** RFC 3463's `X.0.0` of the failure's class: a reply code's class, 4 for a delay, 5 for a failure report. */
function undefinedStatus(delayed: boolean, replyCode: string | null): string {
  const transient = replyCode ? replyCode[0] === '4' : delayed
  return transient ? '4.0.0' : '5.0.0'
}

/** Providers whose refusals mean one thing whatever their words (Sisimai's host rules, generalized). */
function hostHint(recipient: string): string | null {
  return recipient.endsWith('@googlegroups.com') ? 'googlegroups' : null
}
