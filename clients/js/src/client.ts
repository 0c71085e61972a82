/**
 * `Ricochet`: the pre-send check, event reports and the operator calls of a Ricochet deployment, over its HTTP API.
 * @module
 */
import { CHECK_BATCH, chunks, chunksBySize, mergeReceipts, REPORT_BATCH, REPORT_BYTES } from './batches.js'
import { RicochetError } from './errors.js'
import { type HttpSettings, request } from './http.js'
import type {
  CheckResult,
  EntryScope,
  Explanation,
  ReportedEvent,
  ReportReceipt,
  RicochetOptions,
  SendScope,
  SuppressionRecord,
  SuppressOptions,
  Verdict,
} from './types.js'

export class Ricochet {
  readonly failOpen: boolean
  private readonly http: HttpSettings
  private readonly cacheTtlMs: number
  private readonly cache = new Map<string, { result: CheckResult; until: number }>()

  constructor(options: RicochetOptions) {
    if (!options?.baseUrl || !options.apiKey) throw new TypeError('Ricochet needs a baseUrl and an apiKey.')
    this.failOpen = options.failOpen ?? true
    this.cacheTtlMs = options.cacheTtlMs ?? 0
    const fetcher = options.fetch ?? ((input, init) => fetch(input, init))
    this.http = {
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
      apiKey: options.apiKey,
      timeoutMs: options.timeoutMs ?? 2000,
      retries: options.retries ?? 2,
      maxRetryDelayMs: options.maxRetryDelayMs ?? 5000,
      fetch: fetcher,
    }
  }

  /** The verdict for one address. With `failOpen`, an unreachable Ricochet answers `send`, marked `unverified`. */
  async check(address: string, options: { consistent?: boolean } & SendScope = {}): Promise<Verdict> {
    const params = new URLSearchParams()
    if (options.consistent) params.set('consistent', 'true')
    if (options.tenant) params.set('tenant', options.tenant)
    if (options.stream) params.set('stream', options.stream)
    const query = params.size > 0 ? `?${params}` : ''
    const path = `/v1/check/${encodeURIComponent(address)}${query}`
    try {
      return await request<Verdict>(this.http, { method: 'GET', path })
    } catch (err) {
      return this.openOrThrow(err, address)
    }
  }

  /** One result per input, in input order, for any number of addresses (batches of 1000). */
  async checkMany(addresses: readonly string[], scope: SendScope = {}): Promise<CheckResult[]> {
    const now = Date.now()
    const key = (a: string) => `${scope.tenant ?? ''}/${scope.stream ?? ''}|${cacheKey(a)}`
    const results: (CheckResult | undefined)[] = addresses.map((a) => this.cached(key(a), now))
    const missing = [...new Set(addresses.filter((_, i) => results[i] === undefined))]
    const answers = new Map<string, CheckResult>()
    for (const batch of chunks(missing, CHECK_BATCH)) {
      let batchResults: CheckResult[]
      try {
        const body = await request<{ results: CheckResult[] }>(this.http, {
          method: 'POST',
          path: '/v1/check',
          body: {
            addresses: batch,
            ...(scope.tenant ? { tenant: scope.tenant } : {}),
            ...(scope.stream ? { stream: scope.stream } : {}),
          },
        })
        batchResults = body.results
        for (const [i, input] of batch.entries()) this.remember(key(input), batchResults[i]!, now)
      } catch (err) {
        batchResults = batch.map((input) => this.openOrThrow(err, input))
      }
      for (const [i, input] of batch.entries()) answers.set(input, batchResults[i]!)
    }
    return addresses.map((a, i) => results[i] ?? answers.get(a)!)
  }

  /** Reports what the application saw (`POST /v1/events`), in requests of at most 1000 events and ~1 MiB. */
  async report(events: readonly ReportedEvent[]): Promise<ReportReceipt> {
    for (const event of events) if (typeof event?.address === 'string') this.forget(event.address)
    const batches = chunksBySize(events, REPORT_BATCH, REPORT_BYTES)
    const receipts: ReportReceipt[] = []
    for (const batch of batches) {
      receipts.push(await request(this.http, { method: 'POST', path: '/v1/events', body: { events: batch } }))
    }
    return receipts.length === 1
      ? receipts[0]!
      : mergeReceipts(
          receipts,
          batches.map((b) => b.length)
        )
  }

  /** Suppresses an address by hand (`PUT /v1/suppressions/{address}`); answers the record in force. */
  async suppress(
    address: string,
    options: SuppressOptions = {}
  ): Promise<{ address: string; record: SuppressionRecord | null }> {
    this.forget(address)
    const expiresAt = options.expiresAt instanceof Date ? options.expiresAt.toISOString() : options.expiresAt
    return request(this.http, {
      method: 'PUT',
      path: `/v1/suppressions/${encodeURIComponent(address)}`,
      body: {
        reason: options.reason,
        expires_at: expiresAt,
        note: options.note,
        tenant: options.tenant,
        stream: options.stream,
        global: options.global,
      },
    })
  }

  /** Lifts a suppression or deferral; false when none was in force. */
  async lift(address: string, options: { note?: string } & EntryScope = {}): Promise<boolean> {
    this.forget(address)
    const params = new URLSearchParams()
    if (options.note) params.set('note', options.note)
    if (options.tenant) params.set('tenant', options.tenant)
    if (options.stream) params.set('stream', options.stream)
    if (options.global) params.set('global', 'true')
    const query = params.size > 0 ? `?${params}` : ''
    try {
      await request(this.http, {
        method: 'DELETE',
        path: `/v1/suppressions/${encodeURIComponent(address)}${query}`,
      })
      return true
    } catch (err) {
      if (err instanceof RicochetError && err.code === 'not_found') return false
      throw err
    }
  }

  /** Why an address is suppressed (record, sentence, cause, history); null when it is not. */
  async explain(address: string): Promise<Explanation | null> {
    try {
      return await request<Explanation>(this.http, {
        method: 'GET',
        path: `/v1/suppressions/${encodeURIComponent(address)}`,
      })
    } catch (err) {
      if (err instanceof RicochetError && err.code === 'not_found') return null
      throw err
    }
  }

  /** Fail-open: Ricochet unreachable or unable to answer → `send`, said to be unverified; anything else throws. */
  private openOrThrow(err: unknown, address: string): Verdict {
    if (!(err instanceof RicochetError) || !err.unavailable || !this.failOpen) throw err
    return {
      address,
      action: 'send',
      suppressed: false,
      reason: null,
      disposition: null,
      since: null,
      expires_at: null,
      retry_after: null,
      unverified: true,
      unverified_reason: err.code,
    }
  }

  /** `key`: the scope and the address (an address has one verdict per scope). */
  private cached(key: string, now: number): CheckResult | undefined {
    const hit = this.cacheTtlMs > 0 ? this.cache.get(key) : undefined
    return hit && hit.until > now ? hit.result : undefined
  }

  private remember(key: string, result: CheckResult, now: number): void {
    if (this.cacheTtlMs > 0) this.cache.set(key, { result, until: now + this.cacheTtlMs })
  }

  /** Forgets the address's verdicts in every scope. */
  private forget(address: string): void {
    const suffix = `|${cacheKey(address)}`
    for (const key of this.cache.keys()) if (key.endsWith(suffix)) this.cache.delete(key)
  }
}

/** Case and spaces do not make another address for the cache (Ricochet normalizes the rest). */
const cacheKey = (address: string) => address.trim().toLowerCase()
