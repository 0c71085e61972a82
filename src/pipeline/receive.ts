/**
 * What both doors for raw bounces (the email() handler and POST /v1/inbound) do with a message: parse it into
 * events, give each a stable id, apply them, and record the message in D1.
 * @module
 */

import type { Env } from '../env'
import type { BounceEvent } from '../events'
import { type InboundReport, parseBounce, type ReportedEvent } from '../inbound/parse'
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
  for (const reported of report.results) {
    // What only the report knows (its pseudo status, the DSN action) is answered, not stored.
    const { pseudoStatus, action, ...event } = reported
    events.push({
      id: await eventId(report.messageId, reported),
      provider: 'inbound',
      occurredAt: options.receivedAt,
      ...event,
    })
  }
  const applied = await applyEvents(env, events, options.receivedAt, Date.parse(options.receivedAt))
  await recordMessage(env, {
    via: options.via,
    report,
    envelopeTo: options.envelopeTo ?? null,
    outcome: report.results.length > 0 ? 'applied' : 'unparsable',
    receivedAt: options.receivedAt,
  })
  return { report, applied }
}

/**
 * A re-delivered bounce (same Message-ID, same recipient) is the same event; without a Message-ID the content
 * decides (`status` is the stated code: null, never the pseudo one). Stored ids dedupe re-deliveries, so these
 * inputs must stay as they are.
 */
async function eventId(messageId: string | null, event: ReportedEvent): Promise<string> {
  const key = messageId ?? (await fingerprint([event.address, event.diagnostic, event.status]))
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
