/**
 * Operators' suppression list: list, explain, suppress, lift, import, export, restore an incident.
 * Every change goes through the address's ledger, so KV keeps a single writer and history records each step.
 * @module
 */

import { Hono } from 'hono'
import type { z } from 'zod'
import { documented } from '../api/documented'
import { historyJson } from '../api/history-json'
import {
  ListQuery,
  SuppressBody,
  SuppressionDetail,
  type SuppressionFilterQuery,
  SuppressionPage,
  SuppressResult,
  validate,
} from '../api/schemas'
import { explain } from '../domain/explain'
import type { AppEnv } from '../env'
import { ledgerFor } from '../ledger/stub'
import { decodeCursor, encodeCursor } from '../lib/cursor'
import { ApiError, StoreUnavailableError, storeCall } from '../lib/errors'
import { isObject, parseJsonBytes } from '../lib/json'
import { requireScope } from '../middleware/auth'
import { limitBody } from '../middleware/body-limit'
import { requireJson } from '../middleware/content-type'
import { getEvent, type Keyset, listEvents, listSuppressions, type SuppressionFilter } from '../store/queries'
import { addressParam } from './params'

export const suppressions = new Hono<AppEnv>()

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
    listSuppressions(c.env.DB, filter, after, limit + 1, new Date(c.get('now')()).toISOString())
  )
  const items = rows.slice(0, limit)
  const last = items[items.length - 1]
  return c.json(
    documented(SuppressionPage, {
      items,
      next_cursor:
        rows.length > limit && last ? encodeCursor({ since: last.since, address: last.address }) : null,
    })
  )
})

suppressions.get('/:address', requireScope('read'), async (c) => {
  const address = addressParam(c.req.param('address'))
  const { state } = await storeCall(() => ledgerFor(c.env, address).inspect())
  const now = c.get('now')()
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
  return c.json(
    documented(SuppressionDetail, {
      address,
      record: active,
      soft_window: {
        soft_bounces: state.softBounces,
        last_delivered_at: state.lastDeliveredAt,
        soft_suppressions: state.softSuppressions,
      },
      explain: explain(active, cause, now),
      cause: cause ? historyJson(cause) : null,
      history: history.map(({ entry }) => historyJson(entry)),
    })
  )
})

suppressions.put('/:address', requireScope('write'), limitBody(16 * 1024), requireJson(), async (c) => {
  const address = addressParam(c.req.param('address'))
  const body = validate(SuppressBody, parseJsonBytes(new Uint8Array(await c.req.arrayBuffer())))
  const reason = body.reason ?? 'manual'
  const expiresAt = body.expires_at ?? null
  if (expiresAt && Date.parse(expiresAt) <= c.get('now')()) {
    throw new ApiError('invalid_request', '"expires_at" must be in the future.')
  }
  const result = await storeCall(() =>
    ledgerFor(c.env, address).suppress(
      address,
      {
        reason,
        source: 'manual',
        since: new Date(c.get('now')()).toISOString(),
        expires_at: expiresAt,
        note: body.note ?? null,
        eventId: `manual:suppress:${crypto.randomUUID()}`,
        actor: c.get('actor'),
      },
      c.get('now')()
    )
  )
  if (!result.ok) throw new StoreUnavailableError('The ledger could not sync the suppression.')
  return c.json(documented(SuppressResult, { address, record: result.record }))
})

suppressions.delete('/:address', requireScope('write'), async (c) => {
  const address = addressParam(c.req.param('address'))
  const note = c.req.query('note')?.slice(0, 500) ?? null
  const result = await storeCall(() =>
    ledgerFor(c.env, address).lift(
      address,
      {
        actor: c.get('actor'),
        note,
        eventId: `manual:lift:${crypto.randomUUID()}`,
      },
      c.get('now')()
    )
  )
  if (!result.ok) throw new StoreUnavailableError('The ledger could not sync the lift.')
  if (!result.lifted) throw new ApiError('not_found', 'This address is not suppressed or deferred.')
  return c.body(null, 204)
})
