/**
 * The closed set of error codes Ricochet answers with, and the one JSON error shape:
 * `{"error": {"code": "<stable_code>", "message": "<human sentence>"}}`.
 * @module
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status'

/** Every error code a caller can see, with its HTTP status. Adding a code is an API change. */
export const ERROR_STATUS = {
  invalid_request: 400,
  invalid_address: 400,
  invalid_json: 400,
  /** A tenant or stream name that is not one (src/lib/tenancy.ts). */
  invalid_scope: 400,
  unauthorized: 401,
  invalid_signature: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  provider_not_configured: 404,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
  /** The feature needs a secret this deployment does not have (e.g. ERASURE_KEY). */
  not_configured: 503,
} as const satisfies Record<string, ContentfulStatusCode>

export type ErrorCode = keyof typeof ERROR_STATUS

export interface ErrorBody {
  error: { code: ErrorCode; message: string; request_id?: string }
}

/** A failure meant for the caller: thrown anywhere, rendered by the app's single `onError`. */
export class ApiError extends Error {
  readonly code: ErrorCode
  readonly status: ContentfulStatusCode

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'ApiError'
    this.code = code
    this.status = ERROR_STATUS[code]
  }

  body(requestId?: string): ErrorBody {
    return {
      error: { code: this.code, message: this.message, ...(requestId ? { request_id: requestId } : {}) },
    }
  }
}

/** A store (KV, D1, the Durable Object) failed; the caller may retry the same request safely. */
export class StoreUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'StoreUnavailableError'
  }
}

/**
 * Runs a store operation; a failure that is not already an answer for the caller becomes a
 * {@link StoreUnavailableError} (503, retry), so a store outage never surfaces as a 500 or a stack.
 */
export async function storeCall<T>(work: () => Promise<T>, message = 'A store is unavailable.'): Promise<T> {
  try {
    return await work()
  } catch (err) {
    if (err instanceof ApiError || err instanceof StoreUnavailableError) throw err
    throw new StoreUnavailableError(message, { cause: err })
  }
}
