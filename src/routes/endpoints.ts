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
import type { AppEnv } from '../env'
import { storeCall } from '../lib/errors'
import { parseJsonBytes } from '../lib/json'
import { newStandardWebhookSecret } from '../lib/standard-webhooks'
import { DAY_MS } from '../lib/time'
import { requireScope } from '../middleware/auth'
import { limitBody } from '../middleware/body-limit'
import { requireJson } from '../middleware/content-type'
import {
  changeEndpoint,
  createEndpoint,
  deliveryPage,
  findEndpoint,
  retryDelivery,
} from '../operator/endpoints'
import { deleteEndpoint, listEndpoints, rotateEndpointSecret } from '../store/endpoints'
import type { Delivery } from '../store/notifications'

export const endpoints = new Hono<AppEnv>()

endpoints.use('*', requireScope('admin'))

const BODY_LIMIT = 16 * 1024

endpoints.post('/', limitBody(BODY_LIMIT), requireJson(), async (c) => {
  const body = validate(EndpointCreateBody, parseJsonBytes(new Uint8Array(await c.req.arrayBuffer())))
  const { endpoint, secret } = await createEndpoint(c.env, body, c.get('now')())
  return c.json(documented(EndpointCreated, { ...endpoint, secret }), 201)
})

endpoints.get('/', async (c) =>
  c.json(documented(EndpointList, { items: await storeCall(() => listEndpoints(c.env.DB)) }))
)

endpoints.get('/:id', async (c) =>
  c.json(documented(EndpointSchema, await findEndpoint(c.env.DB, c.req.param('id'))))
)

endpoints.patch('/:id', limitBody(BODY_LIMIT), requireJson(), async (c) => {
  const body = validate(EndpointPatchBody, parseJsonBytes(new Uint8Array(await c.req.arrayBuffer())))
  const updated = await changeEndpoint(c.env, c.req.param('id'), body, c.get('now')())
  return c.json(documented(EndpointSchema, updated))
})

endpoints.delete('/:id', async (c) => {
  const { id } = await findEndpoint(c.env.DB, c.req.param('id'))
  await storeCall(() => deleteEndpoint(c.env.DB, id))
  return c.body(null, 204)
})

endpoints.post('/:id/rotate-secret', async (c) => {
  const { id } = await findEndpoint(c.env.DB, c.req.param('id'))
  const now = c.get('now')()
  const secret = newStandardWebhookSecret()
  const until = new Date(now + DAY_MS).toISOString()
  await storeCall(() => rotateEndpointSecret(c.env.DB, id, secret, new Date(now).toISOString(), until))
  return c.json(documented(EndpointSecret, { id, secret, previous_secret_valid_until: until }))
})

/** A delivery without its endpoint id (the path names it). */
const deliveryJson = ({ endpoint_id: _, ...rest }: Delivery) => rest

endpoints.get('/:id/deliveries', async (c) => {
  const { id } = await findEndpoint(c.env.DB, c.req.param('id'))
  const page = await deliveryPage(c.env.DB, id, validate(DeliveryQuery, c.req.query()))
  return c.json(documented(DeliveryPage, { ...page, items: page.items.map(deliveryJson) }))
})

endpoints.post('/:id/deliveries/:delivery/retry', async (c) => {
  const { id } = await findEndpoint(c.env.DB, c.req.param('id'))
  const after = await retryDelivery(c.env, id, c.req.param('delivery'), c.get('now')())
  return c.json(documented(DeliverySchema, deliveryJson(after)))
})
