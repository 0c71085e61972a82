/**
 * One JSON line per request: method, matched route (never the raw path, which can hold an address), status, ms.
 * `LOG_REQUESTS=errors` keeps only 4xx/5xx lines, for deployments where a line per pre-send check costs too much
 * (Workers Logs bills per line; locally, console output is most of a check's cost).
 * @module
 */
import type { MiddlewareHandler } from 'hono'
import { routePath } from 'hono/route'
import type { AppEnv } from '../app-env'
import { config } from '../config'
import { log } from '../lib/log'

export function requestLog(): MiddlewareHandler<AppEnv> {
  return async function logRequest(c, next) {
    const started = Date.now()
    await next()
    const status = c.res.status
    if (status < 400 && !config(c.env).logRequests) return
    log(status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info', 'request', {
      request_id: c.get('requestId'),
      method: c.req.method,
      route: routePath(c, -1),
      status,
      ms: Date.now() - started,
    })
  }
}
