/**
 * AddressLedger: one Durable Object per normalized address, the only writer of that address's KV record.
 * It dedupes events, applies the policy to its own SQLite state *before* any other await, and then syncs the
 * outside stores (D1 history + index, KV record) from an outbox, so a failed sync is finished by the next call
 * or by the alarm, and a provider's retry never counts twice.
 * @module
 */
import { DurableObject } from 'cloudflare:workers'
import { config } from '../config'
import { type HistoryEntry, historyRecord } from '../domain/history'
import type { Env } from '../env'
import { describeError, log } from '../lib/log'
import { DAY_MS } from '../lib/time'
import type { NotifyMessage } from '../notify/types'
import {
  applyPolicy,
  EMPTY_STATE,
  expireState,
  isActive,
  type LedgerState,
  lift,
  type ManualSuppression,
  nextChangeAt,
  type SuppressionRecord,
  suppressManually,
  type Verdict,
  verdict,
} from '../policy'
import { type HistoryRow, insertHistory, runBatch, syncSuppression } from '../store/d1'
import { writeRecord } from '../store/kv'
import { insertNotification } from '../store/notifications'
import type {
  AddressLedgerApi,
  ApplyOutcome,
  LedgerEvent,
  LedgerResult,
  LiftOutcome,
  OperatorOutcome,
} from './contract'
import { eventEntry, expiryEntry, operatorEntry } from './history-entries'
import { NotifyOutbox } from './notify-outbox'

/** Seen event ids are kept this long: longer than any provider's retry period and replay window. */
const SEEN_RETENTION_MS = 30 * DAY_MS
/** …and at most this many per address, oldest dropped first. */
const SEEN_MAX = 5_000
/** After a failed sync, the alarm tries again this soon. */
const SYNC_RETRY_MS = 30_000

/** The stores the ledger syncs to; a field so fault-injection tests can swap one for a failing double. */
export interface LedgerStores {
  kv: KVNamespace
  db: D1Database
  /** Where committed notifications are handed over (optional, like the binding). */
  notify: Queue<NotifyMessage> | undefined
}

export class AddressLedger extends DurableObject<Env> implements AddressLedgerApi {
  stores: LedgerStores
  private readonly sql: SqlStorage
  private syncChain: Promise<void> = Promise.resolve()
  private handOffChain: Promise<unknown> = Promise.resolve()
  private readonly notifications: NotifyOutbox

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env)
    this.sql = ctx.storage.sql
    this.stores = { kv: env.SUPPRESSIONS, db: env.DB, notify: env.NOTIFY }
    // Synchronous SQL in the constructor runs before any request is delivered; no blockConcurrencyWhile needed.
    this.sql.exec(`
      CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS seen (event_id TEXT PRIMARY KEY, at INTEGER NOT NULL);
      CREATE INDEX IF NOT EXISTS seen_by_at ON seen (at);
      CREATE TABLE IF NOT EXISTS outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, row TEXT NOT NULL);
    `)
    this.notifications = new NotifyOutbox(this.sql)
  }

  /**
   * Applies events (all for this address, in order) and returns once every change is stored in D1 and KV.
   * `ok: false` when a store failed: the events are then already counted here, and a retry (or the alarm)
   * only finishes the sync. (A result, not a throw: errors thrown across RPC surface as uncaught exceptions.)
   */
  async apply(address: string, events: LedgerEvent[], now = Date.now()): Promise<ApplyOutcome> {
    this.setMeta('address', address)
    const policy = config(this.env).policy
    const results: LedgerResult[] = []
    for (const { event, classification, receivedAt } of events) {
      const eventId = `${event.provider}:${event.id}`
      if (this.seen(eventId)) {
        results.push({
          eventId,
          duplicate: true,
          outcome: 'recorded',
          verdict: this.verdictAt(address, now),
        })
        continue
      }
      const { state, outcome } = applyPolicy(
        this.state(),
        {
          kind: event.kind,
          disposition: classification.disposition,
          reason: classification.reason,
          source: event.provider,
          eventId,
          occurredAt: event.occurredAt,
        },
        now,
        policy
      )
      this.sql.exec('INSERT INTO seen (event_id, at) VALUES (?, ?)', eventId, now)
      const before = this.activeRecord(now)
      this.enqueue(
        eventEntry(eventId, address, event, classification, receivedAt, outcome),
        before,
        state,
        now
      )
      this.saveState(state)
      results.push({
        eventId,
        duplicate: false,
        outcome,
        verdict: verdict(address, state.record, now),
      })
    }
    return { ok: await this.commit('apply'), results }
  }

  /**
   * An operator's suppression (`PUT /v1/suppressions/{address}`) or an imported one. Deduped by `eventId` like
   * any event, so re-importing a file changes nothing.
   */
  async suppress(
    address: string,
    input: ManualSuppression & { actor: string },
    now = Date.now()
  ): Promise<OperatorOutcome> {
    this.setMeta('address', address)
    if (this.seen(input.eventId))
      return {
        ok: await this.commit('suppress'),
        outcome: 'recorded',
        duplicate: true,
        record: this.activeRecord(now),
      }
    const { state, outcome } = suppressManually(this.state(), input, now)
    this.sql.exec('INSERT INTO seen (event_id, at) VALUES (?, ?)', input.eventId, now)
    const before = this.activeRecord(now)
    this.enqueue(
      operatorEntry(
        input.eventId,
        address,
        'suppress',
        outcome,
        input.reason,
        input.actor,
        input.note,
        input.since,
        now
      ),
      before,
      state,
      now
    )
    this.saveState(state)
    return { ok: await this.commit('suppress'), outcome, duplicate: false, record: this.activeRecord(now) }
  }

  /** Lifts the address's suppression or deferral and clears its soft window; `lifted: false` if none. */
  async lift(
    address: string,
    input: { actor: string; note: string | null; eventId: string },
    now = Date.now()
  ): Promise<LiftOutcome> {
    this.setMeta('address', address)
    const result = lift(this.state(), now)
    if (!result) return { ok: await this.commit('lift'), lifted: null }
    const at = new Date(now).toISOString()
    this.enqueue(
      operatorEntry(
        input.eventId,
        address,
        'lift',
        'lifted',
        result.lifted.reason,
        input.actor,
        input.note,
        at,
        now
      ),
      result.lifted,
      result.state,
      now
    )
    this.saveState(result.state)
    return { ok: await this.commit('lift'), lifted: result.lifted }
  }

  /** Syncs D1 and KV and re-arms the alarm; false when a store failed (the alarm finishes the job later). */
  private async commit(during: string): Promise<boolean> {
    let synced = true
    try {
      await this.sync()
    } catch (err) {
      synced = false
      log('error', 'ledger.sync_failed', { error: describeError(err), during })
    }
    // Armed even when the sync failed: the alarm finishes it if the caller never retries.
    await this.scheduleAlarm()
    // In the background: notifications never slow the answer; what fails here waits for the alarm.
    if (synced) this.ctx.waitUntil(this.handOff('commit'))
    return synced
  }

  private seen(eventId: string): boolean {
    return this.sql.exec('SELECT 1 FROM seen WHERE event_id = ?', eventId).toArray().length > 0
  }

  private activeRecord(now: number): SuppressionRecord | null {
    const record = this.state().record
    return isActive(record, now) ? record : null
  }

  /** The check answer from the source of truth (`/v1/check?consistent=true`). */
  async check(address: string, now = Date.now()): Promise<Verdict> {
    return this.verdictAt(address, now)
  }

  /** Current state and how much is waiting to be synced (operators' explain view, tests). */
  async inspect(): Promise<{
    state: LedgerState
    pendingRows: number
    recordDirty: boolean
    pendingNotifications: number
  }> {
    const pending = this.sql.exec<{ n: number }>('SELECT count(*) AS n FROM outbox').one().n
    return {
      state: this.state(),
      pendingRows: pending,
      recordDirty: this.recordDirty(),
      pendingNotifications: this.notifications.pending(),
    }
  }

  /** Expires lapsed state, finishes any failed sync, prunes old event ids, and re-arms itself. */
  override async alarm(): Promise<void> {
    const now = Date.now()
    const address = this.getMeta('address')
    if (!address) return
    const { state, expired } = expireState(this.state(), now, config(this.env).policy)
    if (expired?.suppressed) this.enqueue(expiryEntry(address, expired, now), expired, state, now)
    this.saveState(state)
    this.sql.exec('DELETE FROM seen WHERE at < ?', now - SEEN_RETENTION_MS)
    this.sql.exec(
      'DELETE FROM seen WHERE event_id IN (SELECT event_id FROM seen ORDER BY at DESC LIMIT -1 OFFSET ?)',
      SEEN_MAX
    )
    try {
      await this.sync()
      await this.handOff('alarm')
    } catch (err) {
      log('error', 'ledger.sync_failed', { error: describeError(err), during: 'alarm' })
    }
    await this.scheduleAlarm()
  }

  /** Hands fed notifications to the queue (one hand-off at a time); a failure is logged and left to the alarm. */
  private handOff(during: string): Promise<unknown> {
    const run = this.handOffChain.then(() =>
      this.notifications.handOff(this.env, this.stores.notify).catch((err: unknown) => {
        log('error', 'notify.handoff_failed', { error: describeError(err), during })
      })
    )
    this.handOffChain = run
    return run
  }

  // --- state -------------------------------------------------------------------------------------------

  private state(): LedgerState {
    const raw = this.getMeta('state')
    return raw ? (JSON.parse(raw) as LedgerState) : EMPTY_STATE
  }

  private saveState(state: LedgerState): void {
    this.setMeta('state', JSON.stringify(state))
  }

  private verdictAt(address: string, now: number): Verdict {
    return verdict(address, this.state().record, now)
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

  /**
   * The outbox holds D1 rows waiting to be inserted (SQL's names, so rows queued by older code still read), and,
   * in the same transaction, the notifications the change produces (`before`: the record in force before it).
   */
  private enqueue(
    entry: HistoryEntry,
    before: SuppressionRecord | null,
    after: LedgerState,
    now: number
  ): void {
    this.sql.exec('INSERT INTO outbox (row) VALUES (?)', JSON.stringify(historyRecord(entry)))
    const record = isActive(after.record, now) ? after.record : null
    this.notifications.record({ entry, before, after: record }, now)
  }

  /** The record differs from what KV and the D1 index were last told. */
  private recordDirty(): boolean {
    return JSON.stringify(this.state().record) !== (this.getMeta('synced_record') ?? 'null')
  }

  // --- sync --------------------------------------------------------------------------------------------

  /** Runs syncs one at a time, so an older record can never overwrite a newer one in KV. */
  private sync(): Promise<void> {
    const run = this.syncChain.then(() => this.syncOnce())
    // The chain itself never rejects (the caller of `run` sees the failure), so no rejection goes unhandled.
    this.syncChain = run.catch(() => undefined)
    return run
  }

  private async syncOnce(): Promise<void> {
    const address = this.getMeta('address')
    if (!address) return
    const now = Date.now()
    const pending = this.sql
      .exec<{ seq: number; row: string }>('SELECT seq, row FROM outbox ORDER BY seq')
      .toArray()
    const record = this.state().record
    const recordJson = JSON.stringify(record)
    const dirty = recordJson !== (this.getMeta('synced_record') ?? 'null')
    const unfed = this.notifications.unfed()
    if (pending.length === 0 && !dirty && unfed.notifications.length === 0) return

    // D1 first (history + index in one transaction), then KV. Each step is idempotent, so a failure part-way
    // is finished by the next sync without double rows (history is unique on event id and address).
    const statements = pending.map(({ row }) => insertHistory(this.stores.db, JSON.parse(row) as HistoryRow))
    if (dirty) statements.push(syncSuppression(this.stores.db, address, record, new Date(now).toISOString()))
    // The change feed's rows commit with the history rows they announce.
    for (const n of unfed.notifications) statements.push(insertNotification(this.stores.db, n))
    await runBatch(this.stores.db, statements)
    this.notifications.markFed(unfed.last)
    const last = pending[pending.length - 1]
    if (last) this.sql.exec('DELETE FROM outbox WHERE seq <= ?', last.seq)
    if (dirty) {
      await writeRecord(this.stores.kv, address, record, now)
      this.setMeta('synced_record', recordJson)
    }
  }

  private async scheduleAlarm(): Promise<void> {
    const times: number[] = []
    const change = nextChangeAt(this.state(), config(this.env).policy)
    if (change !== null) times.push(change)
    const pending = this.sql.exec<{ n: number }>('SELECT count(*) AS n FROM outbox').one().n
    if (pending > 0 || this.recordDirty() || this.notifications.pending() > 0)
      times.push(Date.now() + SYNC_RETRY_MS)
    const oldest = this.sql.exec<{ at: number | null }>('SELECT min(at) AS at FROM seen').one().at
    if (oldest !== null) times.push(oldest + SEEN_RETENTION_MS)
    if (times.length === 0) {
      await this.ctx.storage.deleteAlarm()
      return
    }
    const at = Math.min(...times)
    const current = await this.ctx.storage.getAlarm()
    if (current === null || current !== at) await this.ctx.storage.setAlarm(at)
  }
}
