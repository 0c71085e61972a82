/**
 * The change feed (scope `read`): every notification in commit order, the same objects (and ids) the webhooks
 * carry, for pulling instead of (or besides) receiving, and for backfilling after an outage. Long poll with
 * `?wait=`: the answer comes as soon as something is committed, or empty at the deadline.
 * @module
 */

import { Hono } from 'hono'
import { documented } from '../api/documented'
import { ChangesPage, ChangesQuery } from '../api/notify-schemas'
import { validate } from '../api/schemas'
import type { AppEnv } from '../env'
import { decodeCursor, encodeCursor } from '../lib/cursor'
import { storeCall } from '../lib/errors'
import { requireScope } from '../middleware/auth'
import { readFeed } from '../store/notifications'

export const changes = new Hono<AppEnv>()

/** How often a long poll looks again. */
const POLL_INTERVAL_MS = 1_000

const isFeedCursor = (v: unknown): v is { f: number } =>
  typeof v === 'object' &&
  v !== null &&
  Number.isSafeInteger((v as { f: unknown }).f) &&
  (v as { f: number }).f >= 0

changes.get('/', requireScope('read'), async (c) => {
  const query = validate(ChangesQuery, c.req.query())
  const after = decodeCursor(query.after, isFeedCursor)?.f ?? 0
  const deadline = Date.now() + query.wait * 1000
  let rows = await storeCall(() => readFeed(c.env.DB, after, query.limit))
  while (rows.length === 0 && Date.now() + POLL_INTERVAL_MS <= deadline) {
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS))
    rows = await storeCall(() => readFeed(c.env.DB, after, query.limit))
  }
  const last = rows[rows.length - 1]?.seq ?? after
  return c.json(
    documented(ChangesPage, {
      items: rows.map((r) => r.notification),
      next_cursor: encodeCursor({ f: last }),
    })
  )
})
