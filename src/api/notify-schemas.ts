/**
 * Request and response schemas of the notification routes (endpoints, deliveries, the change feed); the routes
 * validate with them and /openapi.json documents them (src/api/notify-operations.ts).
 * @module
 */
import { z } from 'zod'
import { NOTIFICATION_TYPES } from '../notify/types'
import { limit, ScopeJson } from './schemas'

const notificationType = z.enum(NOTIFICATION_TYPES)

export const EndpointCreateBody = z.strictObject({
  url: z.string().min(1).max(2048),
  events: z
    .array(notificationType)
    .min(1)
    .max(NOTIFICATION_TYPES.length)
    .optional()
    .meta({ description: 'Types sent to this endpoint; omitted: every type.' }),
  description: z.string().max(500).optional(),
})

export const EndpointPatchBody = z.strictObject({
  url: z.string().min(1).max(2048).optional(),
  events: z.array(notificationType).min(1).max(NOTIFICATION_TYPES.length).nullable().optional(),
  enabled: z.boolean().optional(),
  description: z.string().max(500).nullable().optional(),
})

export const Endpoint = z
  .object({
    id: z.string(),
    url: z.string(),
    events: z.array(notificationType).nullable().meta({ description: 'null: every type.' }),
    description: z.string().nullable(),
    enabled: z.boolean(),
    created_at: z.string(),
    updated_at: z.string(),
    failing_since: z
      .string()
      .nullable()
      .meta({ description: 'First failed attempt since the last success.' }),
    disabled_at: z.string().nullable(),
    disabled_reason: z.string().nullable(),
  })
  .meta({ id: 'Endpoint' })

export const EndpointCreated = Endpoint.extend({
  secret: z.string().meta({ description: 'The whsec_ signing secret. Shown once.' }),
})
export const EndpointList = z.object({ items: z.array(Endpoint) })
export const EndpointSecret = z.object({
  id: z.string(),
  secret: z.string().meta({ description: 'The new whsec_ secret. Shown once.' }),
  previous_secret_valid_until: z.string(),
})

export const Delivery = z
  .object({
    id: z.string(),
    event_id: z.string(),
    type: z.string(),
    status: z.enum(['pending', 'delivered', 'failed']),
    attempts: z.number(),
    last_status_code: z.number().nullable(),
    last_error: z.string().nullable(),
    next_attempt_at: z.string().nullable(),
    created_at: z.string(),
  })
  .meta({ id: 'Delivery' })

export const DeliveryQuery = z.object({
  status: z.enum(['pending', 'delivered', 'failed']).optional(),
  cursor: z.string().max(500).optional(),
  limit: limit(500),
})
export const DeliveryPage = z.object({ items: z.array(Delivery), next_cursor: z.string().nullable() })

export const Notification = z
  .object({
    id: z.string().meta({ description: 'evt_…; the webhook-id header of its deliveries.' }),
    type: notificationType.exclude(['alert.threshold_crossed']),
    created_at: z.string(),
    data: z.object({
      address: z.string(),
      seq: z.number().meta({ description: 'Increases per address.' }),
      reason: z.string().nullable(),
      disposition: z.string().nullable(),
      source: z.string(),
      since: z.string().nullable(),
      expires_at: z.string().nullable(),
      explain: z.string().nullable(),
      scope: ScopeJson.optional().meta({ description: 'Where the change applied (docs/scopes.md).' }),
      tenant: z.string().nullable().optional().meta({ description: "The event's tenant, when known." }),
      stream: z.string().nullable().optional().meta({ description: "The event's stream, when known." }),
      event: z
        .object({
          event_id: z.string(),
          kind: z.string(),
          provider: z.string(),
          reason: z.string().nullable(),
          disposition: z.string().nullable(),
          rule: z.string().nullable(),
          status: z.string().nullable(),
          reply_code: z.string().nullable(),
          diagnostic: z.string().nullable(),
          occurred_at: z.string(),
          outcome: z.string(),
        })
        .nullable(),
    }),
  })
  .meta({ id: 'Notification' })

/** `alert.threshold_crossed`: a day's rate reached its ALERT_* threshold (docs/notifications.md). */
export const AlertNotification = z
  .object({
    id: z.string().meta({ description: 'evt_alert_{day}_{metric}: one per day and metric.' }),
    type: z.literal('alert.threshold_crossed'),
    created_at: z.string(),
    data: z.object({
      day: z.string().meta({ description: 'The UTC day, YYYY-MM-DD.' }),
      metric: z.enum(['bounce_rate', 'complaint_rate']),
      rate: z.number(),
      threshold: z.number(),
      rate_denominator: z.enum(['sent', 'delivered+bounced']),
      denominator: z.number(),
      min_sends: z.number(),
    }),
  })
  .meta({ id: 'AlertNotification' })

export const ChangesQuery = z.object({
  after: z
    .string()
    .max(200)
    .optional()
    .meta({ description: 'A next_cursor; omitted: from the oldest kept.' }),
  limit: limit(1000),
  wait: z.coerce
    .number()
    .int()
    .min(0)
    .max(25)
    .default(0)
    .meta({ description: 'Long poll: seconds to wait for a change when there is none yet.' }),
})
export const ChangesPage = z.object({
  items: z.array(z.union([Notification, AlertNotification])),
  next_cursor: z.string().meta({ description: 'Pass as `after`; returned even when items is empty.' }),
})
