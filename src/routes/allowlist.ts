/**
 * The allowlist (`/v1/allowlist`): addresses and `@domain`s never suppressed. The work is in
 * src/operator/allowlist.ts; this file is the JSON edge.
 * @module
 */
import { Hono } from 'hono'
import { documented } from '../api/documented'
import { AllowlistBody, AllowlistEntry, AllowlistPage, AllowlistQuery, validate } from '../api/schemas'
import type { AppEnv } from '../env'
import { requireEntry } from '../lib/address'
import { parseJsonBytes } from '../lib/json'
import { requireScope } from '../middleware/auth'
import { limitBody } from '../middleware/body-limit'
import { allow, allowlisted, allowlistPage, disallow } from '../operator/allowlist'

export const allowlist = new Hono<AppEnv>()

allowlist.get('/', requireScope('read'), async (c) => {
  const query = validate(AllowlistQuery, c.req.query())
  const page = await allowlistPage(c.env, query.cursor, query.limit)
  return c.json(documented(AllowlistPage, { items: page.items, next_cursor: page.nextCursor }))
})

allowlist.get('/:entry', requireScope('read'), async (c) => {
  return c.json(documented(AllowlistEntry, await allowlisted(c.env, requireEntry(c.req.param('entry')))))
})

// The body is optional (a note), so an empty PUT needs no content type.
allowlist.put('/:entry', requireScope('write'), limitBody(16 * 1024), async (c) => {
  const entry = requireEntry(c.req.param('entry'))
  const bytes = new Uint8Array(await c.req.arrayBuffer())
  const body = bytes.length === 0 ? {} : validate(AllowlistBody, parseJsonBytes(bytes))
  const row = await allow(c.env, entry, body.note ?? null, c.get('actor'), c.get('now')())
  return c.json(documented(AllowlistEntry, row))
})

allowlist.delete('/:entry', requireScope('write'), async (c) => {
  await disallow(c.env, requireEntry(c.req.param('entry')))
  return c.body(null, 204)
})
