/**
 * The AddressLedger's own SQLite storage, read and written synchronously (so a change and everything it
 * produces commit together, before any await): the address's state, the event ids already seen, and the outbox
 * of D1 rows waiting to be synced. Private to the Durable Object; D1's SQL lives in src/store/.
 * @module
 */
import type { HistoryRecord } from '../domain/history'
import { type LedgerState, storedValue, upgradeState } from '../policy-scopes'

/** A D1 history row waiting in the outbox, with its position. */
export interface PendingRow {
  seq: number
  row: HistoryRecord
}

export class LedgerStorage {
  constructor(private readonly sql: SqlStorage) {
    // Synchronous SQL in the constructor runs before any request is delivered; no blockConcurrencyWhile needed.
    sql.exec(`
      CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS seen (event_id TEXT PRIMARY KEY, at INTEGER NOT NULL);
      CREATE INDEX IF NOT EXISTS seen_by_at ON seen (at);
      CREATE TABLE IF NOT EXISTS outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, row TEXT NOT NULL);
    `)
  }

  // --- the address and its state ----------------------------------------------------------------------

  /** The normalized address this object serves (set by the first call), or null before any. */
  address(): string | null {
    return this.getMeta('address')
  }

  setAddress(address: string): void {
    this.setMeta('address', address)
  }

  state(): LedgerState {
    const raw = this.getMeta('state')
    // A state stored before scopes (one `record`) is read as its legacy slot and saved in the new shape.
    return upgradeState(raw ? JSON.parse(raw) : null)
  }

  saveState(state: LedgerState): void {
    this.setMeta('state', JSON.stringify(state))
  }

  /**
   * The KV value as KV and the D1 index were last told (JSON), `'null'` when never. (Before scopes this held the
   * bare record: such a ledger looks dirty once and re-syncs in the new shape, which is the migration of its key.)
   */
  syncedRecord(): string {
    return this.getMeta('synced_record') ?? 'null'
  }

  markSynced(recordJson: string): void {
    this.setMeta('synced_record', recordJson)
  }

  /** The record differs from what KV and the D1 index were last told. */
  recordDirty(): boolean {
    return JSON.stringify(storedValue(this.state())) !== this.syncedRecord()
  }

  /** The address was erased: nothing about it is kept or stored again. */
  erased(): boolean {
    return this.getMeta('erased') === '1'
  }

  /** Deletes everything (state, address, seen ids, outbox) and keeps only the mark that it was erased. */
  erase(): void {
    this.sql.exec('DELETE FROM meta; DELETE FROM seen; DELETE FROM outbox;')
    this.setMeta('erased', '1')
  }

  // --- seen event ids (dedupe) ------------------------------------------------------------------------

  seen(eventId: string): boolean {
    return this.sql.exec('SELECT 1 FROM seen WHERE event_id = ?', eventId).toArray().length > 0
  }

  markSeen(eventId: string, at: number): void {
    this.sql.exec('INSERT INTO seen (event_id, at) VALUES (?, ?)', eventId, at)
  }

  /** Forgets ids seen before `before`, and all but the newest `max`. */
  pruneSeen(before: number, max: number): void {
    this.sql.exec('DELETE FROM seen WHERE at < ?', before)
    this.sql.exec(
      'DELETE FROM seen WHERE event_id IN (SELECT event_id FROM seen ORDER BY at DESC LIMIT -1 OFFSET ?)',
      max
    )
  }

  /** When the oldest kept id was seen, or null when none is kept. */
  oldestSeen(): number | null {
    return this.sql.exec<{ at: number | null }>('SELECT min(at) AS at FROM seen').one().at
  }

  // --- the outbox of D1 history rows ------------------------------------------------------------------

  /** Rows keep SQL's names, so rows queued by older code still read. */
  enqueueRow(row: HistoryRecord): void {
    this.sql.exec('INSERT INTO outbox (row) VALUES (?)', JSON.stringify(row))
  }

  pendingRows(): PendingRow[] {
    return this.sql
      .exec<{ seq: number; row: string }>('SELECT seq, row FROM outbox ORDER BY seq')
      .toArray()
      .map(({ seq, row }) => ({ seq, row: JSON.parse(row) as HistoryRecord }))
  }

  pendingCount(): number {
    return this.sql.exec<{ n: number }>('SELECT count(*) AS n FROM outbox').one().n
  }

  /** Drops the rows up to `seq`, once D1 holds them. */
  dropRowsThrough(seq: number): void {
    this.sql.exec('DELETE FROM outbox WHERE seq <= ?', seq)
  }

  private getMeta(key: string): string | null {
    const rows = this.sql.exec<{ value: string }>('SELECT value FROM meta WHERE key = ?', key).toArray()
    return rows[0]?.value ?? null
  }

  private setMeta(key: string, value: string): void {
    this.sql.exec(
      'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      key,
      value
    )
  }
}
