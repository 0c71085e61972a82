/**
 * GET /v1/suppressions/export: the suppression index as CSV or NDJSON, streamed page by page.
 * @module
 */
import { Hono } from 'hono'
import { stream } from 'hono/streaming'
import { ExportQuery, validate } from '../api/schemas'
import { csvField } from '../domain/csv'
import type { AppEnv } from '../env'
import { requireScope } from '../middleware/auth'
import { type Keyset, listSuppressions } from '../store/queries'
import { filterOf } from './params'

export const suppressionExport = new Hono<AppEnv>()

suppressionExport.get('/export', requireScope('read'), async (c) => {
  const query = validate(ExportQuery, c.req.query())
  const format = query.format
  const filter = filterOf(query)
  const now = new Date(c.get('now')()).toISOString()
  c.header('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson')
  c.header(
    'content-disposition',
    `attachment; filename="suppressions-${now.slice(0, 10)}.${format === 'csv' ? 'csv' : 'ndjson'}"`
  )
  // Pages of 500 straight from the index into the response: the whole table is never held in memory.
  return stream(c, async (out) => {
    if (format === 'csv') await out.write('email,reason,disposition,source,since,expires_at,note\n')
    let after: Keyset | null = null
    for (;;) {
      const page = await listSuppressions(c.env.DB, filter, after, 500, now)
      for (const row of page) {
        await out.write(
          format === 'csv'
            ? `${[row.address, row.reason, row.disposition, row.source, row.since, row.expires_at ?? '', row.note ?? ''].map(csvField).join(',')}\n`
            : `${JSON.stringify({ email: row.address, reason: row.reason, disposition: row.disposition, source: row.source, since: row.since, expires_at: row.expires_at, note: row.note })}\n`
        )
      }
      const last = page[page.length - 1]
      if (page.length < 500 || !last) break
      after = { since: last.since, address: last.address }
    }
  })
})
