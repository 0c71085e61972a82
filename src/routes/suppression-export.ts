/**
 * GET /v1/suppressions/export: the suppression index as CSV or NDJSON, streamed page by page.
 * @module
 */
import { Hono } from 'hono'
import { stream } from 'hono/streaming'
import { ExportQuery, validate } from '../api/schemas'
import type { AppEnv } from '../env'
import { requireScope } from '../middleware/auth'
import { exportHeaders, writeExport } from '../operator/export'
import { filterOf } from '../operator/suppressions'

export const suppressionExport = new Hono<AppEnv>()

suppressionExport.get('/export', requireScope('read'), async (c) => {
  const query = validate(ExportQuery, c.req.query())
  const now = new Date(c.get('now')()).toISOString()
  for (const [name, value] of Object.entries(exportHeaders(query.format, now))) c.header(name, value)
  return stream(c, (out) =>
    writeExport(c.env.DB, filterOf(query), query.format, now, (text) => out.write(text))
  )
})
