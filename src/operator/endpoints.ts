/**
 * Notification endpoints (admin): create (the signing secret is returned once), change, read a page of an
 * endpoint's delivery log and retry a failed delivery. Shared by /v1/endpoints and the dashboard, so the URL
 * rules, the validation and the effects are the same on both.
 * @module
 */
import { config } from '../config'
import type { Env } from '../env'
import { toHex } from '../lib/crypto'
import { decodeCursor, encodeCursor } from '../lib/cursor'
import { ApiError, storeCall } from '../lib/errors'
import { newStandardWebhookSecret } from '../lib/standard-webhooks'
import { attemptById } from '../notify/dispatch'
import type { NotificationType } from '../notify/types'
import { refuseEndpointUrl } from '../notify/url-rules'
import {
  type Endpoint,
  type EndpointPatch,
  insertEndpoint,
  readEndpoint,
  updateEndpoint,
} from '../store/endpoints'
import {
  type Delivery,
  type DeliveryStatus,
  listDeliveries,
  readDelivery,
  reopenDelivery,
} from '../store/notifications'

const nowIso = (now: number) => new Date(now).toISOString()

/** The URL, or a 400 naming why it is refused. */
function checkedUrl(env: Env, url: string): string {
  const refused = refuseEndpointUrl(url, config(env).notify.allowHttpEndpoints)
  if (refused) throw new ApiError('invalid_request', `"url" is refused: ${refused}.`)
  return url
}

/** The endpoint `id` names, or 404. */
export async function findEndpoint(db: D1Database, id: string): Promise<Endpoint> {
  const endpoint = /^ep_[0-9a-f]{1,64}$/.test(id) ? await storeCall(() => readEndpoint(db, id)) : null
  if (!endpoint) throw new ApiError('not_found', 'There is no endpoint with this id.')
  return endpoint
}

/** A new enabled endpoint and its `whsec_` secret (returned here only). */
export async function createEndpoint(
  env: Env,
  body: { url: string; events?: NotificationType[]; description?: string },
  now: number
): Promise<{ endpoint: Endpoint; secret: string }> {
  const url = checkedUrl(env, body.url)
  const secret = newStandardWebhookSecret()
  const input = {
    id: `ep_${toHex(crypto.getRandomValues(new Uint8Array(8)))}`,
    url,
    events: body.events ? [...new Set(body.events)] : null,
    description: body.description ?? null,
  }
  const endpoint = await storeCall(() => insertEndpoint(env.DB, input, secret, nowIso(now)))
  return { endpoint, secret }
}

/** Applies a change (a new URL is checked again; enabling clears the failure record); 404 for an unknown id. */
export async function changeEndpoint(
  env: Env,
  id: string,
  body: EndpointPatch,
  now: number
): Promise<Endpoint> {
  await findEndpoint(env.DB, id)
  const patch = {
    ...body,
    ...(body.url === undefined ? {} : { url: checkedUrl(env, body.url) }),
    ...(body.events ? { events: [...new Set(body.events)] } : {}),
  }
  const updated = await storeCall(() => updateEndpoint(env.DB, id, patch, nowIso(now)))
  if (!updated) throw new ApiError('not_found', 'There is no endpoint with this id.')
  return updated
}

const isDeliveryCursor = (v: unknown): v is [string, string] =>
  Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'string')

/** One page of an endpoint's deliveries, newest first, and the cursor of the next (null on the last). */
export async function deliveryPage(
  db: D1Database,
  endpointId: string,
  query: { status?: DeliveryStatus; cursor?: string; limit: number }
): Promise<{ items: Delivery[]; next_cursor: string | null }> {
  const before = decodeCursor(query.cursor, isDeliveryCursor) ?? undefined
  const rows = await storeCall(() =>
    listDeliveries(db, endpointId, { status: query.status, before, limit: query.limit })
  )
  const last = rows.length === query.limit ? rows[rows.length - 1] : undefined
  return { items: rows, next_cursor: last ? encodeCursor([last.created_at, last.id]) : null }
}

/**
 * Makes a failed delivery of this endpoint pending again and attempts it once now (at most 15 s; its schedule
 * is spent, so a failure leaves it failed again). 404 for another endpoint's delivery, 400 unless it failed.
 */
export async function retryDelivery(
  env: Env,
  endpointId: string,
  deliveryId: string,
  now: number
): Promise<Delivery> {
  const delivery = deliveryId.length <= 100 ? await storeCall(() => readDelivery(env.DB, deliveryId)) : null
  if (!delivery || delivery.endpoint_id !== endpointId)
    throw new ApiError('not_found', 'This endpoint has no delivery with this id.')
  if (!(await storeCall(() => reopenDelivery(env.DB, deliveryId, nowIso(now)))))
    throw new ApiError(
      'invalid_request',
      `Only a failed delivery can be retried; this one is ${delivery.status}.`
    )
  const after = await storeCall(() => attemptById(env, deliveryId, now))
  return after ?? delivery
}
