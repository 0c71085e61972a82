/**
 * One JSON line per request: method, matched route (never the raw path, which can hold an address), status, ms.
 * @module
 */
import type { MiddlewareHandler } from 'hono'
import { routePath } from 'hono/route'
import type { AppEnv } from '../app-env'
import { log } from '../lib/log'

export function requestLog(): MiddlewareHandler<AppEnv> {
  return async function logRequest(c, next) {
    const started = Date.now()
    await next()
    const status = c.res.status
    log(status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info', 'request', {
      request_id: c.get('requestId'),
      method: c.req.method,
      route: routePath(c, -1),
      status,
      ms: Date.now() - started,
    })
  }
}
