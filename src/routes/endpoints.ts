/**
 * Notification endpoints (scope `admin`): create (the signing secret is shown once), list, read, update, delete,
 * rotate the secret (the old one keeps signing for 24 h), and each endpoint's delivery log with manual retry.
 * @module
 */

import { Hono } from 'hono'
import { documented } from '../api/documented'
import {
  DeliveryPage,
  DeliveryQuery,
  Delivery as DeliverySchema,
  EndpointCreateBody,
  EndpointCreated,
  EndpointList,
  EndpointPatchBody,
  Endpoint as EndpointSchema,
  EndpointSecret,
} from '../api/notify-schemas'
import { validate } from '../api/schemas'
import { config } from '../config'
import type { AppEnv } from '../env'
import { toHex } from '../lib/crypto'
import { decodeCursor, encodeCursor } from '../lib/cursor'
import { ApiError, storeCall } from '../lib/errors'
import { parseJsonBytes } from '../lib/json'
import { newStandardWebhookSecret } from '../lib/standard-webhooks'
import { DAY_MS } from '../lib/time'
import { requireScope } from '../middleware/auth'
import { limitBody } from '../middleware/body-limit'
import { requireJson } from '../middleware/content-type'
import { attemptById } from '../notify/dispatch'
import { refuseEndpointUrl } from '../notify/url-rules'
import {
  deleteEndpoint,
  type Endpoint,
  insertEndpoint,
  listEndpoints,
  readEndpoint,
  rotateEndpointSecret,
  updateEndpoint,
} from '../store/endpoints'
import { type Delivery, listDeliveries, readDelivery, reopenDelivery } from '../store/notifications'

export const endpoints = new Hono<AppEnv>()

endpoints.use('*', requireScope('admin'))

const BODY_LIMIT = 16 * 1024

/** The URL, or a 400 naming why it is refused. */
function checkedUrl(url: string, allowHttp: boolean): string {
  const refused = refuseEndpointUrl(url, allowHttp)
  if (refused) throw new ApiError('invalid_request', `"url" is refused: ${refused}.`)
  return url
}

/** The endpoint `id` names, or 404. */
async function found(db: D1Database, id: string): Promise<Endpoint> {
  const endpoint = /^ep_[0-9a-f]{1,64}$/.test(id) ? await storeCall(() => readEndpoint(db, id)) : null
  if (!endpoint) throw new ApiError('not_found', 'There is no endpoint with this id.')
  return endpoint
}

const nowIso = (now: () => number) => new Date(now()).toISOString()

endpoints.post('/', limitBody(BODY_LIMIT), requireJson(), async (c) => {
  const body = validate(EndpointCreateBody, parseJsonBytes(new Uint8Array(await c.req.arrayBuffer())))
  const url = checkedUrl(body.url, config(c.env).notify.allowHttpEndpoints)
  const secret = newStandardWebhookSecret()
  const input = {
    id: `ep_${toHex(crypto.getRandomValues(new Uint8Array(8)))}`,
    url,
    events: body.events ? [...new Set(body.events)] : null,
    description: body.description ?? null,
  }
  const endpoint = await storeCall(() => insertEndpoint(c.env.DB, input, secret, nowIso(c.get('now'))))
  return c.json(documented(EndpointCreated, { ...endpoint, secret }), 201)
})

endpoints.get('/', async (c) =>
  c.json(documented(EndpointList, { items: await storeCall(() => listEndpoints(c.env.DB)) }))
)

endpoints.get('/:id', async (c) =>
  c.json(documented(EndpointSchema, await found(c.env.DB, c.req.param('id'))))
)

endpoints.patch('/:id', limitBody(BODY_LIMIT), requireJson(), async (c) => {
  const body = validate(EndpointPatchBody, parseJsonBytes(new Uint8Array(await c.req.arrayBuffer())))
  await found(c.env.DB, c.req.param('id'))
  const patch = {
    ...body,
    ...(body.url === undefined ? {} : { url: checkedUrl(body.url, config(c.env).notify.allowHttpEndpoints) }),
    ...(body.events ? { events: [...new Set(body.events)] } : {}),
  }
  const updated = await storeCall(() =>
    updateEndpoint(c.env.DB, c.req.param('id'), patch, nowIso(c.get('now')))
  )
  if (!updated) throw new ApiError('not_found', 'There is no endpoint with this id.')
  return c.json(documented(EndpointSchema, updated))
})

endpoints.delete('/:id', async (c) => {
  const { id } = await found(c.env.DB, c.req.param('id'))
  await storeCall(() => deleteEndpoint(c.env.DB, id))
  return c.body(null, 204)
})

endpoints.post('/:id/rotate-secret', async (c) => {
  const { id } = await found(c.env.DB, c.req.param('id'))
  const now = c.get('now')()
  const secret = newStandardWebhookSecret()
  const until = new Date(now + DAY_MS).toISOString()
  await storeCall(() => rotateEndpointSecret(c.env.DB, id, secret, new Date(now).toISOString(), until))
  return c.json(documented(EndpointSecret, { id, secret, previous_secret_valid_until: until }))
})

const isDeliveryCursor = (v: unknown): v is [string, string] =>
  Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'string')

/** A delivery without its endpoint id (the path names it). */
const deliveryJson = ({ endpoint_id: _, ...rest }: Delivery) => rest

endpoints.get('/:id/deliveries', async (c) => {
  const { id } = await found(c.env.DB, c.req.param('id'))
  const query = validate(DeliveryQuery, c.req.query())
  const before = decodeCursor(query.cursor, isDeliveryCursor) ?? undefined
  const rows = await storeCall(() =>
    listDeliveries(c.env.DB, id, { status: query.status, before, limit: query.limit })
  )
  const last = rows.length === query.limit ? rows[rows.length - 1] : undefined
  return c.json(
    documented(DeliveryPage, {
      items: rows.map(deliveryJson),
      next_cursor: last ? encodeCursor([last.created_at, last.id]) : null,
    })
  )
})

endpoints.post('/:id/deliveries/:delivery/retry', async (c) => {
  const { id } = await found(c.env.DB, c.req.param('id'))
  const deliveryId = c.req.param('delivery')
  const delivery = deliveryId.length <= 100 ? await storeCall(() => readDelivery(c.env.DB, deliveryId)) : null
  if (!delivery || delivery.endpoint_id !== id)
    throw new ApiError('not_found', 'This endpoint has no delivery with this id.')
  const now = c.get('now')()
  if (!(await storeCall(() => reopenDelivery(c.env.DB, deliveryId, new Date(now).toISOString()))))
    throw new ApiError(
      'invalid_request',
      `Only a failed delivery can be retried; this one is ${delivery.status}.`
    )
  // One attempt now (at most 15 s); its schedule is spent, so a failure leaves it failed again.
  const after = await storeCall(() => attemptById(c.env, deliveryId, now))
  return c.json(documented(DeliverySchema, deliveryJson(after ?? delivery)))
})
