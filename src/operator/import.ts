/**
 * Import a suppression list (CSV or NDJSON: ours, or another provider's export) through the ledgers, with a
 * report per line; a dry run only reports. Shared by the API and the dashboard.
 * @module
 */
import { lines, records } from '../domain/csv'
import { detectLayout, type ImportEntry, type ImportError, type Layout, parseLine } from '../domain/import'
import type { Env } from '../env'
import { ledgerFor } from '../ledger/stub'
import { fingerprint } from '../lib/canonical'
import { ApiError, StoreUnavailableError, storeCall } from '../lib/errors'
import { mapLimit } from '../lib/pool'
import { OPERATOR_CONCURRENCY } from './restore'

/** Lines per import request. */
export const IMPORT_MAX_LINES = 50_000

/** Reads the list and, unless `dryRun`, suppresses each valid line; the report the API answers with. */
export async function importList(
  env: Env,
  body: ReadableStream<Uint8Array>,
  dryRun: boolean,
  actor: string,
  now: number
) {
  const { layout, count, entries, errors } = await readImport(body, now)
  const outcomes = dryRun ? [] : await applyImport(env, entries, actor, now)
  return {
    format: layout.format,
    dry_run: dryRun,
    lines: count,
    valid: entries.length,
    applied: outcomes.filter((o) => o === 'suppressed').length,
    unchanged: outcomes.filter((o) => o === 'recorded' || o === 'duplicate').length,
    errors: errors.slice(0, 1000),
    error_count: errors.length,
  }
}

interface ReadImport {
  layout: Layout
  /** Non-blank data lines. */
  count: number
  entries: ImportEntry[]
  errors: ImportError[]
}

/** Reads the whole body into entries and per-line errors; the layout is detected from the first line. */
async function readImport(body: ReadableStream<Uint8Array>, now: number): Promise<ReadImport> {
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
    const parsed = parseLine(layout, record.line, record.text, now)
    if (parsed === null) continue
    if ('error' in parsed) errors.push(parsed)
    else entries.push(parsed)
  }
  if (!layout) throw new ApiError('invalid_request', 'The body has no lines.')
  return { layout, count, entries, errors }
}

/** Suppresses each entry through its ledger; the outcome per entry, `duplicate` for a line already imported. */
function applyImport(env: Env, entries: ImportEntry[], actor: string, now: number) {
  const since = new Date(now).toISOString()
  return mapLimit(entries, OPERATOR_CONCURRENCY, async (entry) => {
    // Same line, same id: a re-import is a duplicate in the ledger and changes nothing.
    const key = await fingerprint([entry.address, entry.reason, entry.created_at, entry.expires_at])
    const result = await storeCall(() =>
      ledgerFor(env, entry.address).suppress(
        entry.address,
        {
          reason: entry.reason,
          source: 'import',
          since: entry.created_at ?? since,
          expires_at: entry.expires_at,
          note: null,
          eventId: `import:${key.slice(0, 32)}`,
          actor,
        },
        now
      )
    )
    if (!result.ok) throw new StoreUnavailableError('A ledger could not sync the import.')
    return result.duplicate ? 'duplicate' : result.outcome
  })
}
