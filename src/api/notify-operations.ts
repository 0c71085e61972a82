/**
 * The notification routes as data for the OpenAPI document (joined into OPERATIONS by operations.ts): endpoints,
 * their deliveries, and the change feed.
 * @module
 */
import type { z } from 'zod'
import {
  ChangesPage,
  ChangesQuery,
  Delivery,
  DeliveryPage,
  DeliveryQuery,
  Endpoint,
  EndpointCreateBody,
  EndpointCreated,
  EndpointList,
  EndpointPatchBody,
  EndpointSecret,
} from './notify-schemas'
import type { Operation } from './operation'

const json = (schema: z.ZodType) => ({
  type: 'application/json',
  schema,
})

export const NOTIFY_OPERATIONS: readonly Operation[] = [
  {
    method: 'post',
    path: '/v1/endpoints',
    tag: 'notifications',
    summary: 'Add a notification endpoint',
    description:
      'Signed Standard Webhooks POSTs of suppression.created, suppression.lifted, suppression.expired and event.applied. The URL must be https:// without credentials and not a private, loopback or link-local IP literal (400 says why). The secret is shown once.',
    auth: 'admin',
    body: json(EndpointCreateBody),
    ok: { status: 201, description: 'The endpoint and its secret', schema: EndpointCreated },
    errors: [400, 401, 403, 413, 415, 503],
  },
  {
    method: 'get',
    path: '/v1/endpoints',
    tag: 'notifications',
    summary: 'List endpoints (no secrets)',
    auth: 'admin',
    ok: { status: 200, description: 'Endpoints', schema: EndpointList },
    errors: [401, 403, 503],
  },
  {
    method: 'get',
    path: '/v1/endpoints/{id}',
    tag: 'notifications',
    summary: 'One endpoint (no secret)',
    description: 'A disabled endpoint shows `disabled_at` and `disabled_reason`.',
    auth: 'admin',
    ok: { status: 200, description: 'The endpoint', schema: Endpoint },
    errors: [401, 403, 404, 503],
  },
  {
    method: 'patch',
    path: '/v1/endpoints/{id}',
    tag: 'notifications',
    summary: 'Change an endpoint',
    description: '`enabled: true` re-enables a disabled endpoint and clears its failure record.',
    auth: 'admin',
    body: json(EndpointPatchBody),
    ok: { status: 200, description: 'The endpoint', schema: Endpoint },
    errors: [400, 401, 403, 404, 413, 415, 503],
  },
  {
    method: 'delete',
    path: '/v1/endpoints/{id}',
    tag: 'notifications',
    summary: 'Delete an endpoint and its delivery log',
    auth: 'admin',
    ok: { status: 204, description: 'Deleted' },
    errors: [401, 403, 404, 503],
  },
  {
    method: 'post',
    path: '/v1/endpoints/{id}/rotate-secret',
    tag: 'notifications',
    summary: 'New signing secret',
    description: 'For 24 h both secrets sign (two `v1,` entries in webhook-signature).',
    auth: 'admin',
    ok: { status: 200, description: 'The new secret, shown once', schema: EndpointSecret },
    errors: [401, 403, 404, 503],
  },
  {
    method: 'get',
    path: '/v1/endpoints/{id}/deliveries',
    tag: 'notifications',
    summary: "An endpoint's deliveries, newest first",
    auth: 'admin',
    query: DeliveryQuery,
    ok: { status: 200, description: 'Deliveries', schema: DeliveryPage },
    errors: [400, 401, 403, 404, 503],
  },
  {
    method: 'post',
    path: '/v1/endpoints/{id}/deliveries/{delivery}/retry',
    tag: 'notifications',
    summary: 'Send a failed delivery again',
    description: 'One attempt now; the answer is the delivery afterwards. 400 if it is not failed.',
    auth: 'admin',
    ok: { status: 200, description: 'The delivery', schema: Delivery },
    errors: [400, 401, 403, 404, 503],
  },
  {
    method: 'get',
    path: '/v1/changes',
    tag: 'notifications',
    summary: 'The change feed',
    description:
      'Every notification in commit order (the same objects and ids as the webhooks), kept HISTORY_RETENTION_DAYS. Without `after`, from the oldest kept. `wait` (≤ 25 s) answers as soon as something arrives.',
    auth: 'read',
    query: ChangesQuery,
    ok: { status: 200, description: 'Notifications', schema: ChangesPage },
    errors: [400, 401, 403, 503],
  },
]
