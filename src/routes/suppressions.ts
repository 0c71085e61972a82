/**
 * Operators' suppression list: list, explain, suppress, lift, import, export, restore an incident.
 * Every change goes through the address's ledger, so KV keeps a single writer and history records each step.
 * @module
 */
import { Hono } from 'hono'
import { stream } from 'hono/streaming'
import type { z } from 'zod'
import {
  ExportQuery,
  ImportQuery,
  ListQuery,
  RestoreBody,
  SuppressBody,
  type SuppressionFilterQuery,
  validate,
} from '../api/schemas'
import { lines, records } from '../domain/csv'
import { explain } from '../domain/explain'
import { detectLayout, type ImportEntry, type ImportError, type Layout, parseLine } from '../domain/import'
import type { AppEnv } from '../env'
import { ledgerFor } from '../ledger/stub'
import { fingerprint } from '../lib/canonical'
import { decodeCursor, encodeCursor } from '../lib/cursor'
import { ApiError, StoreUnavailableError, storeCall } from '../lib/errors'
import { isObject, parseJsonBytes } from '../lib/json'
import { mapLimit } from '../lib/pool'
import { requireScope } from '../middleware/auth'
import { limitBody, MIB } from '../middleware/body-limit'
import { requireJson } from '../middleware/content-type'
import {
  getEvent,
  type Keyset,
  listEvents,
  listSuppressions,
  type SuppressionFilter,
  selectForRestore,
} from '../store/queries'
import { addressParam } from './params'

export const suppressions = new Hono<AppEnv>()

/** Lines per import request. */
export const IMPORT_MAX_LINES = 50_000
/** Suppressions one restore may lift. */
export const RESTORE_MAX = 10_000
/** Ledger calls in flight during an import or a restore. */
const CONCURRENCY = 16

const isKeyset = (v: unknown): v is Keyset =>
  isObject(v) && typeof v.since === 'string' && typeof v.address === 'string'

function filterOf(query: z.output<typeof SuppressionFilterQuery>): SuppressionFilter {
  return { ...query, q: query.q?.trim().toLowerCase() || undefined }
}

suppressions.get('/', requireScope('read'), async (c) => {
  const query = validate(ListQuery, c.req.query())
  const filter = filterOf(query)
  const limit = query.limit
  const after = decodeCursor(query.cursor, isKeyset)
  const rows = await storeCall(() =>
    listSuppressions(c.env.DB, filter, after, limit + 1, new Date().toISOString())
  )
  const items = rows.slice(0, limit)
  const last = items[items.length - 1]
  return c.json({
    items,
    next_cursor:
      rows.length > limit && last ? encodeCursor({ since: last.since, address: last.address }) : null,
  })
})

suppressions.get('/export', requireScope('read'), async (c) => {
  const query = validate(ExportQuery, c.req.query())
  const format = query.format
  const filter = filterOf(query)
  const now = new Date().toISOString()
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

suppressions.post('/import', requireScope('write'), limitBody(32 * MIB), async (c) => {
  const dryRun = validate(ImportQuery, c.req.query()).dry_run === 'true'
  const body = c.req.raw.body
  if (!body) throw new ApiError('invalid_request', 'Send the list as the body (CSV or NDJSON).')
  const entries: ImportEntry[] = []
  const errors: ImportError[] = []
  let layout: Layout | null = null
  let count = 0
  for await (const record of records(lines(body))) {
    if (!layout) {
      if (record.text.trim() === '') continue
      layout = detectLayout(record.text)
      if (layout.header) continue
    }
    if (record.text.trim() === '') continue
    count++
    if (count > IMPORT_MAX_LINES) {
      throw new ApiError('payload_too_large', `At most ${IMPORT_MAX_LINES} lines per import; split the file.`)
    }
    const parsed = parseLine(layout, record.line, record.text, Date.now())
    if (parsed === null) continue
    if ('error' in parsed) errors.push(parsed)
    else entries.push(parsed)
  }
  if (!layout) throw new ApiError('invalid_request', 'The body has no lines.')

  const actor = c.get('actor')
  const now = new Date().toISOString()
  const outcomes = dryRun
    ? []
    : await mapLimit(entries, CONCURRENCY, async (entry) => {
        // Same line, same id: a re-import is a duplicate in the ledger and changes nothing.
        const eventId = `import:${(await fingerprint([entry.address, entry.reason, entry.created_at, entry.expires_at])).slice(0, 32)}`
        const result = await storeCall(() =>
          ledgerFor(c.env, entry.address).suppress(entry.address, {
            reason: entry.reason,
            source: 'import',
            since: entry.created_at ?? now,
            expires_at: entry.expires_at,
            note: null,
            eventId,
            actor,
          })
        )
        if (!result.ok) throw new StoreUnavailableError('A ledger could not sync the import.')
        return result.duplicate ? 'duplicate' : result.outcome
      })
  return c.json({
    format: layout.format,
    dry_run: dryRun,
    lines: count,
    valid: entries.length,
    applied: outcomes.filter((o) => o === 'suppressed').length,
    unchanged: outcomes.filter((o) => o === 'recorded' || o === 'duplicate').length,
    errors: errors.slice(0, 1000),
    error_count: errors.length,
  })
})

suppressions.post('/restore', requireScope('write'), limitBody(64 * 1024), requireJson(), async (c) => {
  const body = validate(RestoreBody, parseJsonBytes(new Uint8Array(await c.req.arrayBuffer())))
  const filter = body.filter
  const dryRun = body.dry_run
  const matched = await storeCall(() =>
    selectForRestore(c.env.DB, filter, RESTORE_MAX + 1, new Date().toISOString())
  )
  if (matched.length > RESTORE_MAX) {
    throw new ApiError('invalid_request', `More than ${RESTORE_MAX} suppressions match; narrow the filter.`)
  }
  const actor = c.get('actor')
  const note = `restore ${JSON.stringify(filter)}`.slice(0, 500)
  let lifted = 0
  if (!dryRun) {
    const results = await mapLimit(matched, CONCURRENCY, (row) =>
      storeCall(() =>
        ledgerFor(c.env, row.address).lift(row.address, {
          actor,
          note,
          eventId: `manual:lift:${crypto.randomUUID()}`,
        })
      )
    )
    if (results.some((r) => !r.ok)) throw new StoreUnavailableError('A ledger could not sync the restore.')
    lifted = results.filter((r) => r.lifted).length
  }
  return c.json({ dry_run: dryRun, matched: matched.length, lifted, sample: matched.slice(0, 10) })
})

suppressions.get('/:address', requireScope('read'), async (c) => {
  const address = addressParam(c.req.param('address'))
  const { state } = await storeCall(() => ledgerFor(c.env, address).inspect())
  const now = Date.now()
  const record = state.record
  const active =
    record?.suppressed && (record.expires_at === null || Date.parse(record.expires_at) > now) ? record : null
  if (!active) throw new ApiError('not_found', 'This address is not suppressed.')
  const [cause, history] = await storeCall(() =>
    Promise.all([
      active.event_id ? getEvent(c.env.DB, active.event_id, address) : null,
      listEvents(c.env.DB, address, null, 20),
    ])
  )
  return c.json({
    address,
    record: active,
    soft_window: {
      soft_bounces: state.softBounces,
      last_delivered_at: state.lastDeliveredAt,
      soft_suppressions: state.softSuppressions,
    },
    explain: explain(active, cause, now),
    cause,
    history,
  })
})

suppressions.put('/:address', requireScope('write'), limitBody(16 * 1024), requireJson(), async (c) => {
  const address = addressParam(c.req.param('address'))
  const body = validate(SuppressBody, parseJsonBytes(new Uint8Array(await c.req.arrayBuffer())))
  const reason = body.reason ?? 'manual'
  const expiresAt = body.expires_at ?? null
  if (expiresAt && Date.parse(expiresAt) <= Date.now()) {
    throw new ApiError('invalid_request', '"expires_at" must be in the future.')
  }
  const result = await storeCall(() =>
    ledgerFor(c.env, address).suppress(address, {
      reason,
      source: 'manual',
      since: new Date().toISOString(),
      expires_at: expiresAt,
      note: body.note ?? null,
      eventId: `manual:suppress:${crypto.randomUUID()}`,
      actor: c.get('actor'),
    })
  )
  if (!result.ok) throw new StoreUnavailableError('The ledger could not sync the suppression.')
  return c.json({ address, record: result.record })
})

suppressions.delete('/:address', requireScope('write'), async (c) => {
  const address = addressParam(c.req.param('address'))
  const note = c.req.query('note')?.slice(0, 500) ?? null
  const result = await storeCall(() =>
    ledgerFor(c.env, address).lift(address, {
      actor: c.get('actor'),
      note,
      eventId: `manual:lift:${crypto.randomUUID()}`,
    })
  )
  if (!result.ok) throw new StoreUnavailableError('The ledger could not sync the lift.')
  if (!result.lifted) throw new ApiError('not_found', 'This address is not suppressed or deferred.')
  return c.body(null, 204)
})

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}
