/**
 * The suppression index as CSV or NDJSON, written page by page (the whole table is never held in memory).
 * Shared by GET /v1/suppressions/export and the dashboard's "Export CSV".
 * @module
 */
import { csvField } from '../domain/csv'
import { type Keyset, listSuppressions, type SuppressionFilter } from '../store/queries'

export type ExportFormat = 'csv' | 'ndjson'

/** The response headers of an export made at `now` (ISO). */
export function exportHeaders(format: ExportFormat, now: string): Record<string, string> {
  return {
    'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson',
    'content-disposition': `attachment; filename="suppressions-${now.slice(0, 10)}.${format}"`,
  }
}

/** Writes every suppression the filter matches, in pages of 500 straight from the index. */
export async function writeExport(
  db: D1Database,
  filter: SuppressionFilter,
  format: ExportFormat,
  now: string,
  write: (text: string) => Promise<unknown>
): Promise<void> {
  if (format === 'csv') await write('email,reason,disposition,source,since,expires_at,note,tenant,stream\n')
  let after: Keyset | null = null
  for (;;) {
    const page = await listSuppressions(db, filter, after, 500, now)
    for (const row of page) {
      await write(
        format === 'csv'
          ? `${[row.address, row.reason, row.disposition, row.source, row.since, row.expires_at ?? '', row.note ?? '', row.tenant, row.stream].map(csvField).join(',')}\n`
          : `${JSON.stringify({ email: row.address, reason: row.reason, disposition: row.disposition, source: row.source, since: row.since, expires_at: row.expires_at, note: row.note, tenant: row.tenant, stream: row.stream })}\n`
      )
    }
    const last = page[page.length - 1]
    if (page.length < 500 || !last) break
    after = { since: last.since, address: last.address, tenant: last.tenant, stream: last.stream }
  }
}
