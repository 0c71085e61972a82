/**
 * Schemas of the events an application reports (POST /v1/events, RicochetRpc.report).
 * @module
 */
import { z } from 'zod'
import { isScopeName } from '../lib/tenancy'
import { isoTime, WebhookReceipt } from './schemas'

/** Events per report, as for `/webhooks/standard`. */
export const REPORT_MAX_EVENTS = 1000
/** Reports of at most this many events answer each event's classification. */
export const REPORT_RESULTS_MAX = 100

/** One event the application saw: a synchronous SMTP refusal, a provider's send-time error, a delivery. */
/** A tenant or stream name (src/lib/tenancy.ts). */
const scopeName = z
  .string()
  .refine(
    isScopeName,
    'must be 1 to 100 letters, digits, ".", "_", ":" or "-", starting with a letter or digit'
  )

export const ReportedEvent = z
  .object({
    id: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .meta({ description: 'Dedupe key; when absent, a hash of the event content is.' }),
    address: z.string().max(320),
    type: z.enum(['bounce', 'complaint', 'delivered', 'deferred']),
    reply_code: z
      .string()
      .regex(/^[2-5]\d\d$/, 'must be a 3-digit SMTP reply code')
      .nullish(),
    status: z
      .string()
      .regex(/^[245]\.\d{1,3}\.\d{1,3}$/, 'must be an enhanced status code such as 5.1.1')
      .nullish(),
    diagnostic: z.string().max(5000).nullish(),
    provider: z
      .string()
      .regex(/^[a-z0-9][a-z0-9_-]{0,49}$/, 'must be 1 to 50 lowercase letters, digits, "_" or "-"')
      .nullish()
      .meta({ description: 'Who refused or reported it; default "app".' }),
    message_id: z.string().max(300).nullish(),
    occurred_at: isoTime.nullish(),
    tenant: scopeName
      .nullish()
      .meta({ description: "The tenant the mail was sent for (default: the body's, else `default`)." }),
    stream: scopeName
      .nullish()
      .meta({ description: "Its stream, e.g. `marketing` (default: the body's, else unknown)." }),
  })
  .meta({ id: 'ReportedEvent' })

export const ReportBody = z.object({
  tenant: scopeName.optional().meta({ description: "Default tenant of the body's events." }),
  stream: scopeName.optional().meta({ description: "Default stream of the body's events." }),
  events: z
    .array(z.unknown())
    .max(REPORT_MAX_EVENTS, `at most ${REPORT_MAX_EVENTS} events per report`)
    .meta({ description: 'Up to 1000 ReportedEvent objects; each is validated on its own.' }),
})

/** The body as /openapi.json documents it: each entry a ReportedEvent (the route validates them one by one). */
export const ReportBodyDocumented = z.object({
  tenant: scopeName.optional(),
  stream: scopeName.optional(),
  events: z.array(ReportedEvent).max(REPORT_MAX_EVENTS),
})

export const ReportedResult = z.object({
  index: z.number(),
  event_id: z.string(),
  address: z.string(),
  provider: z.string(),
  type: z.string(),
  reason: z.string(),
  disposition: z.string(),
  hardbounce: z.boolean(),
  rule: z.string(),
  duplicate: z.boolean().nullable().meta({ description: 'null when the event was queued.' }),
  check: z.enum(['send', 'defer', 'drop']).nullable().meta({ description: "The address's check after it." }),
})

export const ReportReceipt = WebhookReceipt.extend({
  errors: z.array(
    z.object({
      index: z.number(),
      code: z.enum(['invalid_request', 'invalid_address']),
      message: z.string(),
    })
  ),
  results: z
    .array(ReportedResult)
    .optional()
    .meta({ description: 'Each valid event, by index, when the report has at most 100.' }),
}).meta({ id: 'ReportReceipt' })
