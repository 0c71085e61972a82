/**
 * The allowlist's listing in D1 (`allowlist`, migration 0007). The flag that decides lives in each entry's
 * AddressLedger (and so in KV); these rows say who added what, when, and let operators list them.
 * @module
 */

export interface AllowlistRow {
  entry: string
  note: string | null
  actor: string | null
  created_at: string
}

/** Adds or updates an entry's row (a second PUT keeps the first `created_at`, takes the new note). */
export async function upsertAllowlist(db: D1Database, row: AllowlistRow): Promise<AllowlistRow> {
  const stored = await db
    .prepare(
      `INSERT INTO allowlist (entry, note, actor, created_at) VALUES (?1, ?2, ?3, ?4)
       ON CONFLICT (entry) DO UPDATE SET note = excluded.note, actor = excluded.actor
       RETURNING entry, note, actor, created_at`
    )
    .bind(row.entry, row.note, row.actor, row.created_at)
    .first<AllowlistRow>()
  return stored ?? row
}

export async function getAllowlisted(db: D1Database, entry: string): Promise<AllowlistRow | null> {
  return db
    .prepare('SELECT entry, note, actor, created_at FROM allowlist WHERE entry = ?1')
    .bind(entry)
    .first<AllowlistRow>()
}

/** Deletes an entry's row; false when there was none. */
export async function deleteAllowlisted(db: D1Database, entry: string): Promise<boolean> {
  const result = await db.prepare('DELETE FROM allowlist WHERE entry = ?1').bind(entry).run()
  return result.meta.changes > 0
}

/** One page of entries in key order, after `after` (exclusive). */
export async function listAllowlist(
  db: D1Database,
  after: string | null,
  limit: number
): Promise<AllowlistRow[]> {
  const { results } = await db
    .prepare(`SELECT entry, note, actor, created_at FROM allowlist WHERE entry > ?1 ORDER BY entry LIMIT ?2`)
    .bind(after ?? '', limit)
    .all<AllowlistRow>()
  return results
}
