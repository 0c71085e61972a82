/**
 * POST /v1/suppressions/import: a CSV or NDJSON list (ours, or another provider's export) upserted through the
 * ledgers, with a report per line. `?dry_run=true` only reports; `?reapply=true` suppresses again what an earlier
 * import of the same lines suppressed and an operator lifted since.
 * @module
 */

import { Hono } from 'hono'
import { documented } from '../api/documented'
import { ImportQuery, ImportReport, validate } from '../api/schemas'
import type { AppEnv } from '../env'
import { ApiError } from '../lib/errors'
import { requireScope } from '../middleware/auth'
import { limitBody, MIB } from '../middleware/body-limit'
import { importList } from '../operator/import'

export const suppressionImport = new Hono<AppEnv>()

suppressionImport.post('/import', requireScope('write'), limitBody(32 * MIB), async (c) => {
  const query = validate(ImportQuery, c.req.query())
  const body = c.req.raw.body
  if (!body) throw new ApiError('invalid_request', 'Send the list as the body (CSV or NDJSON).')
  const options = {
    dryRun: query.dry_run === 'true',
    reapply: query.reapply === 'true',
    actor: c.get('actor'),
  }
  const report = await importList(c.env, body, options, c.get('now')())
  return c.json(documented(ImportReport, report))
})
