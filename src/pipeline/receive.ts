/**
 * What both doors for raw bounces (the email() handler and POST /v1/inbound) do with a message: parse it into
 * events, give each a stable id, apply them, and record the message in D1.
 * @module
 */

import { config } from '../config'
import {
  forwardedClassification,
  isFeedbackLoopSender,
  recordedOnly,
  type TrustContext,
  type UntrustedWhy,
  untrustedWhy,
} from '../domain/bounce-trust'
import type { Env } from '../env'
import type { BounceEvent } from '../events'
import { type InboundReport, parseBounce, type ReportedEvent } from '../inbound/parse'
import { fingerprint } from '../lib/canonical'
import { secretList } from '../lib/secrets'
import { isSignedMessageIdFor } from '../lib/signed-message-id'
import { type InboundMessageRow, insertInboundMessage } from '../store/inbound-messages'
import { type AppliedEvent, applyEvents } from './apply'

export interface Received {
  report: InboundReport
  /** Per result of `report.results`, in the same order: what applying it did. */
  applied: AppliedEvent[]
  /** Per result: null when the report was believed for that recipient, else why it was only recorded. */
  untrusted: (UntrustedWhy | null)[]
}

export interface ReceiveOptions {
  via: 'email' | 'api'
  /** The recipient a valid signed return path carries (the message came to that path), else none. */
  signedFor?: string
  envelopeTo?: string | null
  /** The envelope sender (MAIL FROM), which decides whether an ARF report comes from a feedback loop. */
  envelopeFrom?: string | null
  receivedAt: string
}

/** Parses and applies; throws `StoreUnavailableError` when a store failed (nothing is half-applied). */
export async function receiveBounce(env: Env, raw: Uint8Array, options: ReceiveOptions): Promise<Received> {
  const secrets = secretList(env.RETURN_PATH_SECRET)
  const parsed = await parseBounce(raw, { recipient: options.signedFor })
  const report = await withForwards(parsed, options.signedFor ?? null, secrets)
  const settings = config(env)
  const context: TrustContext = {
    signedFor: options.signedFor ?? null,
    arf: report.kind === 'arf',
    fromFeedbackLoop: isFeedbackLoopSender(options.envelopeFrom ?? null, settings.feedbackLoopSenders),
    trustedUnsigned: settings.trustUnsignedBounces,
  }
  const events: BounceEvent[] = []
  const untrusted: (UntrustedWhy | null)[] = []
  for (const reported of report.results) {
    // What only the report knows (its pseudo status, the DSN action, an odd address's oddity, which the rule
    // already carries as `+address:odd`) is answered, not stored.
    const { pseudoStatus, action, classification, addressOddity, mailedAs, forwardedTo, ...event } = reported
    const why = untrustedWhy(context, {
      address: reported.address,
      disposition: classification.disposition,
      signedMessageId: await isSignedMessageIdFor(reported.messageId, reported.address, secrets),
    })
    untrusted.push(why)
    const id = await eventId(report, reported)
    events.push({
      // A recorded-only copy has an id of its own, so a later trusted delivery of the report still applies.
      id: why ? `untrusted-${id}` : id,
      provider: 'inbound',
      occurredAt: options.receivedAt,
      ...event,
      classification: why ? recordedOnly(classification, why) : classification,
    })
  }
  const byEvent = new Map(
    (await applyEvents(env, events, options.receivedAt, Date.parse(options.receivedAt))).map((a) => [
      a.event,
      a,
    ])
  )
  // applyEvents answers grouped by address; the results are answered in the report's own order.
  const applied = events.map((event) => byEvent.get(event)!)
  await recordMessage(env, {
    via: options.via,
    report,
    envelopeTo: options.envelopeTo ?? null,
    outcome: outcomeOf(report, untrusted),
    receivedAt: options.receivedAt,
  })
  return { report, applied, untrusted }
}

/**
 * The report with forwards counted as forwards ({@link forwardedClassification}): a result the report names as the
 * alias mailed, its failure the target's (`forwardedTo`: Exim's and Sendmail's DSNs name the alias, their text the
 * target), is counted so; and one more result is added per address the sender mailed that only reached its forward
 * target (a result's `mailedAs`), when the signed return path or the original's signed Message-ID vouches for it.
 * Without it a forward to a dead mailbox would be mailed for ever, the report naming only the target, which nothing
 * vouches for. Never for an address the report names itself. Last, a forward only the returned header shows
 * ({@link unspelledForward}) is added for the signed recipient, recorded and never counted.
 */
async function withForwards(
  report: InboundReport,
  signedFor: string | null,
  secrets: readonly string[]
): Promise<InboundReport> {
  const results = report.results.map((r) =>
    r.forwardedTo
      ? {
          ...r,
          classification: forwardedClassification(r.classification, {
            target: r.forwardedTo,
            mailed: r.address,
          }),
        }
      : r
  )
  const named = new Set(results.map((r) => r.address))
  for (const result of report.results) {
    const mailed = result.mailedAs
    if (!mailed || named.has(mailed)) continue
    if (mailed !== signedFor && !(await isSignedMessageIdFor(result.messageId, mailed, secrets))) continue
    named.add(mailed)
    results.push(forwardFor(result, mailed))
  }
  const unspelled = signedFor && !named.has(signedFor) ? unspelledForward(report, signedFor) : null
  if (unspelled) results.push(forwardFor(unspelled, signedFor!, 'header'))
  return { ...report, results }
}

/** A result for the address mailed, carrying its forward target's failure as a forward's. */
function forwardFor(
  result: ReportedEvent,
  mailed: string,
  evidence: 'notice' | 'header' = 'notice'
): ReportedEvent {
  return {
    ...result,
    address: mailed,
    addressOddity: null,
    mailedAs: null,
    forwardedTo: result.address,
    classification: forwardedClassification(result.classification, {
      target: result.address,
      mailed,
      evidence,
    }),
  }
}

/** Hard first: of an alias's failed targets, the one that says most about whether it still delivers. */
const WEIGHT: Partial<Record<string, number>> = { hard: 3, soft: 2, block: 1 }

/**
 * A forward no line of the notice spells out (qmail's .qmail forwards, a Sieve redirect: the notice names only the
 * target). The signed return path says the message went to its recipient; the returned original's header must say a
 * delivery agent took it for that mailbox (Delivered-To naming it: qmail-local writes it before it forwards, Postfix's
 * local(8) and the LDAs as they deliver), any Sieve redirect must be that mailbox's own (X-Sieve-Redirected-From), and
 * the failed address must be none of the original's addressees. It is recorded for the signed recipient, never
 * counted ({@link forwardedClassification}): a redirect that keeps a copy looks the same, and so does a forward set
 * up by a member of a group the recipient is. Not from a relay's Received "for <…>", nor X-Original-To or Envelope-To,
 * which carry the address as mailed into every member's delivered copy.
 */
function unspelledForward(report: InboundReport, signedFor: string): ReportedEvent | null {
  const returned = report.returnedOriginal
  if (!returned?.deliveredFor.includes(signedFor)) return null
  if (returned.redirectedFrom.length > 0 && !returned.redirectedFrom.includes(signedFor)) return null
  let best: ReportedEvent | null = null
  for (const result of report.results) {
    const weight = WEIGHT[result.classification.disposition] ?? 0
    // (A delivery field naming the target too is no objection: its own server took it, then bounced it.)
    if (weight === 0 || returned.addressees.includes(result.address)) continue
    if (!best || weight > (WEIGHT[best.classification.disposition] ?? 0)) best = result
  }
  return best
}

function outcomeOf(report: InboundReport, untrusted: (UntrustedWhy | null)[]): InboundMessageRow['outcome'] {
  if (report.notBounce) return 'not_bounce'
  if (report.results.length === 0) return 'unparsable'
  return untrusted.some((why) => why === null) ? 'applied' : 'recorded'
}

/**
 * A re-delivered bounce (same Message-ID, same recipient) is the same event; without a Message-ID the content
 * decides (`status` is the stated code: null, never the pseudo one), with the bounce's Date and the returned
 * original's Message-ID when it has them: qmail's notices carry no Message-ID, and the same refusal of three days'
 * messages is three failures, not one. Stored ids dedupe re-deliveries, so these inputs must stay as they are.
 */
async function eventId(report: InboundReport, event: ReportedEvent): Promise<string> {
  const dated = report.date || event.messageId ? [report.date ?? null, event.messageId] : []
  const key =
    report.messageId ?? (await fingerprint([event.address, event.diagnostic, event.status, ...dated]))
  return (await fingerprint([key, event.address])).slice(0, 32)
}

/** Records the message in D1, applied or not (see `store/inbound-messages.ts`). */
export async function recordMessage(
  env: Env,
  entry: {
    via: InboundMessageRow['via']
    report: InboundReport | null
    envelopeTo: string | null
    outcome: InboundMessageRow['outcome']
    why?: string
    receivedAt: string
  }
): Promise<void> {
  await insertInboundMessage(env.DB, {
    receivedAt: entry.receivedAt,
    via: entry.via,
    messageId: entry.report?.messageId ?? null,
    envelopeTo: entry.envelopeTo,
    kind: entry.report?.kind ?? null,
    results: entry.report?.results.length ?? 0,
    outcome: entry.outcome,
    why: entry.why ?? entry.report?.why ?? null,
  })
}
