/**
 * The OpenAPI 3.1 description of every route, built from the zod schemas the routes validate with.
 * A test walks the app and this list both ways, so a route cannot go undocumented.
 * @module
 */
import { z } from 'zod'
import type { Scope } from '../lib/scopes'
import {
  ApiKey,
  CheckBatchBody,
  CheckBatchResponse,
  CheckQuery,
  DeadLetter,
  DeadLetterQuery,
  DeadLetterReplay,
  ErrorResponse,
  EventsPage,
  EventsQuery,
  ExportQuery,
  HistoryEntryJson,
  ImportQuery,
  ImportReport,
  KeyCreateBody,
  KeyCreated,
  ListQuery,
  RestoreBody,
  StandardBody,
  StatsQuery,
  SuppressBody,
  Suppression,
  SuppressionPage,
  Verdict,
  WebhookReceipt,
} from './schemas'

interface Operation {
  method: 'get' | 'post' | 'put' | 'delete'
  /** OpenAPI path (`{address}`). */
  path: string
  tag: string
  summary: string
  description?: string
  /** Bearer scope; `signature` for webhooks; omitted for open routes. */
  auth?: Scope | 'signature'
  query?: z.ZodObject
  body?: { type: string; schema?: z.ZodType; description?: string }
  ok: { status: number; description: string; schema?: z.ZodType; type?: string }
  errors: number[]
}

const address = { name: 'address', in: 'path', required: true, schema: { type: 'string', format: 'email' } }

const WEBHOOKS: [string, string, string][] = [
  ['nylas', 'Nylas v3', '`X-Nylas-Signature`: hex HMAC-SHA256 of the raw body with `NYLAS_WEBHOOK_SECRET`.'],
  [
    'sendgrid',
    'SendGrid Event Webhook',
    'ECDSA P-256 over `X-Twilio-Email-Event-Webhook-Timestamp` + raw body (`SENDGRID_WEBHOOK_PUBLIC_KEY`).',
  ],
  [
    'ses',
    'Amazon SES via SNS',
    'SNS signature v1/v2; the topic must be in `SES_TOPIC_ARNS`. Body `text/plain`.',
  ],
  ['postmark', 'Postmark', 'HTTP Basic auth (`POSTMARK_WEBHOOK_USER`, `POSTMARK_WEBHOOK_PASSWORD`).'],
  [
    'mailgun',
    'Mailgun',
    'HMAC-SHA256(timestamp + token) in the body (`MAILGUN_WEBHOOK_SIGNING_KEY`); tokens are bound to their event.',
  ],
  ['resend', 'Resend', 'Svix / Standard Webhooks headers (`RESEND_WEBHOOK_SECRET`).'],
  [
    'brevo',
    'Brevo',
    'HTTP Basic auth (`BREVO_WEBHOOK_USER`/`BREVO_WEBHOOK_PASSWORD`) or bearer token (`BREVO_WEBHOOK_TOKEN`); transient failures answer 429, which Brevo retries.',
  ],
  ['sparkpost', 'SparkPost', 'HTTP Basic auth (`SPARKPOST_WEBHOOK_USER`, `SPARKPOST_WEBHOOK_PASSWORD`).'],
]

export const OPERATIONS: readonly Operation[] = [
  {
    method: 'get',
    path: '/healthz',
    tag: 'meta',
    summary: 'Liveness',
    ok: { status: 200, description: '`{"status":"ok"}`' },
    errors: [],
  },
  {
    method: 'get',
    path: '/openapi.json',
    tag: 'meta',
    summary: 'This document',
    ok: { status: 200, description: 'OpenAPI 3.1' },
    errors: [],
  },
  {
    method: 'get',
    path: '/docs',
    tag: 'meta',
    summary: 'Readable API reference',
    ok: { status: 200, description: 'HTML', type: 'text/html' },
    errors: [],
  },
  {
    method: 'get',
    path: '/v1/check/{address}',
    tag: 'check',
    summary: 'Pre-send check of one address',
    description:
      '`send`, `defer` (wait until `retry_after`) or `drop`. Reads KV; `consistent=true` asks the address ledger.',
    auth: 'check',
    query: CheckQuery,
    ok: { status: 200, description: 'The verdict', schema: Verdict },
    errors: [400, 401, 403, 503],
  },
  {
    method: 'post',
    path: '/v1/check',
    tag: 'check',
    summary: 'Pre-send check of up to 1000 addresses',
    description: 'Results in input order; an invalid entry gets its own `error`.',
    auth: 'check',
    body: { type: 'application/json', schema: CheckBatchBody },
    ok: { status: 200, description: 'One result per input', schema: CheckBatchResponse },
    errors: [400, 401, 403, 413, 415, 503],
  },
  {
    method: 'get',
    path: '/webhooks/nylas',
    tag: 'webhooks',
    summary: 'Nylas endpoint verification',
    description: 'Echoes `challenge` as the bare `text/plain` body.',
    query: z.object({ challenge: z.string() }),
    ok: { status: 200, description: 'The challenge value', type: 'text/plain' },
    errors: [400],
  },
  ...WEBHOOKS.map(
    ([name, title, scheme]): Operation => ({
      method: 'post',
      path: `/webhooks/${name}`,
      tag: 'webhooks',
      summary: `${title} events`,
      description: `${scheme} 200 once every event is stored; 401 forged, unsigned or stale; 400 malformed after authentication; 404 not configured; 503 retry.`,
      auth: 'signature',
      body: {
        type: name === 'ses' ? 'text/plain' : 'application/json',
        description: `The provider's payload, as it sends it.`,
      },
      ok: { status: 200, description: 'Counts', schema: WebhookReceipt },
      errors: [400, 401, 404, 413, 415, 503],
    })
  ),
  {
    method: 'post',
    path: '/webhooks/standard',
    tag: 'webhooks',
    summary: "Ricochet's own events over Standard Webhooks",
    description:
      'For custom MTAs and scripts: one event or an array of up to 1000, signed with `STANDARD_WEBHOOK_SECRET` (`webhook-id`, `webhook-timestamp`, `webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, ±5 min).',
    auth: 'signature',
    body: { type: 'application/json', schema: StandardBody },
    ok: { status: 200, description: 'Counts', schema: WebhookReceipt },
    errors: [400, 401, 404, 413, 415, 503],
  },
  {
    method: 'post',
    path: '/v1/keys',
    tag: 'keys',
    summary: 'Create an API key',
    description: 'The token is returned once; only its SHA-256 is stored.',
    auth: 'admin',
    body: { type: 'application/json', schema: KeyCreateBody },
    ok: { status: 201, description: 'The key and its token', schema: KeyCreated },
    errors: [400, 401, 403, 415, 503],
  },
  {
    method: 'get',
    path: '/v1/keys',
    tag: 'keys',
    summary: 'List API keys',
    auth: 'admin',
    ok: { status: 200, description: 'Keys, never tokens', schema: z.object({ items: z.array(ApiKey) }) },
    errors: [401, 403, 503],
  },
  {
    method: 'delete',
    path: '/v1/keys/{id}',
    tag: 'keys',
    summary: 'Revoke an API key',
    description: 'Effective at once in the isolate that handles it, everywhere within 60 s.',
    auth: 'admin',
    ok: { status: 204, description: 'Revoked' },
    errors: [401, 403, 404, 503],
  },
  {
    method: 'get',
    path: '/v1/suppressions',
    tag: 'suppressions',
    summary: 'List current suppressions',
    auth: 'read',
    query: ListQuery,
    ok: { status: 200, description: 'A page, newest first', schema: SuppressionPage },
    errors: [400, 401, 403, 503],
  },
  {
    method: 'get',
    path: '/v1/suppressions/export',
    tag: 'suppressions',
    summary: 'Export every current suppression',
    description: 'Streamed CSV (`email,reason,disposition,source,since,expires_at,note`) or NDJSON.',
    auth: 'read',
    query: ExportQuery,
    ok: { status: 200, description: 'The list', type: 'text/csv' },
    errors: [400, 401, 403],
  },
  {
    method: 'post',
    path: '/v1/suppressions/import',
    tag: 'suppressions',
    summary: 'Import suppressions',
    description:
      'CSV or NDJSON, ≤ 50,000 lines: Ricochet CSV (`email[,reason[,created_at[,expires_at]]]`), NDJSON, and the exports of SendGrid, SES, Postmark and Mailgun, recognised by header. Idempotent.',
    auth: 'write',
    query: ImportQuery,
    body: { type: 'text/csv', description: 'The list (or application/x-ndjson).' },
    ok: { status: 200, description: 'Report with per-line errors', schema: ImportReport },
    errors: [400, 401, 403, 413, 503],
  },
  {
    method: 'post',
    path: '/v1/suppressions/restore',
    tag: 'suppressions',
    summary: 'Lift every suppression an incident caused',
    auth: 'write',
    body: { type: 'application/json', schema: RestoreBody },
    ok: {
      status: 200,
      description: 'What matched and was lifted',
      schema: z.object({
        dry_run: z.boolean(),
        matched: z.number(),
        lifted: z.number(),
        sample: z.array(Suppression),
      }),
    },
    errors: [400, 401, 403, 415, 503],
  },
  {
    method: 'get',
    path: '/v1/suppressions/{address}',
    tag: 'suppressions',
    summary: 'Why an address is suppressed',
    auth: 'read',
    ok: {
      status: 200,
      description: 'Record, soft window, explanation, cause, recent history',
      schema: z.object({
        address: z.string(),
        record: z.record(z.string(), z.unknown()),
        soft_window: z.object({
          soft_bounces: z.array(z.string()),
          last_delivered_at: z.string().nullable(),
          soft_suppressions: z.number(),
        }),
        explain: z.string(),
        cause: HistoryEntryJson.nullable(),
        history: z.array(HistoryEntryJson),
      }),
    },
    errors: [400, 401, 403, 404, 503],
  },
  {
    method: 'put',
    path: '/v1/suppressions/{address}',
    tag: 'suppressions',
    summary: 'Suppress an address manually',
    auth: 'write',
    body: { type: 'application/json', schema: SuppressBody },
    ok: {
      status: 200,
      description: 'The record in force',
      schema: z.object({ address: z.string(), record: z.record(z.string(), z.unknown()).nullable() }),
    },
    errors: [400, 401, 403, 415, 503],
  },
  {
    method: 'delete',
    path: '/v1/suppressions/{address}',
    tag: 'suppressions',
    summary: 'Lift a suppression (and clear the soft window)',
    auth: 'write',
    query: z.object({ note: z.string().max(500).optional() }),
    ok: { status: 204, description: 'Lifted' },
    errors: [400, 401, 403, 404, 503],
  },
  {
    method: 'get',
    path: '/v1/addresses/{address}/events',
    tag: 'suppressions',
    summary: "An address's history",
    auth: 'read',
    query: EventsQuery,
    ok: { status: 200, description: 'Newest first', schema: EventsPage },
    errors: [400, 401, 403, 503],
  },
  {
    method: 'post',
    path: '/v1/inbound',
    tag: 'inbound',
    summary: 'Parse and apply a raw bounce message',
    description:
      'RFC 822 bytes (DSN, ARF report, auto-reply or a vendor NDR), ≤ 25 MiB. Answers one result per failed recipient; 400 when the message holds no bounce.',
    auth: 'write',
    body: { type: 'message/rfc822', description: 'The raw message.' },
    ok: {
      status: 200,
      description: 'Results',
      schema: z.object({
        kind: z.string().nullable(),
        message_id: z.string().nullable(),
        results: z.array(z.record(z.string(), z.unknown())),
        applied: z.number(),
        duplicates: z.number(),
      }),
    },
    errors: [400, 401, 403, 413, 415, 503],
  },
  {
    method: 'get',
    path: '/v1/stats',
    tag: 'stats',
    summary: 'Counts per day, top domains, sender health',
    auth: 'read',
    query: StatsQuery,
    ok: { status: 200, description: 'Stats', schema: z.record(z.string(), z.unknown()) },
    errors: [400, 401, 403, 503],
  },
  {
    method: 'get',
    path: '/v1/dead-letters',
    tag: 'dead letters',
    summary: 'Large-delivery messages that failed every retry',
    description:
      'Queue messages of deliveries above INLINE_EVENT_LIMIT whose events could not be applied after 10 tries, oldest first. Nothing accepted is dropped: replay them once the cause is fixed.',
    auth: 'read',
    query: DeadLetterQuery,
    ok: { status: 200, description: 'Dead letters', schema: z.object({ items: z.array(DeadLetter) }) },
    errors: [400, 401, 403, 503],
  },
  {
    method: 'post',
    path: '/v1/dead-letters/{id}/replay',
    tag: 'dead letters',
    summary: 'Apply a dead letter again',
    description:
      'Applies its events through the ledgers (already-applied ones count as duplicates) and removes it; 503 leaves it for another try.',
    auth: 'write',
    ok: { status: 200, description: 'What the replay did', schema: DeadLetterReplay },
    errors: [401, 403, 404, 503],
  },
]

const jsonSchema = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >

const ERROR_TEXT: Record<number, string> = {
  400: 'Invalid request, JSON or address',
  401: 'Missing or unknown key, or an invalid signature',
  403: 'The key lacks the scope',
  404: 'Not found, or the provider is not configured',
  413: 'Body too large',
  415: 'Wrong content type',
  503: 'A store is unavailable; retry',
}

/** The OpenAPI 3.1 document. */
export function openApiDocument(serverUrl?: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {}
  for (const op of OPERATIONS) {
    const parameters: unknown[] = []
    if (op.path.includes('{address}')) parameters.push(address)
    if (op.path.includes('{id}'))
      parameters.push({ name: 'id', in: 'path', required: true, schema: { type: 'string' } })
    if (op.query) {
      for (const [name, field] of Object.entries(op.query.shape)) {
        const schema = jsonSchema(field as z.ZodType)
        parameters.push({
          name,
          in: 'query',
          required: !(field as z.ZodType).safeParse(undefined).success,
          schema,
        })
      }
    }
    const responses: Record<string, unknown> = {
      [op.ok.status]: {
        description: op.ok.description,
        ...(op.ok.schema || op.ok.type
          ? {
              content: {
                [op.ok.type ?? 'application/json']: {
                  schema: op.ok.schema ? jsonSchema(op.ok.schema) : { type: 'string' },
                },
              },
            }
          : {}),
      },
    }
    for (const status of op.errors) {
      responses[status] = {
        description: ERROR_TEXT[status],
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      }
    }
    paths[op.path] ??= {}
    paths[op.path]![op.method] = {
      tags: [op.tag],
      summary: op.summary,
      ...(op.description ? { description: op.description } : {}),
      ...(op.auth && op.auth !== 'signature'
        ? { security: [{ bearer: [] }], 'x-scope': op.auth }
        : op.auth === 'signature'
          ? { security: [], 'x-authentication': 'provider signature' }
          : { security: [] }),
      ...(parameters.length ? { parameters } : {}),
      ...(op.body
        ? {
            requestBody: {
              required: true,
              ...(op.body.description ? { description: op.body.description } : {}),
              content: {
                [op.body.type]: { schema: op.body.schema ? jsonSchema(op.body.schema) : { type: 'string' } },
              },
            },
          }
        : {}),
      responses,
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Ricochet',
      version: '0.1.0',
      description:
        'Bounce handling and suppression at the edge. Errors are `{"error": {"code", "message"}}`.',
    },
    ...(serverUrl ? { servers: [{ url: serverUrl }] } : {}),
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'An API key (`rk_…`) or ADMIN_TOKEN.' },
      },
      schemas: { Error: jsonSchema(ErrorResponse) },
    },
    paths,
  }
}
