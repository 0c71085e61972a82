/**
 * Every route as data, for the OpenAPI document (src/api/openapi.ts). A test walks the app and this list both
 * ways, so a route cannot go undocumented; the webhook entries come from the provider registry.
 * @module
 */
import { z } from 'zod'
import { PROVIDERS } from '../providers/registry'
import type { WebhookProvider } from '../providers/types'
import { NOTIFY_OPERATIONS } from './notify-operations'
import type { Operation } from './operation'
import { ReportBodyDocumented, ReportReceipt } from './report-schemas'
import {
  AllowlistBody,
  AllowlistEntry,
  AllowlistPage,
  AllowlistQuery,
  CheckBatchBody,
  CheckBatchResponse,
  CheckQuery,
  DeadLetterList,
  DeadLetterQuery,
  DeadLetterReplay,
  ErasureResult,
  EventsPage,
  EventsQuery,
  ExportQuery,
  ImportQuery,
  ImportReport,
  InboundQuery,
  KeyCreateBody,
  KeyCreated,
  KeyList,
  ListQuery,
  RestoreBody,
  RestoreReport,
  StatsQuery,
  SuppressBody,
  SuppressionDetail,
  SuppressionPage,
  SuppressResult,
  Tenant,
  TenantBody,
  TenantList,
  UnsubscribeLinkBody,
  UnsubscribeLinks,
  Verdict,
  WebhookReceipt,
} from './schemas'
import { StatsReport } from './stats-schemas'

export type { Operation }

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
    description:
      'Streamed CSV (`email,reason,disposition,source,since,expires_at,note,tenant,stream`; `*` = every tenant or stream) or NDJSON; one row per entry. Filters as the list, `tenant` and `stream` included.',
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
      'CSV or NDJSON, ≤ 50,000 lines: Ricochet CSV (`email[,reason[,created_at[,expires_at]]]`), NDJSON, and the exports of SendGrid, SES, Postmark and Mailgun, recognised by header; our own export is restored as it was. Idempotent: a line imported before is a duplicate, even after a lift, unless `?reapply=true`. Every line is either in `results` or in `errors`.',
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
      'RFC 822 bytes (DSN, ARF report, auto-reply or a vendor NDR), ≤ 25 MiB. Answers one result per failed recipient; 400 when the message holds no bounce. `?to=` is the envelope recipient (a signed return path) and `?from=` the envelope sender: a result applies only when they (or a signed Message-ID, or TRUST_UNSIGNED_BOUNCES) vouch for it, else it is recorded with `trusted: false` (docs/raw-bounces.md).',
    auth: 'write',
    query: InboundQuery,
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
  {
    method: 'post',
    path: '/v1/events',
    tag: 'events',
    summary: 'Report events the application saw',
    description:
      "A mail server's synchronous refusal (550 5.1.1 at RCPT), a provider's send-time error or an observed delivery: ≤ 1000 events, ≤ 1 MiB, classified and applied like a webhook's. Provider `app` unless an event names one; `id` dedupes (when absent, a hash of the event's content does). An invalid event is answered by index in `errors`, the others are applied; `results` gives each event's classification when there are ≤ 100.",
    auth: 'write',
    body: { type: 'application/json', schema: ReportBodyDocumented },
    ok: { status: 200, description: 'Receipt', schema: ReportReceipt },
    errors: [400, 401, 403, 413, 415, 503],
  },
  ...NOTIFY_OPERATIONS,
  ...allowlistOperations(),
  ...unsubscribeOperations(),
  ...tenantOperations(),
  {
    method: 'post',
    path: '/v1/addresses/{address}/erase',
    tag: 'suppressions',
    summary: "Erase an address at the person's request",
    description:
      'GDPR Art. 17 with the suppression exception: removes the address and what names it from history, the list, the change feed, inbound records, dead letters, KV and its Durable Object; keeps an HMAC of it (ERASURE_KEY) so the check still answers `drop` (reason `erased`) and no later webhook or import brings it back. Audited (who, when) without the address. Idempotent. 503 `not_configured` without ERASURE_KEY.',
    auth: 'admin',
    ok: { status: 200, description: 'Erased', schema: ErasureResult },
    errors: [400, 401, 403, 503],
  },
]

/** The allowlist's routes (src/routes/allowlist.ts). A function, so the table above can name it before this. */
function allowlistOperations(): Operation[] {
  const entryNote = 'An address, or a whole domain written `@example.com`.'
  return [
    {
      method: 'get',
      path: '/v1/allowlist',
      tag: 'allowlist',
      summary: 'List the allowlist',
      auth: 'read',
      query: AllowlistQuery,
      ok: { status: 200, description: 'A page, in entry order', schema: AllowlistPage },
      errors: [400, 401, 403, 503],
    },
    {
      method: 'get',
      path: '/v1/allowlist/{entry}',
      tag: 'allowlist',
      summary: 'One allowlist entry',
      description: entryNote,
      auth: 'read',
      ok: { status: 200, description: 'The entry', schema: AllowlistEntry },
      errors: [400, 401, 403, 404, 503],
    },
    {
      method: 'put',
      path: '/v1/allowlist/{entry}',
      tag: 'allowlist',
      summary: 'Allowlist an address or a domain',
      description: `${entryNote} Never suppressed: its events are still recorded, and the check answers \`send\` with \`allowlisted: true\`. The body (a note) is optional.`,
      auth: 'write',
      body: { type: 'application/json', schema: AllowlistBody },
      ok: { status: 200, description: 'The entry', schema: AllowlistEntry },
      errors: [400, 401, 403, 413, 503],
    },
    {
      method: 'delete',
      path: '/v1/allowlist/{entry}',
      tag: 'allowlist',
      summary: 'Take an entry off the allowlist',
      description:
        'Suppressions recorded meanwhile stay unapplied: events of an allowlisted address never suppress it.',
      auth: 'write',
      ok: { status: 204, description: 'Removed' },
      errors: [400, 401, 403, 404, 503],
    },
  ]
}

/** One-click unsubscribe (src/routes/unsubscribe-links.ts, src/routes/unsubscribe.ts; RFC 8058). */
function unsubscribeOperations(): Operation[] {
  const token = 'The token of a link from POST /v1/unsubscribe-links (or the client library).'
  return [
    {
      method: 'post',
      path: '/v1/unsubscribe-links',
      tag: 'unsubscribe',
      summary: 'List-Unsubscribe headers for a recipient',
      description:
        'A signed, storage-free link (and mailto: with UNSUBSCRIBE_MAILBOX) for one address and scope; stream default `marketing`, `all_streams: true` for the whole tenant. 503 `not_configured` without UNSUBSCRIBE_SECRET.',
      auth: 'write',
      body: { type: 'application/json', schema: UnsubscribeLinkBody },
      ok: { status: 200, description: 'The link and headers', schema: UnsubscribeLinks },
      errors: [400, 401, 403, 413, 415, 503],
    },
    {
      method: 'get',
      path: '/u/{token}',
      tag: 'unsubscribe',
      summary: 'Unsubscribe page (changes nothing)',
      description: `${token} Shows a confirm button: a link scanner that follows the link unsubscribes nobody.`,
      ok: { status: 200, description: 'An HTML page', type: 'text/html' },
      errors: [404, 503],
    },
    {
      method: 'post',
      path: '/u/{token}',
      tag: 'unsubscribe',
      summary: 'One-click unsubscribe (RFC 8058)',
      description: `${token} Body \`List-Unsubscribe=One-Click\` (form-encoded or multipart). 200 also when already unsubscribed; no key, no cookie.`,
      body: { type: 'application/x-www-form-urlencoded', description: 'List-Unsubscribe=One-Click' },
      ok: { status: 200, description: 'An HTML confirmation with a few minutes of undo', type: 'text/html' },
      errors: [400, 404, 413, 503],
    },
    {
      method: 'post',
      path: '/u/{token}/undo',
      tag: 'unsubscribe',
      summary: 'Undo a one-click unsubscribe (for a few minutes)',
      description: `${token} Form fields \`at\` and \`stamp\` from the confirmation page.`,
      body: { type: 'application/x-www-form-urlencoded', description: 'at, stamp' },
      ok: { status: 200, description: 'An HTML page', type: 'text/html' },
      errors: [403, 404, 503],
    },
  ]
}

/** Tenants' configuration (src/routes/tenants.ts). */
function tenantOperations(): Operation[] {
  return [
    {
      method: 'get',
      path: '/v1/tenants',
      tag: 'tenants',
      summary: 'List configured tenants',
      auth: 'admin',
      ok: { status: 200, description: 'Tenants with their Nylas grants', schema: TenantList },
      errors: [401, 403, 503],
    },
    {
      method: 'get',
      path: '/v1/tenants/{tenant}',
      tag: 'tenants',
      summary: "A tenant's configuration",
      auth: 'admin',
      ok: { status: 200, description: 'The tenant', schema: Tenant },
      errors: [400, 401, 403, 404, 503],
    },
    {
      method: 'put',
      path: '/v1/tenants/{tenant}',
      tag: 'tenants',
      summary: "Set a tenant's Nylas grants",
      description:
        'Notifications of these grants apply in this tenant (docs/scopes.md). Replaces the list; 409 `conflict` when a grant already belongs to another tenant.',
      auth: 'admin',
      body: { type: 'application/json', schema: TenantBody },
      ok: { status: 200, description: 'The tenant', schema: Tenant },
      errors: [400, 401, 403, 409, 413, 415, 503],
    },
    {
      method: 'delete',
      path: '/v1/tenants/{tenant}',
      tag: 'tenants',
      summary: "Delete a tenant's configuration",
      description: "Its grants fall back to the default tenant (or the URL's `?tenant=`). Suppressions stay.",
      auth: 'admin',
      ok: { status: 204, description: 'Deleted' },
      errors: [400, 401, 403, 404, 503],
    },
  ]
}
