/**
 * Delivering committed notifications: fan one out to the endpoints subscribed to its type (one `deliveries` row
 * each), make attempts, schedule retries (through the `NOTIFY` queue when bound; otherwise the every-minute
 * sweep picks them up), fail a delivery after the last attempt, and disable an endpoint failing for 5 days.
 * @module
 */
import { config } from '../config'
import type { Env } from '../env'
import { toHex } from '../lib/crypto'
import { log } from '../lib/log'
import { mapLimit } from '../lib/pool'
import {
  disableEndpoint,
  endpointsFor,
  recordEndpointOutcome,
  type SigningEndpoint,
  signingEndpoint,
} from '../store/endpoints'
import {
  type Delivery,
  dueDeliveries,
  ensureDeliveries,
  readDelivery,
  readNotification,
  recordAttempt,
} from '../store/notifications'
import { DISABLE_AFTER_MS, retryDelayMs } from './backoff'
import { postNotification } from './deliver'
import { sendSummary } from './forward'
import type { AnyNotification } from './types'

/** Endpoints called at once for one notification. */
const ENDPOINTS_IN_FLIGHT = 4
/** Queues accept a delay of at most 12 hours. */
const MAX_QUEUE_DELAY_S = 12 * 3600
/** With a queue, the sweep takes only deliveries this overdue (their queue message was lost). */
const QUEUE_GRACE_MS = 10 * 60_000

const iso = (ms: number) => new Date(ms).toISOString()

/**
 * Creates the deliveries of a notification and makes each one's first attempt (a repeat finds them made), then
 * sends its bounce-forwarding summary when one is due.
 */
export async function fanOut(env: Env, notification: AnyNotification, now: number): Promise<void> {
  const endpoints = await endpointsFor(env.DB, notification.type, iso(now))
  const rows = endpoints.map((e) => ({
    id: `dlv_${toHex(crypto.getRandomValues(new Uint8Array(12)))}`,
    endpointId: e.id,
    eventId: notification.id,
    type: notification.type,
  }))
  const deliveries = await ensureDeliveries(env.DB, rows, iso(now))
  const fresh = deliveries.filter((d) => d.status === 'pending' && d.attempts === 0)
  const byId = new Map(endpoints.map((e) => [e.id, e]))
  await mapLimit(fresh, ENDPOINTS_IN_FLIGHT, async (delivery) => {
    const endpoint = byId.get(delivery.endpoint_id)
    if (endpoint) await attempt(env, delivery, endpoint, notification, now)
  })
  await sendSummary(env, notification, now)
}

/** The next attempt of a pending delivery (a retry message, the sweep, or an operator's retry). */
export async function attemptById(env: Env, deliveryId: string, now: number): Promise<Delivery | null> {
  const delivery = await readDelivery(env.DB, deliveryId)
  if (!delivery || delivery.status !== 'pending') return delivery
  const [endpoint, notification] = await Promise.all([
    signingEndpoint(env.DB, delivery.endpoint_id, iso(now)),
    readNotification(env.DB, delivery.event_id),
  ])
  if (!endpoint?.enabled || !notification) {
    const error = !notification ? 'the event is no longer kept' : 'the endpoint is disabled'
    await recordAttempt(
      env.DB,
      delivery.id,
      { status: 'failed', statusCode: null, error, nextAttemptAt: null },
      iso(now)
    )
  } else await attempt(env, delivery, endpoint, notification, now)
  return readDelivery(env.DB, deliveryId)
}

async function attempt(
  env: Env,
  delivery: Delivery,
  endpoint: SigningEndpoint,
  notification: AnyNotification,
  now: number
): Promise<void> {
  const settings = config(env).notify
  const result = await postNotification(
    endpoint,
    notification.id,
    JSON.stringify(notification),
    now,
    settings.allowHttpEndpoints
  )
  const attempts = delivery.attempts + 1
  const delay = result.ok ? null : retryDelayMs(attempts, settings.retryScale)
  const status = result.ok ? 'delivered' : delay === null ? 'failed' : 'pending'
  const nextAttemptAt = delay === null ? null : iso(now + delay)
  await recordAttempt(env.DB, delivery.id, { ...result, status, nextAttemptAt }, iso(now))
  await recordEndpointOutcome(env.DB, endpoint.id, result.ok, iso(now))
  log(result.ok ? 'info' : 'warn', 'notify.attempt', {
    endpoint_id: endpoint.id,
    event_id: notification.id,
    delivery_id: delivery.id,
    type: notification.type,
    attempt: attempts,
    status_code: result.statusCode,
    outcome: status,
    error: result.error,
  })
  if (!result.ok && endpoint.failing_since && now - Date.parse(endpoint.failing_since) >= DISABLE_AFTER_MS) {
    await disableEndpoint(env.DB, endpoint.id, 'every attempt failed for 5 days', iso(now))
    log('warn', 'notify.endpoint_disabled', {
      endpoint_id: endpoint.id,
      failing_since: endpoint.failing_since,
    })
    return
  }
  if (delay !== null && env.NOTIFY)
    await env.NOTIFY.send(
      { kind: 'attempt', deliveryId: delivery.id },
      { delaySeconds: Math.min(Math.ceil(delay / 1000), MAX_QUEUE_DELAY_S) }
    )
}

/**
 * Attempts the pending deliveries that are due: the retry path without a queue, and a safety net behind it (a
 * lost message), run by the every-minute cron. Returns how many it attempted.
 */
export async function sweepDueDeliveries(env: Env, now: number, limit = 50): Promise<number> {
  const dueBy = env.NOTIFY ? now - QUEUE_GRACE_MS : now
  const due = await dueDeliveries(env.DB, iso(dueBy), limit)
  await mapLimit(due, ENDPOINTS_IN_FLIGHT, (d) => attemptById(env, d.id, now))
  return due.length
}
