/**
 * Request and response schemas: the routes validate with them and /openapi.json is generated from them, so the
 * documentation cannot drift from the behaviour.
 * @module
 */
import { z } from 'zod'
import { EVENT_KINDS } from '../events'
import { ApiError, ERROR_STATUS } from '../lib/errors'
import { SCOPES } from '../lib/scopes'

/** Validates `value`; the first problem becomes a 400 `invalid_request` naming the field. */
export function validate<S extends z.ZodType>(schema: S, value: unknown, where?: string): z.output<S> {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const path = issue?.path.length ? `"${issue.path.join('.')}"` : 'the body'
  throw new ApiError(
    'invalid_request',
    `${where ? `${where}: ` : ''}${path} ${issue?.message ?? 'is invalid'}.`
  )
}

export const isoTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}/, 'must be an ISO 8601 date or time')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO 8601 date or time')
  .transform((s) => new Date(Date.parse(s)).toISOString())
  .meta({ format: 'date-time', example: '2026-11-23T00:00:00Z' })

const token = z
  .string()
  .regex(/^[A-Za-z0-9_.:-]{1,50}$/, 'must be 1 to 50 letters, digits, "_", "-", "." or ":"')

const disposition = z.enum(['hard', 'soft', 'block', 'complaint', 'none', 'manual'])
export const limit = (max: number) =>
  z.coerce
    .number()
    .int()
    .min(1)
    .max(max)
    .default(100)
    .meta({ description: `Page size, 1 to ${max}.` })

// --- errors -----------------------------------------------------------------------------------------------

export const ErrorResponse = z
  .object({
    error: z.object({
      code: z.enum(
        Object.keys(ERROR_STATUS) as [keyof typeof ERROR_STATUS, ...(keyof typeof ERROR_STATUS)[]]
      ),
      message: z.string(),
      request_id: z.string().optional(),
    }),
  })
  .meta({ id: 'Error' })

// --- scopes (tenants and streams, src/lib/tenancy.ts) ----------------------------------------------------

export const ScopeJson = z
  .union([z.literal('global'), z.object({ tenant: z.string(), stream: z.string().nullable() })])
  .meta({
    id: 'Scope',
    description: '`"global"` (every tenant), or a tenant with one stream (`stream` null: every stream).',
  })

export const ScopeQuery = z.object({
  tenant: z.string().optional().meta({ description: 'Tenant (default `default`).' }),
  stream: z.string().optional().meta({ description: 'Stream (default `transactional`).' }),
})

// --- check ------------------------------------------------------------------------------------------------

export const Verdict = z
  .object({
    address: z.string(),
    action: z.enum(['send', 'defer', 'drop']),
    suppressed: z.boolean(),
    reason: z.string().nullable(),
    disposition: z.string().nullable(),
    since: z.string().nullable(),
    expires_at: z.string().nullable(),
    retry_after: z.string().nullable(),
    scope: ScopeJson.nullable().meta({
      description: 'The scope of the entry that decided; null when none did.',
    }),
    entry: z
      .enum(['address', 'domain'])
      .nullable()
      .meta({ description: "Whose entry decided: the address's own or its domain's (`@example.com`)." }),
    allowlisted: z
      .boolean()
      .meta({ description: 'The address or its domain is allowlisted: always `send`.' }),
  })
  .meta({ id: 'Verdict' })

export const CheckQuery = z.object({
  consistent: z
    .enum(['true', 'false'])
    .optional()
    .meta({ description: 'true: answer from the Durable Object (no KV lag).' }),
  ...ScopeQuery.shape,
})

export const CheckBatchBody = z.object({
  addresses: z
    .array(z.unknown())
    .max(1000, 'at most 1000 addresses per request')
    .meta({ description: 'Up to 1000 addresses.' }),
  tenant: z.string().optional().meta({ description: 'The tenant the mail is sent for (default `default`).' }),
  stream: z.string().optional().meta({ description: 'The stream (default `transactional`).' }),
})

export const CheckBatchResponse = z.object({
  results: z.array(
    z.union([
      Verdict,
      z.object({
        address: z.string().nullable(),
        error: z.object({ code: z.literal('invalid_address'), message: z.string() }),
      }),
    ])
  ),
})

// --- keys -------------------------------------------------------------------------------------------------

export const KeyCreateBody = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(100)
    // History shows `admin` for the admin token; no key may pass for it.
    .refine((name) => name.toLowerCase() !== 'admin', 'is reserved for the admin token')
    .refine((name) => !/^key:/i.test(name), 'must not start with "key:", which history uses for key ids'),
  scopes: z.array(z.enum(SCOPES as [string, ...string[]])).min(1, 'needs at least one scope'),
})

export const ApiKey = z
  .object({
    id: z.string(),
    name: z.string(),
    scopes: z.array(z.string()),
    prefix: z.string(),
    created_at: z.string(),
    created_by: z.string().nullable(),
    last_used_at: z.string().nullable(),
    revoked_at: z.string().nullable(),
  })
  .meta({ id: 'ApiKey' })

export const KeyCreated = ApiKey.extend({ token: z.string().meta({ description: 'Shown once.' }) })
export const KeyList = z.object({ items: z.array(ApiKey) })

// --- suppressions -----------------------------------------------------------------------------------------

export const SuppressionFilterQuery = z.object({
  reason: token.optional(),
  disposition: disposition.optional(),
  source: token.optional(),
  q: z.string().max(254).optional().meta({ description: 'Address prefix.' }),
  since: isoTime.optional(),
  until: isoTime.optional(),
  tenant: z
    .string()
    .optional()
    .meta({ description: 'Only entries that apply to this tenant (global + its own).' }),
  stream: z.string().optional().meta({ description: 'Only entries that apply to this stream.' }),
})

export const ListQuery = SuppressionFilterQuery.extend({
  limit: limit(500),
  cursor: z.string().max(500).optional(),
})

export const ExportQuery = SuppressionFilterQuery.extend({ format: z.enum(['csv', 'ndjson']).default('csv') })

export const Suppression = z
  .object({
    address: z.string(),
    reason: z.string(),
    disposition: z.string(),
    source: z.string(),
    since: z.string(),
    expires_at: z.string().nullable(),
    event_id: z.string().nullable(),
    note: z.string().nullable(),
    updated_at: z.string(),
    scope: ScopeJson,
  })
  .meta({ id: 'Suppression' })

export const SuppressionPage = z.object({ items: z.array(Suppression), next_cursor: z.string().nullable() })

export const SuppressResult = z.object({
  address: z.string(),
  scope: ScopeJson,
  record: z.record(z.string(), z.unknown()).nullable(),
})

export const RestoreReport = z.object({
  dry_run: z.boolean(),
  matched: z.number(),
  lifted: z.number(),
  sample: z.array(Suppression),
})

export const SuppressBody = z.object({
  reason: token.optional().meta({ description: 'Default "manual".' }),
  expires_at: isoTime.nullable().optional(),
  note: z.string().max(500).nullable().optional(),
  tenant: z.string().optional().meta({ description: 'Tenant the entry applies to (default `default`).' }),
  stream: z.string().optional().meta({ description: 'One stream of it (default: every stream).' }),
  global: z
    .boolean()
    .optional()
    .meta({ description: 'true: every tenant and stream (omit tenant and stream).' }),
})

export const HistoryEntryJson = z
  .object({
    event_id: z.string(),
    address: z.string(),
    provider: z.string(),
    kind: z.string(),
    occurred_at: z.string(),
    received_at: z.string(),
    reason: z.string().nullable(),
    disposition: z.string().nullable(),
    hardbounce: z.boolean(),
    rule: z.string().nullable(),
    reply_code: z.string().nullable(),
    status: z.string().nullable(),
    diagnostic: z.string().nullable(),
    provider_type: z.string().nullable(),
    message_id: z.string().nullable(),
    action: z.string(),
    actor: z.string().nullable(),
    actor_name: z.string().nullable(),
    tenant: z.string().nullable().meta({ description: 'The tenant the mail was sent for, when known.' }),
    stream: z.string().nullable().meta({ description: 'Its stream, when known.' }),
    scope: z
      .string()
      .nullable()
      .meta({ description: 'Where the outcome applied: `*`, `tenant/*` or `tenant/stream`.' }),
  })
  .meta({ id: 'HistoryEntry' })

export const EventsQuery = z.object({
  limit: limit(500),
  cursor: z.string().max(500).optional(),
  tenant: z
    .string()
    .optional()
    .meta({ description: "Only events of this tenant's mail (those without one: `default`)." }),
  stream: z.string().optional().meta({ description: "Only events of this stream's mail." }),
})
export const EventsPage = z.object({ items: z.array(HistoryEntryJson), next_cursor: z.string().nullable() })

export const SuppressionDetail = z.object({
  address: z.string(),
  record: z.record(z.string(), z.unknown()),
  scope: ScopeJson.meta({ description: 'The scope of `record`.' }),
  entries: z
    .array(z.record(z.string(), z.unknown()))
    .meta({ description: 'Every entry of the address, global first: `scope`, `active` and the record.' }),
  allowlisted: z.boolean(),
  soft_window: z.object({
    soft_bounces: z.array(z.string()),
    last_delivered_at: z.string().nullable(),
    soft_suppressions: z.number(),
  }),
  explain: z.string(),
  cause: HistoryEntryJson.nullable(),
  history: z.array(HistoryEntryJson),
})

export const RestoreBody = z.object({
  filter: z.object({
    since: isoTime,
    until: isoTime,
    reason: token.optional(),
    disposition: disposition.optional(),
    source: token.optional(),
    diagnostic_contains: z.string().min(1).max(200).optional(),
    tenant: z.string().optional().meta({ description: 'Only entries that apply to this tenant.' }),
    stream: z.string().optional().meta({ description: 'Only entries that apply to this stream.' }),
  }),
  dry_run: z.boolean().default(true),
})

export const ImportQuery = z.object({
  dry_run: z.enum(['true', 'false']).optional(),
  reapply: z.enum(['true', 'false']).optional(),
})

export const ImportReport = z.object({
  format: z.enum(['ndjson', 'csv', 'sendgrid', 'ses', 'postmark', 'mailgun']),
  dry_run: z.boolean(),
  lines: z.number(),
  valid: z.number(),
  applied: z.number(),
  unchanged: z.number(),
  errors: z.array(z.object({ line: z.number(), error: z.string() })),
  error_count: z.number(),
  /** What the import did with each valid line (the first 1,000; none for a dry run). */
  results: z.array(
    z.object({
      line: z.number(),
      address: z.string(),
      outcome: z.enum(['suppressed', 'unchanged', 'duplicate', 'kept', 'erased']),
      detail: z.string().nullable(),
    })
  ),
})

export const StatsQuery = z.object({
  from: isoTime.optional(),
  to: isoTime.optional(),
  tenant: z
    .string()
    .optional()
    .meta({ description: "Only this tenant's events (those without one: `default`)." }),
  stream: z.string().optional().meta({ description: "Only this stream's events." }),
})

// --- webhooks ---------------------------------------------------------------------------------------------

export const WebhookReceipt = z
  .object({
    received: z.number(),
    applied: z.number(),
    duplicates: z.number(),
    queued: z.number().meta({
      description:
        'Events of a large delivery (more than INLINE_EVENT_LIMIT) held in the INGEST queue and applied by its consumer within seconds.',
    }),
    ignored: z.number(),
    invalid: z.number(),
  })
  .meta({ id: 'WebhookReceipt' })

/** One event of Ricochet's own shape (`/webhooks/standard`). */
export const StandardEvent = z
  .object({
    id: z.string().min(1).max(200),
    kind: z.enum(EVENT_KINDS as [string, ...string[]]),
    address: z.string(),
    occurred_at: isoTime.optional(),
    reply_code: z.string().max(3).optional(),
    status: z.string().max(20).optional(),
    diagnostic: z.string().max(5000).optional(),
    provider_type: z.string().max(100).optional(),
    message_id: z.string().max(300).optional(),
    feedback_type: z.string().max(50).optional(),
    tenant: z
      .string()
      .max(100)
      .optional()
      .meta({ description: 'Tenant (docs/scopes.md); invalid names are ignored.' }),
    stream: z.string().max(100).optional().meta({ description: 'Stream; invalid names are ignored.' }),
  })
  .meta({ id: 'StandardEvent' })

export const StandardBody = z.union([StandardEvent, z.array(StandardEvent).max(1000)])

// --- dead letters -----------------------------------------------------------------------------------------

export const DeadLetterQuery = z.object({ limit: limit(500) })

export const DeadLetter = z
  .object({
    id: z.string(),
    dead_at: z.string(),
    received_at: z.string(),
    provider: z.string(),
    request_id: z.string().nullable(),
    events: z.number(),
  })
  .meta({ id: 'DeadLetter' })

export const DeadLetterList = z.object({ items: z.array(DeadLetter) })

export const DeadLetterReplay = z.object({
  id: z.string(),
  applied: z.number(),
  duplicates: z.number(),
})

/** POST /v1/inbound's envelope, for MTAs that pipe bounces: who the message came to and from. */
export const InboundQuery = z.object({
  to: z.string().trim().min(3).max(320).optional(),
  from: z.string().trim().max(320).optional(),
})

// --- allowlist (src/routes/allowlist.ts) ---------------------------------------------------------------------

export const AllowlistBody = z.object({
  note: z.string().max(500).nullable().optional().meta({ description: 'Why (shown in the list).' }),
})

export const AllowlistEntry = z
  .object({
    entry: z.string().meta({ description: 'A normalized address, or `@domain`.' }),
    note: z.string().nullable(),
    actor: z.string().nullable(),
    created_at: z.string(),
  })
  .meta({ id: 'AllowlistEntry' })

export const AllowlistQuery = z.object({ limit: limit(500), cursor: z.string().max(500).optional() })
export const AllowlistPage = z.object({ items: z.array(AllowlistEntry), next_cursor: z.string().nullable() })

// --- erasure (src/operator/erase.ts) -------------------------------------------------------------------------

export const ErasureResult = z
  .object({
    erased: z.literal(true),
    address: z
      .string()
      .meta({ description: 'As given (normalized); Ricochet keeps only a keyed hash of it.' }),
    erased_at: z.string(),
  })
  .meta({ id: 'ErasureResult' })

// --- one-click unsubscribe (src/routes/unsubscribe-links.ts) ----------------------------------------------------

export const UnsubscribeLinkBody = z.object({
  address: z.string().meta({ description: 'The recipient.' }),
  tenant: z.string().optional().meta({ description: 'Default `default`.' }),
  stream: z
    .string()
    .optional()
    .meta({ description: 'The stream the link unsubscribes from (default `marketing`).' }),
  all_streams: z
    .boolean()
    .optional()
    .meta({ description: 'true: every stream of the tenant (omit `stream`).' }),
})

export const UnsubscribeLinks = z
  .object({
    address: z.string(),
    scope: ScopeJson,
    token: z.string(),
    url: z
      .string()
      .meta({ description: 'https://…/u/{token}: POST List-Unsubscribe=One-Click unsubscribes.' }),
    mailto: z
      .string()
      .nullable()
      .meta({ description: 'mailto: form (UNSUBSCRIBE_MAILBOX routed to this Worker); null when not set.' }),
    headers: z.object({ 'List-Unsubscribe': z.string(), 'List-Unsubscribe-Post': z.string() }),
  })
  .meta({ id: 'UnsubscribeLinks' })

// --- tenants (src/routes/tenants.ts) ----------------------------------------------------------------------------

export const TenantBody = z.object({
  nylas_grant_ids: z.array(z.string().min(1).max(200)).max(500, 'at most 500 grants per tenant').meta({
    description: "The Nylas grants whose notifications belong to this tenant (replaces the tenant's list).",
  }),
})

export const Tenant = z
  .object({
    tenant: z.string(),
    nylas_grant_ids: z.array(z.string()),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({ id: 'Tenant' })

export const TenantList = z.object({ items: z.array(Tenant) })
