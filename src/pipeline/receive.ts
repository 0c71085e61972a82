/**
 * What both doors for raw bounces (the email() handler and POST /v1/inbound) do with a message: parse it, turn
 * each result into an event with a stable id, apply, and record the message in D1.
 * @module
 */

import type { Env } from '../env'
import type { BounceEvent } from '../events'
import { type InboundReport, parseBounce } from '../inbound/parse'
import { fingerprint } from '../lib/canonical'
import { type InboundMessageRow, insertInboundMessage } from '../store/inbound-messages'
import { type AppliedEvent, applyEvents } from './apply'

export interface Received {
  report: InboundReport
  applied: AppliedEvent[]
}

/** Parses and applies; throws `StoreUnavailableError` when a store failed (nothing is half-applied). */
export async function receiveBounce(
  env: Env,
  raw: Uint8Array,
  options: { via: 'email' | 'api'; recipient?: string; envelopeTo?: string | null; receivedAt: string }
): Promise<Received> {
  const report = await parseBounce(raw, { recipient: options.recipient })
  const events: BounceEvent[] = []
  for (const r of report.results) {
    // History keeps what the report says: a pseudo status (the class only) is not stored as if it were reported.
    const status = r.pseudoStatus ? null : r.status
    // A re-delivered bounce (same Message-ID, same recipient) is the same event; without a Message-ID the
    // content decides.
    const key = report.messageId ?? (await fingerprint([r.recipient, r.diagnostic, status]))
    events.push({
      id: (await fingerprint([key, r.recipient])).slice(0, 32),
      provider: 'inbound',
      kind:
        r.reason === 'feedback'
          ? 'complaint'
          : r.reason === 'delivered'
            ? 'delivered'
            : r.action?.startsWith('delayed')
              ? 'deferred'
              : 'bounce',
      address: r.recipient,
      occurredAt: options.receivedAt,
      replyCode: r.replycode,
      status,
      diagnostic: r.diagnostic,
      providerType: r.reason === 'vacation' ? 'autoresponder' : null,
      feedbackType: r.feedbacktype,
      messageId: r.messageId,
      stage: r.command,
      fromReport: true,
      classification: {
        reason: r.reason,
        disposition: r.disposition,
        hardbounce: r.hardbounce,
        rule: r.rule,
        status,
        replyCode: r.replycode,
      },
    })
  }
  const applied = await applyEvents(env, events, options.receivedAt)
  await recordMessage(env, {
    via: options.via,
    report,
    envelopeTo: options.envelopeTo ?? null,
    outcome: report.results.length > 0 ? 'applied' : 'unparsable',
    receivedAt: options.receivedAt,
  })
  return { report, applied }
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
