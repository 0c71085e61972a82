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
import { DEFAULT_SEND_SCOPE, type SendScope, type SuppressionScope } from '../lib/tenancy'
import { DAY_MS } from '../lib/time'
import { isActive, type ManualSuppression, type SuppressionRecord, type Verdict } from '../policy'
import {
  applyScoped,
  expireScoped,
  type LedgerState,
  liftScoped,
  nextChangeScoped,
  suppressScoped,
} from '../policy-scopes'
import { decide, erasedVerdict } from '../policy-verdict'
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
    if (this.storage.erased()) return { ok: true, results: events.map((e) => this.erasedResult(address, e)) }
    this.storage.setAddress(address)
    const policy = config(this.env).policy
    const results: LedgerResult[] = []
    for (const { event, classification, receivedAt, allowlisted } of events) {
      const eventId = `${event.provider}:${event.id}`
      const send = sendScopeOf(event)
      if (this.storage.seen(eventId)) {
        results.push({
          eventId,
          duplicate: true,
          outcome: 'recorded',
          verdict: this.verdictAt(address, now, send),
        })
        continue
      }
      const prior = this.storage.state()
      const { state, outcome, scope } = applyScoped(
        prior,
        {
          kind: event.kind,
          disposition: classification.disposition,
          reason: classification.reason,
          source: event.provider,
          eventId,
          occurredAt: event.occurredAt,
          messageId: event.messageId,
          tenant: event.tenant,
          stream: event.stream,
        },
        now,
        policy,
        allowlisted === true
      )
      this.storage.markSeen(eventId, now)
      const entry = eventEntry(eventId, address, event, classification, receivedAt, outcome)
      this.enqueue({ ...entry, scope }, active(prior, scope, now), active(state, scope, now), now)
      this.storage.saveState(state)
      results.push({ eventId, duplicate: false, outcome, verdict: this.verdictAt(address, now, send) })
    }
    return { ok: await this.commit('apply'), results }
  }

  /** An event for an erased address: not stored, not counted; the check keeps answering `drop`. */
  private erasedResult(address: string, { event }: LedgerEvent): LedgerResult {
    return {
      eventId: `${event.provider}:${event.id}`,
      duplicate: false,
      outcome: 'erased',
      verdict: erasedVerdict(address),
    }
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
    if (this.storage.erased()) return { ok: true, outcome: 'erased', duplicate: false, record: null }
    this.storage.setAddress(address)
    const prior = this.storage.state()
    if (this.storage.seen(input.eventId)) {
      const scope = suppressScoped(prior, input, now).scope
      return {
        ok: await this.commit('suppress'),
        outcome: 'recorded',
        duplicate: true,
        record: active(prior, scope, now),
      }
    }
    const { state, outcome, scope } = suppressScoped(prior, input, now, config(this.env).policy)
    this.storage.markSeen(input.eventId, now)
    const entry = operatorEntry(
      input.eventId,
      address,
      'suppress',
      outcome,
      input.reason,
      input.actor,
      input.note,
      input.since,
      now
    )
    this.enqueue(
      { ...entry, scope, ...(input.source === 'unsubscribe' ? { disposition: 'unsubscribe' as const } : {}) },
      active(prior, scope, now),
      active(state, scope, now),
      now
    )
    this.storage.saveState(state)
    return { ok: await this.commit('suppress'), outcome, duplicate: false, record: active(state, scope, now) }
  }

  /**
   * Lifts the entry of `input.scope`, or every entry in force without one (and, with the global entry, the soft
   * window); `lifted: null` when nothing was in force.
   */
  async lift(
    address: string,
    input: { actor: string; note: string | null; eventId: string; scope?: SuppressionScope },
    now = Date.now()
  ): Promise<LiftOutcome> {
    if (this.storage.erased()) return { ok: true, lifted: null, all: [] }
    this.storage.setAddress(address)
    const result = liftScoped(this.storage.state(), now, input.scope)
    const at = new Date(now).toISOString()
    for (const { scope, record } of result.lifted) {
      // One history row per entry lifted; rows are unique on (event id, address).
      const eventId = result.lifted.length === 1 ? input.eventId : `${input.eventId}:${scope}`
      const entry = operatorEntry(
        eventId,
        address,
        'lift',
        'lifted',
        record.reason,
        input.actor,
        input.note,
        at,
        now
      )
      this.enqueue({ ...entry, scope }, record, null, now)
    }
    this.storage.saveState(result.state)
    return { ok: await this.commit('lift'), lifted: result.lifted[0]?.record ?? null, all: result.lifted }
  }

  /** Allowlists the address (or domain) or takes it off: events are still recorded, never suppress. */
  async setAllowlisted(address: string, allowed: boolean): Promise<{ ok: boolean; erased?: true }> {
    if (this.storage.erased()) return { ok: true, erased: true }
    this.storage.setAddress(address)
    this.storage.saveState({ ...this.storage.state(), allowlisted: allowed })
    return { ok: await this.commit('allowlist') }
  }

  /**
   * Forgets the address (erasure at the person's request): waits for a running sync, then deletes the state, the
   * seen ids, the outboxes and the alarm, and keeps only a mark that it was erased (this object's id is already a
   * hash of the address; the address itself is not kept). Later events and suppressions answer `erased`.
   */
  async erase(): Promise<{ ok: boolean }> {
    await this.syncChain
    await this.handOffChain
    this.storage.erase()
    this.notifications.clear()
    await this.ctx.storage.deleteAlarm()
    return { ok: true }
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

  /** The check answer from the source of truth (`/v1/check?consistent=true`). */
  async check(address: string, now = Date.now(), send: SendScope = DEFAULT_SEND_SCOPE): Promise<Verdict> {
    return this.verdictAt(address, now, send)
  }

  /** Current state and how much is waiting to be synced (operators' explain view, tests). */
  async inspect(): Promise<{
    state: LedgerState
    erased: boolean
    pendingRows: number
    recordDirty: boolean
    pendingNotifications: number
  }> {
    return {
      state: this.storage.state(),
      erased: this.storage.erased(),
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
    const { state, expired } = expireScoped(this.storage.state(), now, config(this.env).policy)
    for (const { scope, record } of expired)
      if (record.suppressed) this.enqueue(expiryEntry(address, record, now, scope), record, null, now)
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

  /** The check's answer from this ledger alone (its domain's entries are the caller's to add). */
  private verdictAt(address: string, now: number, send: SendScope = DEFAULT_SEND_SCOPE): Verdict {
    if (this.storage.erased()) return erasedVerdict(address)
    const state = this.storage.state()
    return decide(
      address,
      { own: { records: state.records, allow: state.allowlisted }, domain: null },
      send,
      now
    )
  }

  /**
   * The outbox holds D1 rows waiting to be inserted (SQL's names, so rows queued by older code still read), and,
   * in the same transaction, the notifications the change produces (`before`/`after`: the entry in force in the
   * changed scope before and after it).
   */
  private enqueue(
    entry: HistoryEntry,
    before: SuppressionRecord | null,
    after: SuppressionRecord | null,
    now: number
  ): void {
    this.storage.enqueueRow(historyRecord(entry))
    this.notifications.record({ entry, before, after }, now)
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
    const change = nextChangeScoped(this.storage.state(), config(this.env).policy)
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

/** The entry of `scope` in force at `now`, or null. */
function active(state: LedgerState, scope: string, now: number): SuppressionRecord | null {
  const record = state.records[scope] ?? null
  return isActive(record, now) ? record : null
}

/** The scope an event's mail was sent in, for the verdict the result carries. */
function sendScopeOf(event: { tenant?: string | null; stream?: string | null }): SendScope {
  return {
    tenant: event.tenant ?? DEFAULT_SEND_SCOPE.tenant,
    stream: event.stream ?? DEFAULT_SEND_SCOPE.stream,
  }
}
