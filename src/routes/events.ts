/**
 * POST /v1/events: events the application reports itself (a synchronous SMTP refusal, a provider's send-time
 * error, an observed delivery), classified and applied like a webhook's (src/pipeline/report.ts).
 * @module
 */
import { Hono } from 'hono'
import { documented } from '../api/documented'
import { ReportReceipt } from '../api/report-schemas'
import type { AppEnv } from '../env'
import { parseJsonBytes } from '../lib/json'
import { requireScope } from '../middleware/auth'
import { limitBody, MIB } from '../middleware/body-limit'
import { requireJson } from '../middleware/content-type'
import { reportEvents } from '../pipeline/report'

export const reportedEvents = new Hono<AppEnv>()

reportedEvents.post('/', requireScope('write'), limitBody(MIB), requireJson(), async (c) => {
  const started = Date.now()
  const body = parseJsonBytes(new Uint8Array(await c.req.arrayBuffer()))
  const receipt = await reportEvents(c.env, body, {
    now: c.get('now')(),
    requestId: c.get('requestId'),
    started,
  })
  return c.json(documented(ReportReceipt, receipt))
})
