/**
 * One JSON line per request: method, matched route (never the raw path, which can hold an address), status, ms.
 * By default (`LOG_REQUESTS=except-checks`) a successful pre-send check writes no line: it is the one route called
 * before every send, Workers Logs bills per line, and `wrangler tail` shows each invocation with its URL and
 * status anyway. `all` logs every request; `errors` only 4xx/5xx.
 * @module
 */
import type { MiddlewareHandler } from 'hono'
import { routePath } from 'hono/route'
import { config } from '../config'
import type { AppEnv } from '../env'
import { log } from '../lib/log'

/** Routes whose successful requests `except-checks` leaves unlogged. */
const CHECK_ROUTES = new Set(['/v1/check', '/v1/check/:address'])

/** Logs each request's outcome as one JSON line, as `LOG_REQUESTS` says. */
export function requestLog(): MiddlewareHandler<AppEnv> {
  return async function logRequest(c, next) {
    const started = Date.now()
    await next()
    const status = c.res.status
    const mode = config(c.env).logRequests
    const route = routePath(c, -1)
    if (status < 400 && (mode === 'errors' || (mode === 'except-checks' && CHECK_ROUTES.has(route)))) return
    log(status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info', 'request', {
      request_id: c.get('requestId'),
      method: c.req.method,
      route,
      status,
      ms: Date.now() - started,
    })
  }
}
