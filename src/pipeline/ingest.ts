/**
 * Large deliveries through a Cloudflare Queue. A provider batch of more than `INLINE_EVENT_LIMIT` events (SendGrid
 * sends up to thousands per POST) would otherwise wait on one Durable Object call per address before it could be
 * answered; instead its events are written to the `INGEST` queue (durable once `sendBatch` resolves) and the
 * provider is answered at once. The consumer applies them through the same path as inline events, and a failed
 * store makes it retry the message with backoff; the ledgers' dedupe makes every retry (ours or the provider's)
 * harmless. Without a queue binding every delivery is applied inline.
 * @module
 */

import type { Env } from '../env'
import type { BounceEvent, IngestMessage } from '../events'
import { describeError, log } from '../lib/log'
import { mapLimit } from '../lib/pool'
import { storeDeadLetters } from '../store/dead-letters'
import { getEvent } from '../store/queries'
import { applyEvents, groupByAddress, logApplied } from './apply'

/** Queues cap a message at 128 KB and a `sendBatch` at 100 messages / 256 KB: stay well under both. */
const MESSAGE_BYTES = 48 * 1024
const MESSAGE_EVENTS = 100
const BATCH_MESSAGES = 100
const BATCH_BYTES = 192 * 1024
/** Consumer backoff after a store failure: 10 s, 20 s, 40 s … capped at 10 minutes. */
const RETRY_BASE_SECONDS = 10
const RETRY_MAX_SECONDS = 600
/** A later part of one address waits this long for the part before it, at most this many tries. */
const ORDER_WAIT_SECONDS = 5
const ORDER_WAIT_ATTEMPTS = 8
/** Messages of one consumer batch applied at once (each with its own bounded ledger fan-out). */
const MESSAGES_IN_FLIGHT = 4

/**
 * Groups events by address into messages under the size limits, in payload order. An address whose events do
 * not fit one message gets messages of its own, chained by `after` (see {@link IngestMessage}).
 */
export function toMessages(
  events: readonly BounceEvent[],
  meta: Omit<IngestMessage, 'events'>
): { message: IngestMessage; bytes: number }[] {
  const out: { message: IngestMessage; bytes: number }[] = []
  let current: BounceEvent[] = []
  let bytes = 0
  const flush = () => {
    if (current.length > 0) out.push({ message: { ...meta, events: current }, bytes: bytes + 200 })
    current = []
    bytes = 0
  }
  for (const group of groupByAddress(events, (event) => event.address).values()) {
    const sizes = group.map((e) => JSON.stringify(e).length)
    const size = sizes.reduce((n, s) => n + s, 0)
    if (size > MESSAGE_BYTES || group.length > MESSAGE_EVENTS) {
      flush()
      out.push(...splitAddress(group, sizes, meta))
      continue
    }
    if (
      current.length > 0 &&
      (bytes + size > MESSAGE_BYTES || current.length + group.length > MESSAGE_EVENTS)
    )
      flush()
    current.push(...group)
    bytes += size
  }
  flush()
  return out
}

/** One address's events in parts under the limits, each part naming the last event of the one before. */
function splitAddress(
  group: BounceEvent[],
  sizes: number[],
  meta: Omit<IngestMessage, 'events'>
): { message: IngestMessage; bytes: number }[] {
  const out: { message: IngestMessage; bytes: number }[] = []
  let after: IngestMessage['after']
  let part: BounceEvent[] = []
  let bytes = 0
  const push = () => {
    out.push({ message: { ...meta, events: part, ...(after ? { after } : {}) }, bytes: bytes + 400 })
    const last = part[part.length - 1]!
    after = { address: last.address, eventId: `${last.provider}:${last.id}` }
    part = []
    bytes = 0
  }
  group.forEach((event, i) => {
    if (part.length > 0 && (bytes + sizes[i]! > MESSAGE_BYTES || part.length >= MESSAGE_EVENTS)) push()
    part.push(event)
    bytes += sizes[i]!
  })
  if (part.length > 0) push()
  return out
}

/** Writes the events to the queue; resolves once the queue holds them all (throws if it could not). */
export async function enqueueEvents(
  queue: Queue<IngestMessage>,
  events: readonly BounceEvent[],
  meta: Omit<IngestMessage, 'events'>
): Promise<number> {
  const messages = toMessages(events, meta)
  let batch: MessageSendRequest<IngestMessage>[] = []
  let bytes = 0
  const sends: Promise<unknown>[] = []
  for (const { message, bytes: size } of messages) {
    if (batch.length > 0 && (batch.length >= BATCH_MESSAGES || bytes + size > BATCH_BYTES)) {
      sends.push(queue.sendBatch(batch))
      batch = []
      bytes = 0
    }
    batch.push({ body: message, contentType: 'json' })
    bytes += size
  }
  if (batch.length > 0) sends.push(queue.sendBatch(batch))
  await Promise.all(sends)
  return messages.length
}

/** Queue consumer: applies each message's events; a store failure retries that message alone, with backoff. */
export async function consumeIngest(batch: MessageBatch<IngestMessage>, env: Env): Promise<void> {
  if (batch.queue.endsWith('-dlq')) return keepDeadLetters(batch, env)
  // Messages hold distinct addresses (the parts of one address wait for each other), so they run side by side.
  await mapLimit(batch.messages, MESSAGES_IN_FLIGHT, (message) => consumeOne(message, env))
}

async function consumeOne(message: Message<IngestMessage>, env: Env): Promise<void> {
  const { provider, receivedAt, requestId, events, after } = message.body
  try {
    if (
      after &&
      message.attempts < ORDER_WAIT_ATTEMPTS &&
      !(await getEvent(env.DB, after.eventId, after.address))
    ) {
      // The part before this one is not applied yet: wait for it (after enough waits, order yields to progress).
      log('info', 'ingest.waiting', { provider, request_id: requestId, attempts: message.attempts })
      message.retry({ delaySeconds: ORDER_WAIT_SECONDS })
      return
    }
    const applied = await applyEvents(env, events, receivedAt)
    await logApplied(env, provider, applied, { request_id: requestId, via: 'queue' })
    message.ack()
  } catch (err) {
    const delaySeconds = Math.min(RETRY_BASE_SECONDS * 2 ** (message.attempts - 1), RETRY_MAX_SECONDS)
    log('error', 'ingest.retry', {
      provider,
      request_id: requestId,
      events: events.length,
      attempts: message.attempts,
      delay_s: delaySeconds,
      error: describeError(err),
    })
    message.retry({ delaySeconds })
  }
}

/**
 * Dead-letter consumer: a message that failed every retry is kept whole in D1 (`dead_letters`) for an operator to
 * see and replay, then acknowledged; if D1 is down too, the dead-letter queue retries it.
 */
async function keepDeadLetters(batch: MessageBatch<IngestMessage>, env: Env): Promise<void> {
  try {
    await storeDeadLetters(
      env.DB,
      batch.messages.map((m) => ({ id: m.id, body: m.body })),
      new Date().toISOString()
    )
    for (const m of batch.messages) {
      log('error', 'ingest.dead_letter', {
        provider: m.body.provider,
        request_id: m.body.requestId,
        events: m.body.events.length,
        dead_letter_id: m.id,
      })
      m.ack()
    }
  } catch (err) {
    log('error', 'ingest.dead_letter_unstored', {
      error: describeError(err),
      messages: batch.messages.length,
    })
    batch.retryAll({ delaySeconds: RETRY_MAX_SECONDS })
  }
}
