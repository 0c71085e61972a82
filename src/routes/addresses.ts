/**
 * An address's full history, newest first, keyset-paginated; and its erasure at the person's request
 * (src/operator/erase.ts).
 * @module
 */

import { Hono } from 'hono'
import { documented } from '../api/documented'
import { historyJson } from '../api/history-json'
import { ErasureResult, EventsPage, EventsQuery, validate } from '../api/schemas'
import type { AppEnv } from '../env'
import { requireAddress, requireReportedAddress } from '../lib/address'
import { decodeCursor, encodeCursor } from '../lib/cursor'
import { storeCall } from '../lib/errors'
import { isObject } from '../lib/json'
import { requireScopeName } from '../lib/tenancy'
import { requireScope } from '../middleware/auth'
import { eraseAddress } from '../operator/erase'
import { type HistoryKeyset, listEvents } from '../store/queries'

export const addresses = new Hono<AppEnv>()

const isKeyset = (v: unknown): v is HistoryKeyset =>
  isObject(v) && typeof v.occurred_at === 'string' && typeof v.seq === 'number'

addresses.get('/:address/events', requireScope('read'), async (c) => {
  const address = requireAddress(c.req.param('address'))
  const { limit, cursor, tenant, stream } = validate(EventsQuery, c.req.query())
  const after = decodeCursor(cursor, isKeyset)
  const scope = { tenant: requireScopeName(tenant, 'tenant'), stream: requireScopeName(stream, 'stream') }
  const rows = await storeCall(
    () => listEvents(c.env.DB, address, after, limit + 1, scope),
    'History could not be read.'
  )
  const items = rows.slice(0, limit)
  const last = items[items.length - 1]
  return c.json(
    documented(EventsPage, {
      items: items.map(({ entry }) => historyJson(entry)),
      next_cursor:
        rows.length > limit && last
          ? encodeCursor({ occurred_at: last.entry.occurredAt, seq: last.seq })
          : null,
    })
  )
})

addresses.post('/:address/erase', requireScope('admin'), async (c) => {
  // A report may have recorded an address the API would refuse (kept, flagged odd): it can be erased too.
  const address = requireReportedAddress(c.req.param('address'))
  const result = await eraseAddress(c.env, address, c.get('actor'), c.get('now')())
  return c.json(documented(ErasureResult, { ...result, address }))
})
