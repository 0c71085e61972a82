/**
 * Applying a parsed delivery: inline, or through the INGEST queue when it is large. Shared by the provider
 * webhooks and the events an application reports (`POST /v1/events`, the `RicochetRpc` entrypoint).
 * @module
 */
import { config } from '../config'
import type { Env } from '../env'
import type { BounceEvent } from '../events'
import { storeCall } from '../lib/errors'
import { log } from '../lib/log'
import { type AppliedEvent, applyEvents, logApplied } from './apply'
import { enqueueEvents } from './ingest'

export interface DeliveryContext {
  /** The door's name for logs and queue messages (a provider, or `app`). */
  source: string
  now: number
  requestId: string
  /** `Date.now()` when the request arrived, for the log's `ms`. */
  started: number
}

/**
 * Applies the events inline, or, for a batch above `INLINE_EVENT_LIMIT` with a queue bound, writes them to the
 * queue, whose consumer applies them within seconds (src/pipeline/ingest.ts). Resolves once they are durable.
 */
export async function deliverEvents(
  env: Env,
  events: BounceEvent[],
  context: DeliveryContext
): Promise<{ applied: AppliedEvent[]; queued: number }> {
  const { source, now, requestId, started } = context
  const receivedAt = new Date(now).toISOString()
  const queue = env.INGEST
  if (queue !== undefined && events.length > config(env).inlineEventLimit) {
    const messages = await storeCall(() =>
      enqueueEvents(queue, events, { provider: source, receivedAt, requestId })
    )
    log('info', 'webhook.queued', {
      provider: source,
      events: events.length,
      messages,
      request_id: requestId,
      ms: Date.now() - started,
    })
    return { applied: [], queued: events.length }
  }
  const applied = await applyEvents(env, events, receivedAt, now)
  await logApplied(env, source, applied, { request_id: requestId, ms: Date.now() - started })
  return { applied, queued: 0 }
}

/** The receipt's counts of what was applied: new events and duplicates the ledgers absorbed. */
export function countApplied(applied: readonly AppliedEvent[]): { applied: number; duplicates: number } {
  const duplicates = applied.filter((a) => a.duplicate).length
  return { applied: applied.length - duplicates, duplicates }
}
