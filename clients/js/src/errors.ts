/**
 * The one error type the client throws.
 * @module
 */

/** A failed call: the API's error `code` (or `timeout` / `network_error`), HTTP `status` (0 without an answer). */
export class RicochetError extends Error {
  readonly code: string
  readonly status: number
  /** Ricochet's request id, to find the call in its logs. */
  readonly requestId: string | null

  constructor(code: string, message: string, status: number, requestId: string | null, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause })
    this.name = 'RicochetError'
    this.code = code
    this.status = status
    this.requestId = requestId
  }

  /** True when Ricochet was not reached or could not answer: what `failOpen` covers. */
  get unavailable(): boolean {
    return this.status === 0 || this.status === 429 || this.status >= 500
  }
}
