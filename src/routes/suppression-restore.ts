/**
 * POST /v1/suppressions/restore: lift every suppression an incident caused (a filter over time, reason,
 * disposition, source, diagnostic text), after a dry run shows what matches.
 * @module
 */

import { Hono } from 'hono'
import { documented } from '../api/documented'
import { RestoreBody, RestoreReport, validate } from '../api/schemas'
import type { AppEnv } from '../env'
import { ledgerFor } from '../ledger/stub'
import { ApiError, StoreUnavailableError, storeCall } from '../lib/errors'
import { parseJsonBytes } from '../lib/json'
import { mapLimit } from '../lib/pool'
import { requireScope } from '../middleware/auth'
import { limitBody } from '../middleware/body-limit'
import { requireJson } from '../middleware/content-type'
import { selectForRestore } from '../store/queries'
import { OPERATOR_CONCURRENCY } from './params'

export const suppressionRestore = new Hono<AppEnv>()

/** Suppressions one restore may lift. */
export const RESTORE_MAX = 10_000

suppressionRestore.post('/restore', requireScope('write'), limitBody(64 * 1024), requireJson(), async (c) => {
  const body = validate(RestoreBody, parseJsonBytes(new Uint8Array(await c.req.arrayBuffer())))
  const filter = body.filter
  const dryRun = body.dry_run
  const matched = await storeCall(() =>
    selectForRestore(c.env.DB, filter, RESTORE_MAX + 1, new Date(c.get('now')()).toISOString())
  )
  if (matched.length > RESTORE_MAX) {
    throw new ApiError('invalid_request', `More than ${RESTORE_MAX} suppressions match; narrow the filter.`)
  }
  const actor = c.get('actor')
  const note = `restore ${JSON.stringify(filter)}`.slice(0, 500)
  let lifted = 0
  if (!dryRun) {
    const results = await mapLimit(matched, OPERATOR_CONCURRENCY, (row) =>
      storeCall(() =>
        ledgerFor(c.env, row.address).lift(
          row.address,
          {
            actor,
            note,
            eventId: `manual:lift:${crypto.randomUUID()}`,
          },
          c.get('now')()
        )
      )
    )
    if (results.some((r) => !r.ok)) throw new StoreUnavailableError('A ledger could not sync the restore.')
    lifted = results.filter((r) => r.lifted).length
  }
  return c.json(
    documented(RestoreReport, {
      dry_run: dryRun,
      matched: matched.length,
      lifted,
      sample: matched.slice(0, 10),
    })
  )
})
