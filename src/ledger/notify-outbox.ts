/**
 * The ledger's notification outbox, in its own SQLite: notifications are written here in the same synchronous
 * transaction as the change they announce (so one exists if and only if its change committed), copied to the D1
 * change feed with the history rows (`fed`), then handed to the `NOTIFY` queue, or, without one, fanned out by
 * the ledger itself, and only then deleted. Anything not yet handed over is retried by the next sync or the alarm.
 * @module
 */
import type { Env } from '../env'
import { fanOut } from '../notify/dispatch'
import { type LedgerChange, notificationsFor } from '../notify/produce'
import type { Notification, NotifyMessage } from '../notify/types'

/** Messages per `sendBatch` (a notification is 1 to 3 KB; the batch limit is 256 KB). */
const HANDOFF_BATCH = 50

export class NotifyOutbox {
  constructor(private readonly sql: SqlStorage) {
    sql.exec(`
      CREATE TABLE IF NOT EXISTS notify_outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT, body TEXT NOT NULL, fed INTEGER NOT NULL DEFAULT 0);
      CREATE TABLE IF NOT EXISTS notify_seq (id INTEGER PRIMARY KEY CHECK (id = 1), seq INTEGER NOT NULL);
    `)
  }

  /** Writes the change's notifications (synchronous: it commits with the change or not at all). */
  record(change: LedgerChange, now: number): void {
    for (const n of notificationsFor(change, now, () => this.nextSeq()))
      this.sql.exec('INSERT INTO notify_outbox (body) VALUES (?)', JSON.stringify(n))
  }

  /** The per-address sequence number: increases by one per notification, forever. */
  private nextSeq(): number {
    return this.sql
      .exec<{ seq: number }>(
        'INSERT INTO notify_seq (id, seq) VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET seq = seq + 1 RETURNING seq'
      )
      .one().seq
  }

  /** Notifications not yet in the D1 feed, with the outbox position of the last. */
  unfed(): { notifications: Notification[]; last: number } {
    const rows = this.sql
      .exec<{ seq: number; body: string }>('SELECT seq, body FROM notify_outbox WHERE fed = 0 ORDER BY seq')
      .toArray()
    return {
      notifications: rows.map((r) => JSON.parse(r.body) as Notification),
      last: rows[rows.length - 1]?.seq ?? 0,
    }
  }

  markFed(upTo: number): void {
    this.sql.exec('UPDATE notify_outbox SET fed = 1 WHERE seq <= ? AND fed = 0', upTo)
  }

  /** Drops every notification not yet handed over (erasure: they name the address). */
  clear(): void {
    this.sql.exec('DELETE FROM notify_outbox')
  }

  pending(): number {
    return this.sql.exec<{ n: number }>('SELECT count(*) AS n FROM notify_outbox').one().n
  }

  /** Hands the fed notifications over (queue, or a direct fan-out without one); throws if it could not. */
  async handOff(env: Env, queue: Queue<NotifyMessage> | undefined): Promise<number> {
    let handed = 0
    for (;;) {
      const rows = this.sql
        .exec<{ seq: number; body: string }>(
          'SELECT seq, body FROM notify_outbox WHERE fed = 1 ORDER BY seq LIMIT ?',
          HANDOFF_BATCH
        )
        .toArray()
      if (rows.length === 0) return handed
      const notifications = rows.map((r) => JSON.parse(r.body) as Notification)
      if (queue)
        await queue.sendBatch(
          notifications.map((notification) => ({
            body: { kind: 'fanout', notification } as const,
            contentType: 'json' as const,
          }))
        )
      else for (const n of notifications) await fanOut(env, n, Date.now())
      this.sql.exec('DELETE FROM notify_outbox WHERE seq <= ? AND fed = 1', rows[rows.length - 1]!.seq)
      handed += rows.length
    }
  }
}
