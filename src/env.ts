/**
 * What the Worker is bound to, as types only: the bindings of wrangler.toml, the secrets, the `[vars]` (parsed by
 * `config()` in config.ts) and the Hono environment of every route. Imports only leaf types, so any module may
 * import it without creating a cycle.
 * @module
 */

import type { IngestMessage } from './events'
import type { AddressLedgerApi } from './ledger/contract'
import type { Scope } from './lib/scopes'
import type { NotifyMessage } from './notify/types'

/** Everything the Worker is bound to (wrangler.toml) plus its secrets (.dev.vars / `wrangler secret put`). */
export interface Env {
  SUPPRESSIONS: KVNamespace
  DB: D1Database
  ADDRESS_LEDGER: DurableObjectNamespace<AddressLedgerApi>
  /** Optional: large webhook deliveries are applied through this queue (src/pipeline/ingest.ts). */
  INGEST?: Queue<IngestMessage>
  // Secrets
  ADMIN_TOKEN?: string
  NYLAS_WEBHOOK_SECRET?: string
  SENDGRID_WEBHOOK_PUBLIC_KEY?: string
  SES_TOPIC_ARNS?: string
  POSTMARK_WEBHOOK_USER?: string
  POSTMARK_WEBHOOK_PASSWORD?: string
  MAILGUN_WEBHOOK_SIGNING_KEY?: string
  RESEND_WEBHOOK_SECRET?: string
  STANDARD_WEBHOOK_SECRET?: string
  BREVO_WEBHOOK_USER?: string
  BREVO_WEBHOOK_PASSWORD?: string
  BREVO_WEBHOOK_TOKEN?: string
  SPARKPOST_WEBHOOK_USER?: string
  SPARKPOST_WEBHOOK_PASSWORD?: string
  LOG_HASH_KEY?: string
  RETURN_PATH_SECRET?: string
  /** Signs dashboard session cookies and CSRF tokens (falls back to ADMIN_TOKEN). */
  DASHBOARD_SESSION_SECRET?: string
  // [vars]
  SOFT_BOUNCE_LIMIT?: string
  SOFT_BOUNCE_WINDOW_DAYS?: string
  SOFT_SUPPRESSION_DAYS?: string
  SOFT_SUPPRESSION_MAX_DAYS?: string
  SOFT_BACKOFF_BASE_MINUTES?: string
  SOFT_BACKOFF_MAX_HOURS?: string
  NYLAS_MAX_AGE_HOURS?: string
  HISTORY_RETENTION_DAYS?: string
  LOG_ADDRESSES?: string
  LOG_REQUESTS?: string
  INLINE_EVENT_LIMIT?: string
  // Notifications (src/notify/)
  /** Optional: committed notifications are fanned out and retried through this queue; without it, see docs/notifications.md. */
  NOTIFY?: Queue<NotifyMessage>
  /** Multiplies the retry delays of failed deliveries (tests and local runs use a small fraction). */
  NOTIFY_RETRY_SCALE?: string
  /** `true` admits http://127.0.0.1:<port> and http://localhost:<port> endpoints: local development only. */
  ALLOW_HTTP_ENDPOINTS?: string
  // Bounce forwarding (src/notify/forward.ts)
  /** Where raw bounces are forwarded and summaries sent; unset: no forwarding. */
  BOUNCE_FORWARD_TO?: string
  /** The From of summaries (an address on a domain the send_email binding may send from). */
  BOUNCE_FORWARD_FROM?: string
  /** `send_email` binding for summaries of webhook-reported hard bounces and complaints. */
  FORWARD_EMAIL?: SendEmail
  TRUST_UNSIGNED_BOUNCES?: string
  FEEDBACK_LOOP_SENDERS?: string
  ALERT_BOUNCE_RATE?: string
  ALERT_COMPLAINT_RATE?: string
  ALERT_MIN_SENDS?: string
  // Tenants and streams (issue 16; src/lib/tenancy.ts)
  /** `false`: a hard bounce suppresses the address only in the tenant it came from (default `true`: everywhere). */
  SHARE_HARD_BOUNCES?: string
  /** `stream` (default): a complaint suppresses the stream it came from; `tenant`: the whole tenant. */
  COMPLAINT_SCOPE?: string
  /** Signs one-click unsubscribe tokens (RFC 8058); a comma list to rotate (the first signs, all verify). */
  UNSUBSCRIBE_SECRET?: string
  /** Keys the hash kept for erased addresses (GDPR Art. 17 with the suppression exception). */
  ERASURE_KEY?: string
  /** The public origin of unsubscribe links (`https://ricochet.example.com`); default: the request's origin. */
  PUBLIC_URL?: string
  /** An address Email Routing delivers to this Worker, for the `mailto:` form of List-Unsubscribe. */
  UNSUBSCRIBE_MAILBOX?: string
}

/** The Hono environment shared by every route and middleware. */
export interface AppEnv {
  Bindings: Env
  Variables: {
    requestId: string
    /** Who made the call: `admin` or an API key's name. */
    actor: string
    scopes: Scope[]
    /** The clock (epoch ms): `Date.now` in the Worker, injectable in tests for old signature vectors. */
    now: () => number
  }
}
