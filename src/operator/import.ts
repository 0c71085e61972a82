/**
 * Import a suppression list (CSV or NDJSON: ours, or another provider's export) through the ledgers, with a
 * report per line; a dry run only reports. Shared by the API and the dashboard.
 * @module
 */
import { lines, records } from '../domain/csv'
import { detectLayout, type ImportEntry, type ImportError, type Layout, parseLine } from '../domain/import'
import type { Env } from '../env'
import type { OperatorOutcome } from '../ledger/contract'
import { ledgerFor } from '../ledger/stub'
import { fingerprint } from '../lib/canonical'
import { ApiError, StoreUnavailableError, storeCall } from '../lib/errors'
import { mapLimit } from '../lib/pool'
import { OPERATOR_CONCURRENCY } from './restore'

/** Lines per import request. */
export const IMPORT_MAX_LINES = 50_000

/** How to import: a dry run only reports; `reapply` suppresses again lines imported before and lifted since. */
export interface ImportOptions {
  dryRun: boolean
  reapply: boolean
  actor: string
}

/** Reads the list and, unless a dry run, suppresses each valid line; the report the API answers with. */
export async function importList(
  env: Env,
  body: ReadableStream<Uint8Array>,
  options: ImportOptions,
  now: number
) {
  const { layout, count, entries, errors } = await readImport(body, now)
  const results = options.dryRun ? [] : await applyImport(env, entries, options, now)
  return {
    format: layout.format,
    dry_run: options.dryRun,
    lines: count,
    valid: entries.length,
    applied: results.filter((r) => r.outcome === 'suppressed').length,
    unchanged: results.filter((r) => r.outcome !== 'suppressed').length,
    errors: errors.slice(0, 1000),
    error_count: errors.length,
    results: results.slice(0, 1000),
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
    if (record.text === null) {
      // Not UTF-8: refused on its own line (a Latin-1 export must not import mangled addresses).
      count++
      errors.push({ line: record.line, error: record.error ?? 'unreadable line' })
      continue
    }
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

/** What one valid line did. */
interface LineResult {
  line: number
  address: string
  outcome: 'suppressed' | 'unchanged' | 'duplicate' | 'kept' | 'erased'
  detail: string | null
}

/**
 * Suppresses each entry through its ledger. The same line always has the same id, so re-importing a file is a
 * duplicate and changes nothing, even after a lift; `reapply` gives each line a fresh id to suppress it again.
 */
function applyImport(
  env: Env,
  entries: ImportEntry[],
  options: { actor: string; reapply: boolean },
  now: number
): Promise<LineResult[]> {
  const since = new Date(now).toISOString()
  return mapLimit(entries, OPERATOR_CONCURRENCY, async (entry) => {
    const eventId = await importEventId(entry, options.reapply ? now : null)
    const result = await storeCall(() =>
      ledgerFor(env, entry.address).suppress(
        entry.address,
        {
          reason: entry.reason,
          source: 'import',
          since: entry.created_at ?? since,
          expires_at: entry.expires_at,
          note: entry.note,
          restore: entry.restore,
          ...(entry.scope ? { scope: entry.scope } : {}),
          eventId,
          actor: options.actor,
        },
        now
      )
    )
    if (!result.ok) throw new StoreUnavailableError('A ledger could not sync the import.')
    return { line: entry.line, address: entry.address, ...lineOutcome(result, eventId) }
  })
}

/** The line's id: its content (older imports' ids unchanged), plus the time for a re-application. */
async function importEventId(entry: ImportEntry, reappliedAt: number | null): Promise<string> {
  const extra = entry.note !== null || entry.restore !== null ? [entry.note, entry.restore] : []
  // Scoped lines get the scope in their id; lines without one keep the ids older imports gave them.
  if (entry.scope) extra.push(JSON.stringify(entry.scope))
  const key = await fingerprint([entry.address, entry.reason, entry.created_at, entry.expires_at, ...extra])
  return `import:${key.slice(0, 32)}${reappliedAt === null ? '' : `:${reappliedAt}`}`
}

function lineOutcome(result: OperatorOutcome, eventId: string): Pick<LineResult, 'outcome' | 'detail'> {
  if (result.duplicate) {
    return {
      outcome: 'duplicate',
      detail: result.record
        ? 'this line was imported before; a suppression is in force'
        : 'this line was imported before and lifted since; import with ?reapply=true to suppress it again',
    }
  }
  if (result.outcome === 'suppressed') return { outcome: 'suppressed', detail: null }
  if (result.outcome === 'erased')
    return { outcome: 'erased', detail: "erased at the person's request: stays suppressed, without its name" }
  const record = result.record
  if (record && record.event_id !== eventId) {
    return {
      outcome: 'kept',
      detail: `already suppressed (${record.source}, since ${record.since}); an import never replaces that`,
    }
  }
  return { outcome: 'unchanged', detail: null }
}
