/**
 * Restore after an incident: lift every suppression a filter matches (time, reason, disposition, source,
 * diagnostic text), after a dry run shows what matches. Shared by the API and the dashboard.
 * @module
 */
import type { z } from 'zod'
import type { RestoreBody } from '../api/schemas'
import type { Env } from '../env'
import { ledgerFor } from '../ledger/stub'
import { ApiError, StoreUnavailableError, storeCall } from '../lib/errors'
import { mapLimit } from '../lib/pool'
import { requireScopeName } from '../lib/tenancy'
import { selectForRestore } from '../store/queries'
import { rowScope, suppressionItem } from './suppressions'

/** Suppressions one restore may lift. */
export const RESTORE_MAX = 10_000

/** Ledger calls in flight during an import or a restore. */
export const OPERATOR_CONCURRENCY = 16

/** Matches the filter; unless `dry_run`, lifts each match through its ledger. Reports matched, lifted, a sample. */
export async function restoreSuppressions(
  env: Env,
  body: z.output<typeof RestoreBody>,
  actor: string,
  now: number
) {
  const { filter: asked, dry_run: dryRun } = body
  const filter = {
    ...asked,
    tenant: requireScopeName(asked.tenant, 'tenant'),
    stream: requireScopeName(asked.stream, 'stream'),
  }
  const matched = await storeCall(() =>
    selectForRestore(env.DB, filter, RESTORE_MAX + 1, new Date(now).toISOString())
  )
  if (matched.length > RESTORE_MAX) {
    throw new ApiError('invalid_request', `More than ${RESTORE_MAX} suppressions match; narrow the filter.`)
  }
  const note = `restore ${JSON.stringify(filter)}`.slice(0, 500)
  let lifted = 0
  if (!dryRun) {
    const results = await mapLimit(matched, OPERATOR_CONCURRENCY, (row) =>
      storeCall(() =>
        ledgerFor(env, row.address).lift(
          row.address,
          // Only the matched entry's scope: another scope's entry of the same address did not match.
          { actor, note, eventId: `manual:lift:${crypto.randomUUID()}`, scope: rowScope(row) },
          now
        )
      )
    )
    if (results.some((r) => !r.ok)) throw new StoreUnavailableError('A ledger could not sync the restore.')
    lifted = results.filter((r) => r.lifted).length
  }
  return {
    dry_run: dryRun,
    matched: matched.length,
    lifted,
    sample: matched.slice(0, 10).map(suppressionItem),
  }
}
