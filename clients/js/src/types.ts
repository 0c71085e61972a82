/**
 * The shapes Ricochet's HTTP API answers (snake_case, as on the wire) and the client's options.
 * @module
 */

/** What to do with an address before a send. */
export type Action = 'send' | 'defer' | 'drop'

/** The pre-send check's answer for one address (`GET /v1/check/{address}`). */
export interface Verdict {
  address: string
  action: Action
  suppressed: boolean
  reason: string | null
  disposition: string | null
  since: string | null
  expires_at: string | null
  /** For `defer`: when a send may be tried again. */
  retry_after: string | null
  /** The scope of the entry that decided: `"global"` or `{tenant, stream}` (stream null: every stream). */
  scope?: 'global' | { tenant: string; stream: string | null } | null
  /** Whose entry decided: the address's own, or its domain's (`@example.com`). */
  entry?: 'address' | 'domain' | null
  /** The address or its domain is on the allowlist (then always `send`). */
  allowlisted?: boolean
  /**
   * Present only when Ricochet could not be asked (network failure, timeout, 5xx) and `failOpen` answered
   * `send` in its place: the address was not checked.
   */
  unverified?: true
  /** Why the answer is unverified: `timeout`, `network_error`, or the API's error code. */
  unverified_reason?: string
}

/** A batch entry for an input that is not an e-mail address. */
export interface CheckError {
  address: string | null
  error: { code: 'invalid_address'; message: string }
}

export type CheckResult = Verdict | CheckError

/** One event the application saw, for {@link Ricochet.report} (`POST /v1/events`). */
export interface ReportedEvent {
  /** Dedupe key; when absent, Ricochet hashes the event's content. */
  id?: string
  address: string
  type: 'bounce' | 'complaint' | 'delivered' | 'deferred'
  /** Basic SMTP reply code, e.g. `"550"`. */
  reply_code?: string | null
  /** Enhanced status code, e.g. `"5.1.1"`. */
  status?: string | null
  /** The server's or provider's sentence. */
  diagnostic?: string | null
  /** Who reported it (lowercase token); default `app`. */
  provider?: string | null
  message_id?: string | null
  /** ISO 8601; default the time Ricochet receives it. */
  occurred_at?: string | null
  /** The tenant the mail was sent for, and its stream (e.g. `marketing`); see Ricochet's docs/scopes.md. */
  tenant?: string | null
  stream?: string | null
}

/** The mail's scope for a check: a tenant (default `default`) and a stream (default `transactional`). */
export interface SendScope {
  tenant?: string
  stream?: string
}

/** Where a manual entry applies: a tenant (default `default`), one stream of it, or `global: true` for all. */
export interface EntryScope {
  tenant?: string
  stream?: string
  global?: boolean
}

/** One reported event's classification (reports of at most 100 events). */
export interface ReportedResult {
  index: number
  event_id: string
  address: string
  provider: string
  type: string
  reason: string
  disposition: string
  hardbounce: boolean
  rule: string
  duplicate: boolean | null
  check: Action | null
}

/** What Ricochet did with a report: the webhook receipt, entry errors by index, and per-event results. */
export interface ReportReceipt {
  received: number
  applied: number
  duplicates: number
  queued: number
  ignored: number
  invalid: number
  errors: { index: number; code: string; message: string }[]
  results?: ReportedResult[]
}

export interface SuppressOptions extends EntryScope {
  /** Default `manual`. */
  reason?: string
  /** When the suppression ends (Date or ISO 8601); default never. */
  expiresAt?: Date | string | null
  note?: string | null
}

/** A suppression record as stored (`PUT /v1/suppressions/{address}`). */
export type SuppressionRecord = Record<string, unknown>

/** Why an address is suppressed (`GET /v1/suppressions/{address}`). */
export interface Explanation {
  address: string
  record: SuppressionRecord
  explain: string
  cause: Record<string, unknown> | null
  history: Record<string, unknown>[]
  soft_window: { soft_bounces: string[]; last_delivered_at: string | null; soft_suppressions: number }
}

export interface RicochetOptions {
  /** E.g. `https://ricochet.example.workers.dev`. */
  baseUrl: string
  /** An API key with the scopes the calls need (`check`; `write` for report, suppress and lift; `read` for explain). */
  apiKey: string
  /** Per attempt, in ms. Default 2000. */
  timeoutMs?: number
  /** A check that cannot reach Ricochet answers `send`, marked `unverified`, instead of throwing. Default true. */
  failOpen?: boolean
  /** Retries of a 429 or 503 answer (honouring `Retry-After`). Default 2. */
  retries?: number
  /** Longest wait before a retry, whatever `Retry-After` says, in ms. Default 5000. */
  maxRetryDelayMs?: number
  /**
   * Keep `checkMany` verdicts in memory this long (ms), so a send batch asks once per address. Default 0 (off).
   * `report`, `suppress` and `lift` forget the addresses they touch.
   */
  cacheTtlMs?: number
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch
}
