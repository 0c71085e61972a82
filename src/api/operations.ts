/**
 * Every route as data, for the OpenAPI document (src/api/openapi.ts). A test walks the app and this list both
 * ways, so a route cannot go undocumented; the webhook entries come from the provider registry.
 * @module
 */
import { z } from 'zod'
import type { Scope } from '../lib/scopes'
import { PROVIDERS } from '../providers/registry'
import type { WebhookProvider } from '../providers/types'
import {
  CheckBatchBody,
  CheckBatchResponse,
  CheckQuery,
  DeadLetterList,
  DeadLetterQuery,
  DeadLetterReplay,
  EventsPage,
  EventsQuery,
  ExportQuery,
  ImportQuery,
  ImportReport,
  KeyCreateBody,
  KeyCreated,
  KeyList,
  ListQuery,
  RestoreBody,
  RestoreReport,
  StatsQuery,
  StatsReport,
  SuppressBody,
  SuppressionDetail,
  SuppressionPage,
  SuppressResult,
  Verdict,
  WebhookReceipt,
} from './schemas'

export interface Operation {
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

/** A provider's route, described from its registry entry so a new provider cannot go undocumented. */
function webhookOperation(provider: WebhookProvider): Operation {
  return {
    method: 'post',
    path: `/webhooks/${provider.name}`,
    tag: 'webhooks',
    summary: provider.docs.summary,
    description: `${provider.docs.scheme} 200 once every event is stored; 401 forged, unsigned or stale; 400 malformed after authentication; 404 not configured; 503 retry.`,
    auth: 'signature',
    body: {
      type: provider.json ? 'application/json' : 'text/plain',
      ...(provider.docs.body
        ? { schema: provider.docs.body }
        : { description: `The provider's payload, as it sends it.` }),
    },
    ok: { status: 200, description: 'Counts', schema: WebhookReceipt },
    errors: [400, 401, 404, 413, 415, 503],
  }
}

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
  ...PROVIDERS.map(webhookOperation),
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
    ok: { status: 200, description: 'Keys, never tokens', schema: KeyList },
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
      schema: RestoreReport,
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
      schema: SuppressionDetail,
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
      schema: SuppressResult,
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
    ok: { status: 200, description: 'Stats', schema: StatsReport },
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
    ok: { status: 200, description: 'Dead letters', schema: DeadLetterList },
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
