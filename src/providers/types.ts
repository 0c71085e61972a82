/**
 * The contract every provider door implements: verify the raw request, then parse it into events.
 * Providers know nothing of storage: what needs storing (a replay binding) they return for the route to do.
 * @module
 */
import type { z } from 'zod'
import type { Config } from '../config'
import type { Env } from '../env'
import type { BounceEvent } from '../events'

/** An authenticated delivery of a type Ricochet does not use: answered 200, recorded as ignored. */
export interface IgnoredDelivery {
  eventId: string
  type: string
}

/**
 * A one-time credential the route must bind to this delivery's content before applying it (Mailgun tokens:
 * the signature does not cover the body). The same token with another fingerprint is a forgery.
 */
export interface ReplayBinding {
  token: string
  fingerprint: string
}

export interface ParseResult {
  events: BounceEvent[]
  ignored: IgnoredDelivery[]
  /** Recipients that were present but not usable addresses (counted, never stored). */
  invalid: number
  replay?: ReplayBinding
  /** An already validated URL to GET to confirm a subscription (SNS). */
  confirmUrl?: string
}

export interface ParseContext {
  now: number
  config: Config
  /** The request's headers (some schemes carry the event id there: Svix's `svix-id`). */
  headers: Headers
}

export interface VerifyInput {
  headers: Headers
  /** The exact bytes received. */
  body: Uint8Array<ArrayBuffer>
  /** Epoch ms; injectable so tests can verify vectors with old timestamps. */
  now: number
  /** For fetching what a scheme needs (SNS certificates); tests stub it. */
  fetch: typeof fetch
}

export interface WebhookProvider {
  /** Route segment and `source` of the events: `/webhooks/<name>`. */
  name: string
  /** How /openapi.json describes the route (src/api/operations.ts derives the webhook entries from these). */
  docs: {
    summary: string
    /** How a delivery is authenticated, with the secrets it needs. */
    scheme: string
    /** The body's schema, when it is Ricochet's own format. */
    body?: z.ZodType
  }
  /** Whether the body must be sent as JSON (SNS sends text/plain, so it says false). */
  json: boolean
  /** Largest body accepted. */
  maxBodyBytes: number
  /** Status for a transient failure, when 503 would make the provider drop the event (Brevo: 429). */
  retryStatus?: 429
  /** The configured secrets (several during a rotation); empty means the provider is not configured. */
  secrets(env: Env): string[]
  /** True only when the request is authentic under `secrets`. Must not throw on malformed input. */
  verify(input: VerifyInput, secrets: string[]): Promise<boolean>
  /** Turns the verified body into events; throws `ApiError` for a malformed body. */
  parse(body: Uint8Array<ArrayBuffer>, context: ParseContext): Promise<ParseResult>
}

/** Clips provider strings that are stored (ids, labels) so a hostile payload cannot bloat a row. */
export function stringish(value: unknown, max = 300): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return typeof value === 'string' && value.trim() ? value.trim().slice(0, max) : null
}
