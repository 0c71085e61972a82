/**
 * The Hono app: request id, request log, one error handler, routes mounted per resource.
 * @module
 */
import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { requestId } from 'hono/request-id'
import { dashboard } from './dashboard'
import type { AppEnv } from './env'
import { ApiError, StoreUnavailableError } from './lib/errors'
import { describeError, log } from './lib/log'
import { requestLog } from './middleware/request-log'
import { addresses } from './routes/addresses'
import { allowlist } from './routes/allowlist'
import { changes } from './routes/changes'
import { check } from './routes/check'
import { deadLetters } from './routes/dead-letters'
import { docs } from './routes/docs'
import { endpoints } from './routes/endpoints'
import { reportedEvents } from './routes/events'
import { health } from './routes/health'
import { inbound } from './routes/inbound'
import { keys } from './routes/keys'
import { stats } from './routes/stats'
import { suppressionExport } from './routes/suppression-export'
import { suppressionImport } from './routes/suppression-import'
import { suppressionRestore } from './routes/suppression-restore'
import { suppressions } from './routes/suppressions'
import { tenants } from './routes/tenants'
import { unsubscribePages } from './routes/unsubscribe'
import { unsubscribeLinks } from './routes/unsubscribe-links'
import { webhooks } from './routes/webhooks'

export interface AppOptions {
  /** Clock for signature windows (epoch ms). Tests inject it to verify vectors with old timestamps. */
  now?: () => number
}

/** Builds the app; the Worker entry and the tests share it. */
export function newApp(options: AppOptions = {}): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  const now = options.now ?? Date.now

  app.use('*', async function clock(c, next) {
    c.set('now', now)
    await next()
  })

  // Accept a caller's id only when it looks like one, so log lines cannot be forged with arbitrary text.
  app.use('*', requestId({ limitLength: 64 }))
  app.use('*', requestLog())

  app.route('/healthz', health)
  app.route('/', docs)
  app.route('/webhooks', webhooks)
  app.route('/v1/check', check)
  app.route('/v1/keys', keys)
  // The fixed paths before the one that takes an address.
  app.route('/v1/suppressions', suppressionExport)
  app.route('/v1/suppressions', suppressionImport)
  app.route('/v1/suppressions', suppressionRestore)
  app.route('/v1/suppressions', suppressions)
  app.route('/v1/addresses', addresses)
  app.route('/v1/allowlist', allowlist)
  app.route('/v1/unsubscribe-links', unsubscribeLinks)
  app.route('/u', unsubscribePages)
  app.route('/v1/tenants', tenants)
  app.route('/v1/stats', stats)
  app.route('/v1/inbound', inbound)
  app.route('/v1/dead-letters', deadLetters)
  app.route('/v1/events', reportedEvents)
  // Notifications (src/notify/).
  app.route('/v1/endpoints', endpoints)
  app.route('/v1/changes', changes)
  // The operators' pages (src/dashboard/), on the same operator functions as the API.
  app.route('/dashboard', dashboard)

  app.notFound((c) => c.json(new ApiError('not_found', 'No such route.').body(c.get('requestId')), 404))

  app.onError((err, c) => {
    const id = c.get('requestId')
    if (err instanceof ApiError) return c.json(err.body(id), err.status)
    if (err instanceof StoreUnavailableError) {
      log('error', 'store.unavailable', {
        request_id: id,
        error: describeError(err),
        cause: describeError(err.cause),
      })
      const answer = new ApiError(
        'unavailable',
        'A store is temporarily unavailable; retry the same request.'
      )
      return c.json(answer.body(id), 503, { 'Retry-After': '5' })
    }
    if (err instanceof HTTPException && err.status < 500) {
      return c.json(new ApiError('invalid_request', err.message || 'The request is not valid.').body(id), 400)
    }
    log('error', 'request.failed', { request_id: id, error: describeError(err) })
    return c.json(new ApiError('internal', 'Something went wrong on our side.').body(id), 500)
  })

  return app
}
