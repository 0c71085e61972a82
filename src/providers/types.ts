/**
 * The contract every provider door implements: verify the raw request, then parse it into events.
 * Providers know nothing of storage.
 * @module
 */
import type { Config, Env } from '../config'
import type { BounceEvent } from '../events'

/** An authenticated delivery of a type Ricochet does not use: answered 200, recorded as ignored. */
export interface IgnoredDelivery {
  eventId: string
  type: string
}

export interface ParseResult {
  events: BounceEvent[]
  ignored: IgnoredDelivery[]
  /** Recipients that were present but not usable addresses (counted, never stored). */
  invalid: number
}

export interface ParseContext {
  now: number
  config: Config
}

export interface VerifyInput {
  headers: Headers
  /** The exact bytes received. */
  body: Uint8Array<ArrayBuffer>
  now: number
}

export interface WebhookProvider {
  /** Route segment and `source` of the events: `/webhooks/<name>`. */
  name: string
  /** The configured secrets (several during a rotation); empty means the provider is not configured. */
  secrets(env: Env): string[]
  /** True only when the request is authentic under one of `secrets`. Must not throw on malformed input. */
  verify(input: VerifyInput, secrets: string[]): Promise<boolean>
  /** Turns the verified body into events; throws `ApiError` for a malformed body. */
  parse(body: Uint8Array<ArrayBuffer>, context: ParseContext): Promise<ParseResult>
}
