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
import {
  applyPolicy,
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
import type {
  AddressLedgerApi,
  ApplyOutcome,
  LedgerEvent,
  LedgerResult,
  LiftOutcome,
  OperatorOutcome,
} from './contract'
import { eventEntry, expiryEntry, operatorEntry } from './history-entries'
import { LedgerStorage } from './ledger-storage'
import { NotifyOutbox } from './notify-outbox'
import { type LedgerStores, syncOutside } from './sync'

/** Seen event ids are kept this long: longer than any provider's retry period and replay window. */
const SEEN_RETENTION_MS = 30 * DAY_MS
/** …and at most this many per address, oldest dropped first. */
const SEEN_MAX = 5_000
/** After a failed sync, the alarm tries again this soon. */
const SYNC_RETRY_MS = 30_000

export class AddressLedger extends DurableObject<Env> implements AddressLedgerApi {
  stores: LedgerStores
  private readonly storage: LedgerStorage
  private syncChain: Promise<void> = Promise.resolve()
  private handOffChain: Promise<unknown> = Promise.resolve()
  private readonly notifications: NotifyOutbox

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env)
    this.storage = new LedgerStorage(ctx.storage.sql)
    this.stores = { kv: env.SUPPRESSIONS, db: env.DB, notify: env.NOTIFY }
    this.notifications = new NotifyOutbox(ctx.storage.sql)
  }

  /**
   * Applies events (all for this address, in order) and returns once every change is stored in D1 and KV.
   * `ok: false` when a store failed: the events are then already counted here, and a retry (or the alarm)
   * only finishes the sync. (A result, not a throw: errors thrown across RPC surface as uncaught exceptions.)
   */
  async apply(address: string, events: LedgerEvent[], now = Date.now()): Promise<ApplyOutcome> {
    this.storage.setAddress(address)
    const policy = config(this.env).policy
    const results: LedgerResult[] = []
    for (const { event, classification, receivedAt } of events) {
      const eventId = `${event.provider}:${event.id}`
      if (this.storage.seen(eventId)) {
        results.push({
          eventId,
          duplicate: true,
          outcome: 'recorded',
          verdict: this.verdictAt(address, now),
        })
        continue
      }
      const { state, outcome } = applyPolicy(
        this.storage.state(),
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
      this.storage.markSeen(eventId, now)
      const before = this.activeRecord(now)
      this.enqueue(
        eventEntry(eventId, address, event, classification, receivedAt, outcome),
        before,
        state,
        now
      )
      this.storage.saveState(state)
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
    this.storage.setAddress(address)
    if (this.storage.seen(input.eventId))
      return {
        ok: await this.commit('suppress'),
        outcome: 'recorded',
        duplicate: true,
        record: this.activeRecord(now),
      }
    const { state, outcome } = suppressManually(this.storage.state(), input, now)
    this.storage.markSeen(input.eventId, now)
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
    this.storage.saveState(state)
    return { ok: await this.commit('suppress'), outcome, duplicate: false, record: this.activeRecord(now) }
  }

  /** Lifts the address's suppression or deferral and clears its soft window; `lifted: false` if none. */
  async lift(
    address: string,
    input: { actor: string; note: string | null; eventId: string },
    now = Date.now()
  ): Promise<LiftOutcome> {
    this.storage.setAddress(address)
    const result = lift(this.storage.state(), now)
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
    this.storage.saveState(result.state)
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

  private activeRecord(now: number): SuppressionRecord | null {
    const record = this.storage.state().record
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
    return {
      state: this.storage.state(),
      pendingRows: this.storage.pendingCount(),
      recordDirty: this.storage.recordDirty(),
      pendingNotifications: this.notifications.pending(),
    }
  }

  /** Expires lapsed state, finishes any failed sync, prunes old event ids, and re-arms itself. */
  override async alarm(): Promise<void> {
    const now = Date.now()
    const address = this.storage.address()
    if (!address) return
    const { state, expired } = expireState(this.storage.state(), now, config(this.env).policy)
    if (expired?.suppressed) this.enqueue(expiryEntry(address, expired, now), expired, state, now)
    this.storage.saveState(state)
    this.storage.pruneSeen(now - SEEN_RETENTION_MS, SEEN_MAX)
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

  private verdictAt(address: string, now: number): Verdict {
    return verdict(address, this.storage.state().record, now)
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
    this.storage.enqueueRow(historyRecord(entry))
    const record = isActive(after.record, now) ? after.record : null
    this.notifications.record({ entry, before, after: record }, now)
  }

  // --- sync --------------------------------------------------------------------------------------------

  /** Runs syncs one at a time, so an older record can never overwrite a newer one in KV. */
  private sync(): Promise<void> {
    const run = this.syncChain.then(() => this.syncOnce())
    // The chain itself never rejects (the caller of `run` sees the failure), so no rejection goes unhandled.
    this.syncChain = run.catch(() => undefined)
    return run
  }

  private syncOnce(): Promise<void> {
    return syncOutside(this.storage, this.notifications, this.stores, Date.now())
  }

  private async scheduleAlarm(): Promise<void> {
    const times: number[] = []
    const change = nextChangeAt(this.storage.state(), config(this.env).policy)
    if (change !== null) times.push(change)
    if (this.storage.pendingCount() > 0 || this.storage.recordDirty() || this.notifications.pending() > 0)
      times.push(Date.now() + SYNC_RETRY_MS)
    const oldest = this.storage.oldestSeen()
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
