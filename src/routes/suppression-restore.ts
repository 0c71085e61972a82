/**
 * POST /v1/suppressions/restore: lift every suppression an incident caused (a filter over time, reason,
 * disposition, source, diagnostic text), after a dry run shows what matches.
 * @module
 */

import { Hono } from 'hono'
import { documented } from '../api/documented'
import { RestoreBody, RestoreReport, validate } from '../api/schemas'
import type { AppEnv } from '../env'
import { parseJsonBytes } from '../lib/json'
import { requireScope } from '../middleware/auth'
import { limitBody } from '../middleware/body-limit'
import { requireJson } from '../middleware/content-type'
import { restoreSuppressions } from '../operator/restore'

export const suppressionRestore = new Hono<AppEnv>()

suppressionRestore.post('/restore', requireScope('write'), limitBody(64 * 1024), requireJson(), async (c) => {
  const body = validate(RestoreBody, parseJsonBytes(new Uint8Array(await c.req.arrayBuffer())))
  const report = await restoreSuppressions(c.env, body, c.get('actor'), c.get('now')())
  return c.json(documented(RestoreReport, report))
})
