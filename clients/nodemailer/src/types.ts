/**
 * The plugin's options and what it adds to a send's result. The client is typed by the two methods used, so
 * `ricochet-client`'s `Ricochet` fits, and so does anything with the same methods (a Workers RPC wrapper).
 * @module
 */

/** One check result, as `ricochet-client` answers it. */
export interface CheckResultLike {
  address: string | null
  action?: 'send' | 'defer' | 'drop'
  reason?: string | null
  disposition?: string | null
  retry_after?: string | null
  unverified?: true
  error?: { code: string; message: string }
}

/** One event for `report()`, as `POST /v1/events` takes it. */
export interface ReportedEventLike {
  address: string
  type: 'bounce' | 'complaint' | 'delivered' | 'deferred'
  reply_code?: string | null
  status?: string | null
  diagnostic?: string | null
  provider?: string | null
  message_id?: string | null
  occurred_at?: string | null
  tenant?: string | null
  stream?: string | null
}

/** The tenant and stream a message is sent in (Ricochet's docs/scopes.md). */
export interface ScopeLike {
  tenant?: string
  stream?: string
}

export interface RicochetLike {
  checkMany(addresses: readonly string[], scope?: ScopeLike): Promise<CheckResultLike[]>
  report(events: ReportedEventLike[]): Promise<unknown>
}

export interface Dropped {
  address: string
  /** Why Ricochet drops it (`userunknown`, `complaint`, `manual`…). */
  reason: string | null
}

export interface Deferred {
  address: string
  /** When a send to it may be tried again (ISO 8601). */
  retry_after: string | null
}

/** Set on the send result as `info.ricochet` (and on a {@link RicochetSuppressedError}). */
export interface RicochetSendReport {
  dropped: Dropped[]
  deferred: Deferred[]
  /** Recipients sent to without a verdict, because Ricochet could not be asked (fail-open). */
  unverified: string[]
  /** Refusals of this send reported to Ricochet. */
  reported: string[]
}

export interface WithRicochetOptions {
  client: RicochetLike
  /** Called for each recipient removed because Ricochet drops it. */
  onDrop?: (dropped: Dropped, mail: unknown) => void
  /** Called for each recipient removed because Ricochet defers it. */
  onDefer?: (deferred: Deferred, mail: unknown) => void
  /** Called when refusals could not be reported (the send's own result is unaffected). */
  onReportError?: (error: unknown) => void
  /** `provider` of reported refusals. Default `smtp`. */
  provider?: string
  /**
   * The tenant whose mail this transport sends (default: Ricochet's `default`). A message may name its own in
   * `mail.ricochet = {tenant, stream}`.
   */
  tenant?: string
  /** The stream (e.g. `transactional`, `marketing`) of this transport's mail; per message as for `tenant`. */
  stream?: string
}
