/**
 * Content-type guard for JSON routes: anything else is 415 `unsupported_media_type`.
 * @module
 */
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env'
import { ApiError } from '../lib/errors'

/** Requires `application/json` (or a `+json` type), parameters such as `charset` allowed. */
export function requireJson(): MiddlewareHandler<AppEnv> {
  return async function jsonOnly(c, next) {
    const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
    if (type !== 'application/json' && !/^application\/[\w.-]+\+json$/.test(type)) {
      throw new ApiError('unsupported_media_type', 'Send the body as application/json.')
    }
    return next()
  }
}
