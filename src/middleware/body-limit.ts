/**
 * Request size cap that answers in Ricochet's error shape (413 `payload_too_large`).
 * @module
 */
import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { AppEnv } from '../env'
import { ApiError } from '../lib/errors'

export const MIB = 1024 * 1024

export function limitBody(maxBytes: number): MiddlewareHandler<AppEnv> {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new ApiError('payload_too_large', `The body is larger than ${formatBytes(maxBytes)}.`)
    },
  })
}

function formatBytes(n: number): string {
  return n % MIB === 0 ? `${n / MIB} MiB` : `${n} bytes`
}
